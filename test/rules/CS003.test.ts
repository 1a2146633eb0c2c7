import CS003 from '../../src/rules/toewijzing/CS003.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CS003, {
  valid: [
    { name: 'the example toewijzing', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    { name: 'the example toewijzing', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
    { name: 'the example verzoek om toewijzing', type: 'JW315', bericht: voorbeeldBericht('JW315') },
    { name: 'the example verzoek om wijziging', type: 'WMO317', bericht: voorbeeldBericht('WMO317') },
    {
      name: 'an end date equal to the start date',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        b.Client.ToegewezenProducten[0]!.Einddatum = '2023-01-01';
      }),
    },
    {
      name: 'no end date (open-ended)',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        const p = b.Client.ToegewezenProducten[0]!;
        delete p.Einddatum;
        p.Omvang!.Frequentie = '4';
      }),
    },
    {
      name: 'an address period that ends on the day it starts',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.Contactgegevens[1]!.Periode = { Begindatum: '2018-02-03', Einddatum: '2018-02-03' };
      }),
    },
    {
      name: 'an address period with only an end date (nothing to compare)',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.Contactgegevens[1]!.Periode = { Einddatum: '2018-02-03' };
      }),
    },
    {
      name: 'a new product ending on its wished start date',
      type: 'JW317',
      bericht: variant('JW317', (b) => {
        b.Client.Verzoek.NieuweProducten![0]!.Einddatum = '2026-11-01';
      }),
    },
  ],
  invalid: [
    {
      name: 'an end date the day before the start date',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.ToegewezenProducten[1]!.Einddatum = '2026-03-31';
      }),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Einddatum'],
    },
    {
      name: 'an address period ending before it starts',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.Contactgegevens[1]!.Periode = { Begindatum: '2018-02-03', Einddatum: '2018-02-02' };
      }),
      paths: ['/Bericht/Client/Contactgegevens/Contact[2]/Periode/Einddatum'],
    },
    {
      name: 'a relation address period ending before it starts, and a toewijzing ending before it starts',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        const c = b.Client.Relaties![0]!.Contact;
        c.Soort = '04';
        c.Periode = { Begindatum: '2023-05-01', Einddatum: '2022-05-01' };
        b.Client.ToegewezenProducten[0]!.Einddatum = '2022-12-31';
      }),
      paths: ['/Bericht/Client/Relaties/Relatie[1]/Contact/Periode/Einddatum', '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Einddatum'],
    },
    {
      name: 'a requested product ending before it starts',
      type: 'WMO315',
      bericht: variant('WMO315', (b) => {
        b.Client.AangevraagdeProducten[1]!.ToewijzingEinddatum = '2023-05-31';
      }),
      paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/ToewijzingEinddatum'],
    },
    {
      name: 'a requested product ending before it starts',
      type: 'JW315',
      bericht: variant('JW315', (b) => {
        b.Client.AangevraagdeProducten[0]!.ToewijzingEinddatum = '2026-03-01';
      }),
      paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/ToewijzingEinddatum'],
    },
    {
      name: 'the standard\'s own example: a new product ending in 2024 and starting in 2026',
      type: 'JW317',
      bericht: voorbeeldBericht('JW317'),
      paths: ['/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Einddatum'],
    },
    {
      name: 'a product to change ending before its wished start date',
      type: 'WMO317',
      bericht: variant('WMO317', (b) => {
        b.Client.Verzoek.TeWijzigenProducten![0]!.Einddatum = '2023-04-01';
      }),
      paths: ['/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]/Einddatum'],
    },
  ],
});

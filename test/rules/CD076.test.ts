import CD076 from '../../src/rules/toewijzing/CD076.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CD076, {
  valid: [
    { name: 'the example toewijzing (per week, with end dates)', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    { name: 'the example verzoek om wijziging', type: 'WMO317', bericht: voorbeeldBericht('WMO317') },
    {
      name: 'per day (frequentie 1) without end date',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        delete b.Client.ToegewezenProducten[0]!.Einddatum;
      }),
    },
  ],
  invalid: [
    {
      name: 'per week without end date',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        delete b.Client.ToegewezenProducten[1]!.Einddatum;
      }),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Einddatum'],
    },
    {
      name: 'a requested product per week without ToewijzingEinddatum',
      type: 'WMO315',
      bericht: variant('WMO315', (b) => {
        const p = b.Client.AangevraagdeProducten[0]!;
        p.Omvang = { Volume: 3, Eenheid: '04', Frequentie: '2' };
        delete p.ToewijzingEinddatum;
      }),
      paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/ToewijzingEinddatum'],
    },
    {
      name: 'a product to change to per week without end date',
      type: 'WMO317',
      bericht: variant('WMO317', (b) => {
        const p = b.Client.Verzoek.TeWijzigenProducten![0]!;
        p.Omvang = { Volume: 3, Eenheid: '04', Frequentie: '2' };
        delete p.Einddatum;
      }),
      paths: ['/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]/Einddatum'],
    },
    {
      name: 'a new product per week without end date',
      type: 'JW317',
      bericht: variant('JW317', (b) => {
        const p = b.Client.Verzoek.NieuweProducten![0]!;
        p.Omvang!.Frequentie = '2';
        delete p.Einddatum;
      }),
      paths: ['/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Einddatum'],
    },
  ],
});

import CD075 from '../../src/rules/toewijzing/CD075.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CD075, {
  valid: [
    { name: 'the example toewijzing', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
    { name: 'the example verzoek om toewijzing', type: 'JW315', bericht: voorbeeldBericht('JW315') },
    {
      name: 'a budget with an end date',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        const p = b.Client.ToegewezenProducten[0]!;
        delete p.Product!.Code;
        delete p.Omvang;
        p.Budget = 250000;
      }),
    },
    {
      name: 'no budget and no end date',
      type: 'WMO315',
      bericht: variant('WMO315', (b) => {
        delete b.Client.AangevraagdeProducten[0]!.ToewijzingEinddatum;
      }),
    },
  ],
  invalid: [
    {
      name: 'a budget without end date',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        const p = b.Client.ToegewezenProducten[0]!;
        delete p.Product!.Code;
        delete p.Omvang;
        delete p.Einddatum;
        p.Budget = 250000;
      }),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Einddatum'],
    },
    {
      name: 'a requested budget without ToewijzingEinddatum',
      type: 'JW315',
      bericht: variant('JW315', (b) => {
        const p = b.Client.AangevraagdeProducten[0]!;
        delete p.Omvang;
        delete p.ToewijzingEinddatum;
        p.Budget = 120000;
      }),
      paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/ToewijzingEinddatum'],
    },
    {
      name: 'a budget to change without end date',
      type: 'WMO317',
      bericht: variant('WMO317', (b) => {
        const p = b.Client.Verzoek.TeWijzigenProducten![0]!;
        delete p.Einddatum;
        p.Budget = 80000;
      }),
      paths: ['/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]/Einddatum'],
    },
    {
      name: 'a new product with a budget and without end date',
      type: 'JW317',
      bericht: variant('JW317', (b) => {
        const p = b.Client.Verzoek.NieuweProducten![0]!;
        delete p.Product!.Code;
        delete p.Omvang;
        delete p.Einddatum;
        p.Budget = 80000;
      }),
      paths: ['/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Einddatum'],
    },
  ],
});

import CD078 from '../../src/rules/toewijzing/CD078.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CD078, {
  valid: [
    { name: 'the example toewijzing (Omvang only)', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
    { name: 'the example verzoek om wijziging', type: 'WMO317', bericht: voorbeeldBericht('WMO317') },
    {
      name: 'a budget only',
      type: 'JW315',
      bericht: variant('JW315', (b) => {
        const p = b.Client.AangevraagdeProducten[0]!;
        delete p.Product!.Code;
        delete p.Omvang;
        p.Budget = 120000;
      }),
    },
  ],
  invalid: [
    {
      name: 'both an Omvang and a budget',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        b.Client.ToegewezenProducten[0]!.Budget = 100000;
      }),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Budget'],
    },
    {
      name: 'a requested product with both',
      type: 'WMO315',
      bericht: variant('WMO315', (b) => {
        b.Client.AangevraagdeProducten[0]!.Budget = 100000;
      }),
      paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Budget'],
    },
    {
      name: 'a product to change and a new product with both',
      type: 'JW317',
      bericht: variant('JW317', (b) => {
        b.Client.Verzoek.TeWijzigenProducten = [
          { ToewijzingNummer: 10072, GewensteIngangsdatum: '2026-02-01', Einddatum: '2026-12-31', Omvang: { Volume: 2, Eenheid: '04', Frequentie: '4' }, Budget: 5000 },
        ];
        b.Client.Verzoek.NieuweProducten![0]!.Budget = 100000;
      }),
      paths: ['/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]/Budget', '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Budget'],
    },
  ],
});

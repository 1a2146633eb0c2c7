import CD077 from '../../src/rules/toewijzing/CD077.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CD077, {
  valid: [
    { name: 'the example toewijzing (Omvang only)', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    { name: 'the example verzoek om toewijzing', type: 'WMO315', bericht: voorbeeldBericht('WMO315') },
    {
      name: 'a budget only',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        const p = b.Client.ToegewezenProducten[0]!;
        delete p.Product!.Code;
        delete p.Omvang;
        p.Budget = 250000;
      }),
    },
  ],
  invalid: [
    {
      name: 'both a budget and an Omvang',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.ToegewezenProducten[0]!.Budget = 100000;
      }),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Omvang'],
    },
    {
      name: 'a requested product with both',
      type: 'JW315',
      bericht: variant('JW315', (b) => {
        b.Client.AangevraagdeProducten[1]!.Budget = 100000;
      }),
      paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/Omvang'],
    },
    {
      name: 'a product to change with both',
      type: 'WMO317',
      bericht: variant('WMO317', (b) => {
        const p = b.Client.Verzoek.TeWijzigenProducten![0]!;
        p.Omvang = { Volume: 3, Eenheid: '04', Frequentie: '4' };
        p.Budget = 100000;
      }),
      paths: ['/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]/Omvang'],
    },
    {
      name: 'a new product with both',
      type: 'JW317',
      bericht: variant('JW317', (b) => {
        b.Client.Verzoek.NieuweProducten![0]!.Budget = 100000;
      }),
      paths: ['/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Omvang'],
    },
  ],
});

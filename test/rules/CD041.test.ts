import CD041 from '../../src/rules/toewijzing/CD041.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CD041, {
  valid: [
    { name: 'the example toewijzing', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    { name: 'the example verzoek om toewijzing', type: 'WMO315', bericht: voorbeeldBericht('WMO315') },
    { name: 'the example verzoek om wijziging', type: 'WMO317', bericht: voorbeeldBericht('WMO317') },
    {
      name: 'a category without code and without Omvang',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        const p = b.Client.ToegewezenProducten[0]!;
        delete p.Product!.Code;
        delete p.Omvang;
        p.Budget = 100000;
      }),
    },
  ],
  invalid: [
    {
      name: 'a product code without Omvang',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        delete b.Client.ToegewezenProducten[1]!.Omvang;
      }),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Omvang'],
    },
    {
      name: 'a product code with a budget instead of Omvang',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        const p = b.Client.ToegewezenProducten[0]!;
        delete p.Omvang;
        p.Budget = 50000;
      }),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Omvang'],
    },
    {
      name: 'a requested product code without Omvang',
      type: 'WMO315',
      bericht: variant('WMO315', (b) => {
        delete b.Client.AangevraagdeProducten[1]!.Omvang;
      }),
      paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/Omvang'],
    },
    {
      name: 'a requested product code without Omvang',
      type: 'JW315',
      bericht: variant('JW315', (b) => {
        delete b.Client.AangevraagdeProducten[0]!.Omvang;
      }),
      paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Omvang'],
    },
    {
      name: 'a new product with code but without Omvang',
      type: 'JW317',
      bericht: variant('JW317', (b) => {
        delete b.Client.Verzoek.NieuweProducten![0]!.Omvang;
      }),
      paths: ['/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Omvang'],
    },
  ],
});

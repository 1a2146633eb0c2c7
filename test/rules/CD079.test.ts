import CD079 from '../../src/rules/toewijzing/CD079.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CD079, {
  valid: [
    { name: 'the example toewijzing', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    { name: 'the example verzoek om toewijzing', type: 'JW315', bericht: voorbeeldBericht('JW315') },
    {
      name: 'a budget without product',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        const p = b.Client.ToegewezenProducten[0]!;
        delete p.Product;
        delete p.Omvang;
        p.Budget = 250000;
      }),
    },
  ],
  invalid: [
    {
      name: 'neither budget nor product',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        delete b.Client.ToegewezenProducten[0]!.Product;
      }),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Product'],
    },
    {
      name: 'a requested product without product and budget',
      type: 'JW315',
      bericht: variant('JW315', (b) => {
        delete b.Client.AangevraagdeProducten[1]!.Product;
      }),
      paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/Product'],
    },
    {
      name: 'a new product without product and budget',
      type: 'WMO317',
      bericht: variant('WMO317', (b) => {
        delete b.Client.Verzoek.NieuweProducten![0]!.Product;
      }),
      paths: ['/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Product'],
    },
  ],
});

import TR353 from '../../src/rules/verzoek/TR353.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(TR353, {
  valid: [
    { name: 'the example verzoek om wijziging', type: 'WMO317', bericht: voorbeeldBericht('WMO317') },
    { name: 'the example verzoek om wijziging (a new product)', type: 'JW317', bericht: voorbeeldBericht('JW317') },
    {
      name: 'only a product to change',
      type: 'WMO317',
      bericht: variant('WMO317', (b) => {
        delete b.Client.Verzoek.NieuweProducten;
      }),
    },
  ],
  invalid: [
    {
      name: 'only unchanged products',
      type: 'JW317',
      bericht: variant('JW317', (b) => {
        delete b.Client.Verzoek.NieuweProducten;
      }),
      paths: ['/Bericht/Client/Verzoek'],
    },
    {
      name: 'only unchanged products',
      type: 'WMO317',
      bericht: variant('WMO317', (b) => {
        delete b.Client.Verzoek.TeWijzigenProducten;
        delete b.Client.Verzoek.NieuweProducten;
      }),
      paths: ['/Bericht/Client/Verzoek'],
    },
  ],
});

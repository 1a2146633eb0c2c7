import TR352 from '../../src/rules/verzoek/TR352.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(TR352, {
  valid: [
    { name: 'the example verzoek om wijziging (unchanged and changed products)', type: 'WMO317', bericht: voorbeeldBericht('WMO317') },
    { name: 'the example verzoek om wijziging (an unchanged product)', type: 'JW317', bericht: voorbeeldBericht('JW317') },
    {
      name: 'only a product to change',
      type: 'WMO317',
      bericht: variant('WMO317', (b) => {
        delete b.Client.Verzoek.OngewijzigdeProducten;
      }),
    },
  ],
  invalid: [
    {
      name: 'only a new product',
      type: 'JW317',
      bericht: variant('JW317', (b) => {
        delete b.Client.Verzoek.OngewijzigdeProducten;
      }),
      paths: ['/Bericht/Client/Verzoek'],
    },
    {
      name: 'only a new product',
      type: 'WMO317',
      bericht: variant('WMO317', (b) => {
        delete b.Client.Verzoek.OngewijzigdeProducten;
        delete b.Client.Verzoek.TeWijzigenProducten;
      }),
      paths: ['/Bericht/Client/Verzoek'],
    },
  ],
});

import CD007 from '../../src/rules/client/CD007.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CD007, {
  valid: [
    { name: 'the example toewijzing (tolk taal with a language)', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
    { name: 'the example toewijzing', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    {
      name: 'a doventolk without language',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.Communicatie = { Vorm: '2' };
      }),
    },
    {
      name: 'no Communicatie at all',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        delete b.Client.Communicatie;
      }),
    },
  ],
  invalid: [
    {
      name: 'tolk taal without a language',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.Communicatie = { Vorm: '1' };
      }),
      paths: ['/Bericht/Client/Communicatie/Taal'],
    },
    {
      name: 'a doofblindentolk with a language',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        b.Client.Communicatie = { Vorm: '3', Taal: 'Deens' };
      }),
      paths: ['/Bericht/Client/Communicatie/Taal'],
    },
  ],
});

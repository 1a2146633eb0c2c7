import CS318 from '../../src/rules/client/CS318.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CS318, {
  valid: [
    { name: 'the example toewijzing', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    { name: 'the example toewijzing', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
    {
      name: 'a relation (not the client) with NaamGebruik 6',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.Relaties![1]!.Naam.NaamGebruik = '6';
      }),
    },
  ],
  invalid: [
    {
      name: 'a client with NaamGebruik 6',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.Naam.NaamGebruik = '6';
      }),
      paths: ['/Bericht/Client/Naam/NaamGebruik'],
    },
    {
      name: 'a client without partner name with NaamGebruik 6',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        delete b.Client.Naam.Partnernaam;
        b.Client.Naam.NaamGebruik = '6';
      }),
      paths: ['/Bericht/Client/Naam/NaamGebruik'],
    },
  ],
});

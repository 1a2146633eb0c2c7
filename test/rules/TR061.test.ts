import TR061 from '../../src/rules/contact/TR061.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(TR061, {
  valid: [
    { name: 'the example toewijzing (verblijfadres 03)', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    { name: 'the example toewijzing (BRP-adres 01)', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
    {
      name: 'a correspondentie-adres (02) besides a temporary address',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.Contactgegevens[0]!.Soort = '02';
      }),
    },
  ],
  invalid: [
    {
      name: 'only a temporary address (04)',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.Contactgegevens.splice(0, 1);
      }),
      paths: ['/Bericht/Client'],
    },
    {
      name: 'only a temporary address, while the relations have BRP-addresses',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        b.Client.Contactgegevens[0]!.Soort = '04';
      }),
      paths: ['/Bericht/Client'],
    },
  ],
});

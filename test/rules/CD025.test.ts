import CD025 from '../../src/rules/contact/CD025.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CD025, {
  valid: [
    { name: 'the example toewijzing (Dutch addresses with Huis)', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    { name: 'the example toewijzing', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
    {
      name: 'a foreign address without Huis',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        delete b.Client.Relaties![0]!.Contact.Adres!.Huis;
      }),
    },
  ],
  invalid: [
    {
      name: 'a Dutch address without Huis',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        delete b.Client.Contactgegevens[0]!.Adres!.Huis;
      }),
      paths: ['/Bericht/Client/Contactgegevens/Contact[1]/Adres/Huis'],
    },
    {
      name: 'a relation with a Dutch address without Huis',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        const a = b.Client.Relaties![1]!.Contact.Adres!;
        a.LandCode = 'NL';
        delete a.Huis;
      }),
      paths: ['/Bericht/Client/Relaties/Relatie[2]/Contact/Adres/Huis'],
    },
  ],
});

import CD005 from '../../src/rules/contact/CD005.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CD005, {
  valid: [
    { name: 'the example toewijzing', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    { name: 'the example toewijzing (foreign addresses)', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
    {
      name: 'an address with neither postcode nor landcode',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        const a = b.Client.Contactgegevens[1]!.Adres!;
        delete a.Postcode;
        delete a.LandCode;
      }),
    },
  ],
  invalid: [
    {
      name: 'a postcode without landcode',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        delete b.Client.Contactgegevens[0]!.Adres!.LandCode;
      }),
      paths: ['/Bericht/Client/Contactgegevens/Contact[1]/Adres/LandCode'],
    },
    {
      name: 'a landcode without postcode on a relation',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        delete b.Client.Relaties![1]!.Contact.Adres!.Postcode;
      }),
      paths: ['/Bericht/Client/Relaties/Relatie[2]/Contact/Adres/LandCode'],
    },
  ],
});

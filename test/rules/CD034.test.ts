import CD034 from '../../src/rules/contact/CD034.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CD034, {
  valid: [
    { name: 'the example toewijzing', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    { name: 'the example toewijzing', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
    {
      name: 'a correspondentie-adres (02) and a temporary address (04) without postcode',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        for (const c of b.Client.Contactgegevens) {
          delete c.Adres!.Postcode;
          delete c.Adres!.LandCode;
        }
        b.Client.Contactgegevens[0]!.Soort = '02';
      }),
    },
  ],
  invalid: [
    {
      name: 'a verblijfadres (03) without postcode',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        delete b.Client.Contactgegevens[0]!.Adres!.Postcode;
        delete b.Client.Contactgegevens[0]!.Adres!.LandCode;
      }),
      paths: ['/Bericht/Client/Contactgegevens/Contact[1]/Adres/Postcode'],
    },
    {
      name: 'a relation with a BRP-adres (01) and no address at all',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        delete b.Client.Relaties![0]!.Contact.Adres;
      }),
      paths: ['/Bericht/Client/Relaties/Relatie[1]/Contact/Adres/Postcode'],
    },
  ],
});

import TR006 from '../../src/rules/contact/TR006.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(TR006, {
  valid: [
    { name: 'the example toewijzing (telephone and address)', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    { name: 'the example toewijzing (Huis and Postcode, no telephone)', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
    {
      name: 'a contact with a telephone and no address',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        delete b.Client.Contactgegevens[1]!.Adres;
      }),
    },
  ],
  invalid: [
    {
      name: 'no telephone, an address without Huis',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        delete b.Client.Contactgegevens[0]!.Adres!.Huis;
      }),
      paths: ['/Bericht/Client/Contactgegevens/Contact[1]'],
    },
    {
      name: 'a relation with no telephone and an address without Postcode',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        const c = b.Client.Relaties![1]!.Contact;
        delete c.Telefoon;
        delete c.Adres!.Postcode;
        delete c.Adres!.LandCode;
      }),
      paths: ['/Bericht/Client/Relaties/Relatie[2]/Contact'],
    },
    {
      name: 'a contact with only an e-mail address',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        const c = b.Client.Relaties![0]!.Contact;
        delete c.Telefoon;
        delete c.Adres;
      }),
      paths: ['/Bericht/Client/Relaties/Relatie[1]/Contact'],
    },
  ],
});

import CD009 from '../../src/rules/contact/CD009.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CD009, {
  valid: [
    { name: 'the example toewijzing (a period on a temporary address, soort 04)', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    { name: 'the example toewijzing', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
  ],
  invalid: [
    {
      name: 'a period on a verblijfadres (soort 03)',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.Contactgegevens[0]!.Periode = { Begindatum: '2026-01-01' };
      }),
      paths: ['/Bericht/Client/Contactgegevens/Contact[1]/Periode'],
    },
    {
      name: 'a period on the BRP-address of a relation',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        b.Client.Relaties![0]!.Contact.Periode = { Einddatum: '2023-12-31' };
      }),
      paths: ['/Bericht/Client/Relaties/Relatie[1]/Contact/Periode'],
    },
  ],
});

import TR383 from '../../src/rules/verzoek/TR383.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(TR383, {
  valid: [
    { name: 'the example verzoek om toewijzing', type: 'WMO315', bericht: voorbeeldBericht('WMO315') },
    { name: 'the example verzoek om toewijzing', type: 'JW315', bericht: voorbeeldBericht('JW315') },
  ],
  invalid: [
    {
      name: 'two requested products with one reference',
      type: 'WMO315',
      bericht: variant('WMO315', (b) => {
        b.Client.AangevraagdeProducten[1]!.ReferentieAanbieder = b.Client.AangevraagdeProducten[0]!.ReferentieAanbieder;
      }),
      paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/ReferentieAanbieder'],
    },
    {
      name: 'three requested products with one reference',
      type: 'JW315',
      bericht: variant('JW315', (b) => {
        const [eerste, tweede] = b.Client.AangevraagdeProducten;
        tweede!.ReferentieAanbieder = eerste!.ReferentieAanbieder;
        b.Client.AangevraagdeProducten.push({ ...structuredClone(tweede!), Product: { Categorie: '45', Code: '45A01' } });
      }),
      paths: [
        '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/ReferentieAanbieder',
        '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[3]/ReferentieAanbieder',
      ],
    },
  ],
});

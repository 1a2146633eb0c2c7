import CD043 from '../../src/rules/verzoek/CD043.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CD043, {
  valid: [
    { name: 'the example verzoek om toewijzing (number and date)', type: 'WMO315', bericht: voorbeeldBericht('WMO315') },
    { name: 'the example verzoek om toewijzing', type: 'JW315', bericht: voorbeeldBericht('JW315') },
    {
      name: 'neither beschikking number nor date',
      type: 'JW315',
      bericht: variant('JW315', (b) => {
        delete b.Client.AangevraagdeProducten[0]!.BeschikkingNummer;
        delete b.Client.AangevraagdeProducten[0]!.BeschikkingIngangsdatum;
      }),
    },
  ],
  invalid: [
    {
      name: 'a beschikking number without date',
      type: 'WMO315',
      bericht: variant('WMO315', (b) => {
        delete b.Client.AangevraagdeProducten[1]!.BeschikkingIngangsdatum;
      }),
      paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/BeschikkingIngangsdatum'],
    },
    {
      name: 'a beschikking date without number',
      type: 'JW315',
      bericht: variant('JW315', (b) => {
        delete b.Client.AangevraagdeProducten[0]!.BeschikkingNummer;
      }),
      paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/BeschikkingIngangsdatum'],
    },
  ],
});

import CD066 from '../../src/rules/verzoek/CD066.js';
import type { Verwijzer } from '../../src/standard/berichten.generated.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

const verwijzer = (naam: 'JW315' | 'WMO315', v: Verwijzer) =>
  variant(naam, (b) => {
    b.Client.AangevraagdeProducten[1]!.Verwijzer = v;
  });

ruleTester(CD066, {
  valid: [
    { name: 'the example (huisarts with only a zorgverlenercode)', type: 'JW315', bericht: voorbeeldBericht('JW315') },
    { name: 'the example (gecertificeerde instelling with only a name)', type: 'WMO315', bericht: voorbeeldBericht('WMO315') },
    { name: 'a gemeente (01) with a name', type: 'WMO315', bericht: verwijzer('WMO315', { Type: '01', Naam: 'Gemeente' }) },
  ],
  invalid: [
    { name: 'a huisarts with both code and name', type: 'JW315', bericht: verwijzer('JW315', { Type: '02', Naam: 'Dokter', ZorgverlenerCode: '12345678' }), paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/Verwijzer/Naam'] },
    { name: 'a medisch specialist with both code and name', type: 'WMO315', bericht: verwijzer('WMO315', { Type: '05', Naam: 'Specialist', ZorgverlenerCode: '87654321' }), paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/Verwijzer/Naam'] },
  ],
});

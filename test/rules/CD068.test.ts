import CD068 from '../../src/rules/verzoek/CD068.js';
import type { Verwijzer } from '../../src/standard/berichten.generated.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

const verwijzer = (naam: 'JW315' | 'WMO315', v: Verwijzer) =>
  variant(naam, (b) => {
    b.Client.AangevraagdeProducten[0]!.Verwijzer = v;
  });

ruleTester(CD068, {
  valid: [
    { name: 'the example verzoek om toewijzing', type: 'JW315', bericht: voorbeeldBericht('JW315') },
    { name: 'the example verzoek om toewijzing', type: 'WMO315', bericht: voorbeeldBericht('WMO315') },
    { name: 'a medisch specialist (05) with a zorgverlenercode', type: 'WMO315', bericht: verwijzer('WMO315', { Type: '05', ZorgverlenerCode: '12345678' }) },
  ],
  invalid: [
    { name: 'a gemeente (01) with a zorgverlenercode', type: 'JW315', bericht: verwijzer('JW315', { Type: '01', Naam: 'Gemeente', ZorgverlenerCode: '12345678' }), paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Verwijzer/ZorgverlenerCode'] },
    { name: 'a zelfverwijzer (06) with a zorgverlenercode', type: 'WMO315', bericht: verwijzer('WMO315', { Type: '06', ZorgverlenerCode: '12345678' }), paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Verwijzer/ZorgverlenerCode'] },
    { name: 'a rechter (08) with a zorgverlenercode', type: 'JW315', bericht: verwijzer('JW315', { Type: '08', ZorgverlenerCode: '12345678' }), paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Verwijzer/ZorgverlenerCode'] },
  ],
});

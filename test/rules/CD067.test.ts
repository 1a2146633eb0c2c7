import CD067 from '../../src/rules/verzoek/CD067.js';
import type { Verwijzer } from '../../src/standard/berichten.generated.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

const verwijzer = (naam: 'JW315' | 'WMO315', v: Verwijzer) =>
  variant(naam, (b) => {
    b.Client.AangevraagdeProducten[0]!.Verwijzer = v;
  });

ruleTester(CD067, {
  valid: [
    { name: 'the example verzoek om toewijzing', type: 'JW315', bericht: voorbeeldBericht('JW315') },
    { name: 'the example verzoek om toewijzing', type: 'WMO315', bericht: voorbeeldBericht('WMO315') },
    { name: 'a jeugdarts with only a zorgverlenercode', type: 'JW315', bericht: verwijzer('JW315', { Type: '03', ZorgverlenerCode: '12345678' }) },
    { name: 'a zelfverwijzer (06) without name or code', type: 'WMO315', bericht: verwijzer('WMO315', { Type: '06' }) },
  ],
  invalid: [
    { name: 'a huisarts with neither code nor name', type: 'JW315', bericht: verwijzer('JW315', { Type: '02' }), paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Verwijzer/Naam'] },
    { name: 'a gecertificeerde instelling with neither code nor name', type: 'WMO315', bericht: verwijzer('WMO315', { Type: '04' }), paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/Verwijzer/Naam'] },
  ],
});

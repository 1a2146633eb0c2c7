import type { Omvang } from '../../standard/berichten.generated.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { aangevraagdeProducten, nieuweProducten, teWijzigenProducten, toegewezenProducten } from '../paden.js';

/** A weekly volume needs an end date, to turn weeks into the months that are declared. */
function controleer(omvang: Omvang | undefined, eind: string | undefined, pad: string, wat: string): RuleFinding[] {
  if (omvang?.Frequentie !== '2' || eind !== undefined) return [];
  return [{ path: pad, message: `De einddatum ontbreekt; een ${wat} met een omvang per week (frequentie 2) moet een einddatum hebben.` }];
}

export default defineRule({
  code: 'CD076',
  retourcode: '0001',
  level: 'bericht',
  description: 'Verplicht vullen indien Frequentie waarde 2 (per week)',
  check: {
    '301': (b) => [...toegewezenProducten(b)].flatMap((p) => controleer(p.item.Omvang, p.item.Einddatum, `${p.pad}/Einddatum`, 'toegewezen product')),
    '315': (b) =>
      [...aangevraagdeProducten(b)].flatMap((p) =>
        controleer(p.item.Omvang, p.item.ToewijzingEinddatum, `${p.pad}/ToewijzingEinddatum`, 'aangevraagd product'),
      ),
    '317': (b) => [
      ...[...teWijzigenProducten(b)].flatMap((p) => controleer(p.item.Omvang, p.item.Einddatum, `${p.pad}/Einddatum`, 'te wijzigen product')),
      ...[...nieuweProducten(b)].flatMap((p) => controleer(p.item.Omvang, p.item.Einddatum, `${p.pad}/Einddatum`, 'nieuw product')),
    ],
  },
});

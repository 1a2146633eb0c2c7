/**
 * TR315: no two Prestaties of a 323 credit the same debet prestatie: each VorigReferentieNummer occurs
 * once in the whole message (over all clients). The finding is on every later repetition.
 */
import { defineRule, type RuleFinding } from '../rule.js';
import { plaats, prestaties } from '../paden.js';
import { met303 } from '../legacy/als323.js';

export default defineRule({
  code: 'TR315',
  retourcode: '0001',
  level: 'bericht',
  description: 'VorigReferentieNummer van de Prestatie moet uniek zijn in het bericht.',
  check: met303({
    '323': (b) => {
      const findings: RuleFinding[] = [];
      const gezien = new Map<string, string>();
      for (const p of prestaties(b)) {
        const vorig = p.item.ProductReferentie.VorigReferentieNummer;
        if (vorig === undefined) continue;
        const eerder = gezien.get(vorig);
        if (eerder === undefined) {
          gezien.set(vorig, plaats(p.pad));
          continue;
        }
        findings.push({
          path: `${p.pad}/ProductReferentie/VorigReferentieNummer`,
          message: `VorigReferentieNummer ${vorig} komt al voor bij ${eerder}; een debetprestatie kan in één bericht maar één keer gecrediteerd worden.`,
        });
      }
      return findings;
    },
  }),
});

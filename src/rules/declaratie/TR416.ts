/**
 * TR416: within one 323 there is at most one debet Prestatie per ToewijzingNummer, ProductCategorie,
 * ProductCode and ProductPeriode. Readings chosen:
 * - "dezelfde ProductPeriode" is the same period: equal Begindatum and equal Einddatum.
 * - The combination holds over the whole message, not per client: the rule names no Bsn, and a
 *   ToewijzingNummer is unique within the gemeente (TR332), so it already identifies the client.
 * - Credit prestaties do not count (crediting an earlier debet and declaring it anew in one message
 *   is the normal correction).
 * The finding is on every later debet Prestatie with a combination already seen.
 */
import { defineRule, type RuleFinding } from '../rule.js';
import { plaats, prestaties } from '../paden.js';

export default defineRule({
  code: 'TR416',
  retourcode: '0001',
  level: 'bericht',
  description:
    'Prestatie met DebetCredit in IngediendBedrag waarde Debet mag alleen ingezonden worden voor dezelfde ProductPeriode, ProductCategorie en ProductCode met gelijk ToewijzingNummer als er niet al een Prestatie met waarde Debet is.',
  check: {
    '323': (b) => {
      const findings: RuleFinding[] = [];
      // The path of the first debet per key; its short name is only made for a finding.
      const gezien = new Map<string, string>();
      for (const p of prestaties(b)) {
        const x = p.item;
        if (x.IngediendBedrag.DebetCredit !== 'D') continue;
        const sleutel = `${x.ToewijzingNummer}\u001f${x.ProductCategorie}\u001f${x.ProductCode}\u001f${x.ProductPeriode.Begindatum}\u001f${x.ProductPeriode.Einddatum}`;
        const eerder = gezien.get(sleutel);
        if (eerder === undefined) {
          gezien.set(sleutel, p.pad);
          continue;
        }
        findings.push({
          path: p.pad,
          message: `Er is in dit bericht al een debetprestatie (${plaats(eerder)}) voor ToewijzingNummer ${x.ToewijzingNummer}, product ${x.ProductCategorie}/${x.ProductCode} en ProductPeriode ${x.ProductPeriode.Begindatum} t/m ${x.ProductPeriode.Einddatum}.`,
        });
      }
      return findings;
    },
  },
});

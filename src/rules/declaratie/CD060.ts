/**
 * CD060: VorigReferentieNummer in the ProductReferentie of a Prestatie is filled exactly when the
 * IngediendBedrag is credit (C): a credit prestatie names the debet prestatie it reverses, a debet
 * prestatie names none. Both ways of failing are on VorigReferentieNummer (the element the condition
 * is about, also when it is missing).
 */
import { defineRule, type RuleFinding } from '../rule.js';
import type { Prestatie323 } from '../../standard/berichten.generated.js';
import { prestaties, prestaties325, type Op } from '../paden.js';
import { met303 } from '../legacy/als323.js';

function vorigReferentieNummer(lijst: Iterable<Op<Pick<Prestatie323, 'ProductReferentie' | 'IngediendBedrag'>>>): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const p of lijst) {
    const credit = p.item.IngediendBedrag.DebetCredit === 'C';
    const gevuld = p.item.ProductReferentie.VorigReferentieNummer !== undefined;
    if (credit === gevuld) continue;
    findings.push({
      path: `${p.pad}/ProductReferentie/VorigReferentieNummer`,
      message: credit
        ? 'Bij een creditprestatie ontbreekt het VorigReferentieNummer; vul het ReferentieNummer van de debetprestatie die wordt gecrediteerd.'
        : 'Een debetprestatie mag geen VorigReferentieNummer hebben; dat wordt alleen gevuld bij een creditprestatie.',
    });
  }
  return findings;
}

export default defineRule({
  code: 'CD060',
  retourcode: '0001',
  level: 'bericht',
  description: 'Verplicht vullen indien DebetCredit bij het ingediende bedrag de waarde C (credit) heeft, anders leeg laten.',
  check: met303({
    '323': (b) => vorigReferentieNummer(prestaties(b)),
    // The 325 is ours: checked as a self-check of the declaratie-antwoord we generate.
    '325': (b) => vorigReferentieNummer(prestaties325(b)),
  }),
});

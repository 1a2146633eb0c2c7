/**
 * TR342 (325, our own declaratie-antwoord, checked as a self-check): only rejected Prestaties go into
 * the answer, and the totals explain them. Read from the standard's text:
 * - When the DeclaratieAntwoord itself is rejected (a RetourCode other than 0200 or 8001 on it), the
 *   prestaties are not assessed: no Clienten, and TotaalToegekendBedrag is 0.
 * - Otherwise SOM(Prestatie.IngediendBedrag) = TotaalIngediendBedrag − TotaalToegekendBedrag, all
 *   with their debet/credit sign (debet counts up, credit down); the finding is on
 *   TotaalToegekendBedrag, the amount the gemeente determines.
 * - A Prestatie whose only RetourCode is 0200 (geen opmerking) is approved and does not belong in
 *   the answer.
 * Without a DeclaratieAntwoord (the whole declaratie rejected in the header) there is nothing to
 * check.
 */
import { defineRule, type RuleFinding } from '../rule.js';
import { prestaties325 } from '../paden.js';
import { euroDC, getekend, metDC } from './bedrag.js';

/** Codes that reject nothing: 0200 geen opmerking, 8001 declaratie volledig toegewezen. */
const GEEN_AFKEUR = new Set(['0200', '8001']);

const afgekeurd = (codes: readonly string[]): boolean => codes.some((c) => !GEEN_AFKEUR.has(c));

export default defineRule({
  code: 'TR342',
  retourcode: '0001',
  level: 'bericht',
  description:
    'Alleen afgewezen Prestaties dienen meegestuurd te worden in het declaratie-antwoordbericht op een declaratie. De controle: SOM (Prestatie.IngediendBedrag) = DeclaratieAntwoord.TotaalIngediendBedrag -/- TotaalToegekendBedrag; bij afkeur op DeclaratieAntwoord geen prestaties en TotaalToegekendBedrag 0.',
  check: {
    '325': (b) => {
      const a = b.DeclaratieAntwoord;
      if (!a) return [];
      const findings: RuleFinding[] = [];
      const toegekendPad = '/Bericht/DeclaratieAntwoord/TotaalToegekendBedrag';
      if (afgekeurd(a.RetourCodes.RetourCode)) {
        if (a.TotaalToegekendBedrag.TotaalBedrag !== 0) {
          findings.push({
            path: toegekendPad,
            message: `Het DeclaratieAntwoord is afgekeurd, dus het toegekende bedrag moet 0 zijn (nu ${euroDC(a.TotaalToegekendBedrag.TotaalBedrag, a.TotaalToegekendBedrag.DebetCredit)}).`,
          });
        }
        if (a.Clienten !== undefined) {
          findings.push({
            path: '/Bericht/DeclaratieAntwoord/Clienten',
            message: 'Het DeclaratieAntwoord is afgekeurd, dus de prestaties zijn niet beoordeeld en horen niet in het antwoord.',
          });
        }
        return findings;
      }
      let som = 0;
      for (const p of prestaties325(b)) {
        som += getekend(p.item.IngediendBedrag.Bedrag, p.item.IngediendBedrag.DebetCredit);
        if (!afgekeurd(p.item.RetourCodes.RetourCode)) {
          findings.push({
            path: `${p.pad}/RetourCodes`,
            message: 'Deze prestatie heeft alleen RetourCode 0200 (goedgekeurd); in het declaratie-antwoord horen alleen afgewezen prestaties.',
          });
        }
      }
      const ingediend = getekend(a.TotaalIngediendBedrag.TotaalBedrag, a.TotaalIngediendBedrag.DebetCredit);
      const toegekend = getekend(a.TotaalToegekendBedrag.TotaalBedrag, a.TotaalToegekendBedrag.DebetCredit);
      if (som !== ingediend - toegekend) {
        const verschil = metDC(ingediend - toegekend);
        const afgewezen = metDC(som);
        findings.push({
          path: toegekendPad,
          message: `Het verschil tussen ingediend en toegekend (${euroDC(verschil.bedrag, verschil.debetCredit)}) is niet gelijk aan de som van de afgewezen prestaties (${euroDC(afgewezen.bedrag, afgewezen.debetCredit)}).`,
        });
      }
      return findings;
    },
  },
});

import type { ControlContext } from '../../control/context.js';
import { datumTekst, doorsnede, periodeTekst } from '../../control/kalender.js';
import { startlijnen, stoplijnen, type Lijn } from '../../control/regiestand.js';
import { gemeenteTekst, woonplaatsOp } from '../../control/woonplaats.js';
import { isVerwijdering, sleutelTekst, type Startregel } from '../../control/zorgsleutel.js';
import type { Bericht305, Bericht307, Bericht323 } from '../../standard/berichten.generated.js';
import { prestaties } from '../paden.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { met303 } from '../legacy/als323.js';

/**
 * Our own control on a start or stop line: by the woonplaats register the client lived in the
 * gemeente the message is for (Ontvanger) on the line's Begindatum. If the register places the client
 * in another gemeente, a person looks at it (`onderzoek`): the line waits; it is never put in a retour
 * (no retourcode, the standard has no rule for it). A client the register does not know on that date
 * is WP004's signal, not this. StatusAanlevering 3 lines are corrections and not judged (TR063).
 */
function woonplaats(b: Bericht305 | Bericht307, lijnen: readonly Lijn<Startregel>[], ctx: ControlContext): RuleFinding[] {
  const gemeente = b.Header.Ontvanger;
  const findings: RuleFinding[] = [];
  for (const { regel, pad } of lijnen) {
    if (isVerwijdering(regel)) continue;
    const w = woonplaatsOp(ctx.registers, b.Client.Bsn, regel.begindatum);
    if (w.soort !== 'bekend' || w.gemeentecode === gemeente) continue;
    const dag = regel.begindatum;
    findings.push({
      path: pad,
      message: `Volgens het woonplaatsregister woonde de cliënt op de begindatum ${datumTekst(dag)} in ${gemeenteTekst(ctx.registers, w.gemeentecode, dag)}, niet in ${gemeenteTekst(ctx.registers, gemeente, dag)} aan wie het bericht is gericht (${sleutelTekst(regel)}).`,
    });
  }
  return findings;
}

/**
 * WP001 (our own, woonplaatsbeginsel), for declaraties: the client lived in the gemeente that is
 * declared to (Ontvanger) during the ProductPeriode, per the woonplaats register. When the register
 * shows the client in another gemeente on any day of the ProductPeriode, the prestatie waits for a
 * person (`onderzoek`, no retourcode): the finding names both gemeenten, with code and name, and the
 * days. A client the register does not know, or days it has no record for, are no evidence of
 * another woonplaats and raise nothing. Credits withdraw an approved debet and are not held.
 */
export function wp001Declaratie(b: Bericht323, ctx: ControlContext): RuleFinding[] {
  const gemeente = b.Header.Ontvanger;
  const findings: RuleFinding[] = [];
  const naam = (code: string, peildatum: string): string => {
    const g = ctx.registers.gemeente(code, peildatum);
    return g ? `${code} ${g.naam}` : code;
  };
  for (const p of prestaties(b)) {
    if (p.item.IngediendBedrag.DebetCredit === 'C') continue;
    const periode = { begin: p.item.ProductPeriode.Begindatum, eind: p.item.ProductPeriode.Einddatum };
    const elders = ctx.registers
      .woonplaatsen(p.client.Bsn)
      .filter((w) => w.gemeentecode !== gemeente)
      .flatMap((w) => {
        const d = doorsnede({ begin: w.ingangsdatum, eind: w.einddatum }, periode);
        return d ? [{ w, d }] : [];
      })
      .sort((a, c) => a.d.begin.localeCompare(c.d.begin));
    if (elders.length === 0) continue;
    const waar = elders.map(({ w, d }) => `van ${periodeTekst(d)} in gemeente ${naam(w.gemeentecode, d.begin)}`).join(' en ');
    findings.push({
      path: p.pad,
      message: `Volgens het woonplaatsregister woonde de cliënt ${waar}, niet in gemeente ${naam(gemeente, periode.begin)} waaraan deze prestatie (productperiode ${periodeTekst(periode)}) is gedeclareerd; beoordeel welke gemeente verantwoordelijk is (woonplaatsbeginsel).`,
    });
  }
  return findings;
}

export default defineRule<ControlContext>({
  code: 'WP001',
  level: 'eigen',
  gevolg: 'onderzoek',
  // A start or stop of care is not money: the 306/308 goes out within its 3 working days, and the
  // backoffice sees the signal; a prestatie waits for a person before it is paid (onderzoek).
  gevolgPer: { '305': 'signaal', '307': 'signaal' },
  description:
    'De cliënt woont volgens het woonplaatsregister in de gemeente aan wie het bericht is gericht: op de Begindatum van een start of stop, en gedurende de hele ProductPeriode van een prestatie (woonplaatsbeginsel).',
  check: met303({
    '305': (b, ctx) => woonplaats(b, startlijnen(b), ctx),
    '307': (b, ctx) => woonplaats(b, stoplijnen(b), ctx),
    '323': wp001Declaratie,
  }),
});

import type { ControlContext } from '../../control/context.js';
import { datumTekst } from '../../control/kalender.js';
import { isVerwijderd } from '../../control/toewijzing.js';
import { gemeenteTekst, woonplaatsOp } from '../../control/woonplaats.js';
import type { Bericht301 } from '../../standard/berichten.generated.js';
import { toegewezenProducten } from '../paden.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * Our own control on our own 301, before it is sent: by the woonplaats register the client lives in
 * this gemeente (the 301's Afzender) on the Ingangsdatum of each toegewezen product; otherwise the 301
 * is held back (`tegenhouden`), naming the gemeente the register gives. A deletion (RedenWijziging 13)
 * withdraws a toewijzing and is never held back. A client the register does not know on that date is
 * WP004's signal, not this.
 */
function woonplaats(b: Bericht301, ctx: ControlContext): RuleFinding[] {
  const gemeente = b.Header.Afzender;
  const findings: RuleFinding[] = [];
  for (const { item: p, pad } of toegewezenProducten(b)) {
    if (isVerwijderd(p)) continue;
    const dag = p.Ingangsdatum;
    const w = woonplaatsOp(ctx.registers, b.Client.Bsn, dag);
    if (w.soort !== 'bekend' || w.gemeentecode === gemeente) continue;
    findings.push({
      path: pad,
      message: `Volgens het woonplaatsregister woonde de cliënt op de ingangsdatum ${datumTekst(dag)} van toewijzing ${p.ToewijzingNummer} in ${gemeenteTekst(ctx.registers, w.gemeentecode, dag)}, niet in ${gemeenteTekst(ctx.registers, gemeente, dag)}; de toewijzing wordt niet verstuurd.`,
    });
  }
  return findings;
}

export default defineRule<ControlContext>({
  code: 'WP002',
  level: 'eigen',
  gevolg: 'tegenhouden',
  description: 'De cliënt woont op de Ingangsdatum van het toegewezen product in de gemeente die toewijst, volgens het woonplaatsregister.',
  check: { '301': woonplaats },
});

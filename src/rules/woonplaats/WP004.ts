import type { ControlContext } from '../../control/context.js';
import { datumTekst } from '../../control/kalender.js';
import { isVerwijderd } from '../../control/toewijzing.js';
import { woonplaatsOp } from '../../control/woonplaats.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * Our own signal: the woonplaats controls (WP001 on 305/307, WP002 on our 301, WP003 on iJw 315/317)
 * could not judge because the woonplaats register does not know where the client lived on the date.
 * A signal, not an onderzoek: a missing entry says nothing against the message (the register may hold
 * only some gemeenten' inhabitants, or be behind), and holding every such message for a person would
 * stop the flow for a gap in our own reference data. The backoffice sees it and can look.
 * - No entry at all for the client: one signal on the client.
 * - Entries, but none on the date: one signal per part, with the date.
 * Dates as the woonplaats controls take them; parts they skip (deletions, StatusAanlevering 3) are
 * skipped here too. On 315/317 only for iJw, where WP003 runs.
 */
interface Peil {
  readonly pad: string;
  readonly datum: string;
}

function onbekend(bsn: string, peilingen: readonly Peil[], ctx: ControlContext): RuleFinding[] {
  if (peilingen.length === 0) return [];
  const eerste = woonplaatsOp(ctx.registers, bsn, peilingen[0]!.datum);
  if (eerste.soort === 'onbekend') {
    return [{ path: '/Bericht/Client', message: 'De cliënt staat niet in het woonplaatsregister; het woonplaatsbeginsel is niet gecontroleerd.' }];
  }
  return peilingen
    .filter((p) => woonplaatsOp(ctx.registers, bsn, p.datum).soort === 'niet-op-datum')
    .map((p) => ({
      path: p.pad,
      message: `Het woonplaatsregister kent geen woonplaats van de cliënt op ${datumTekst(p.datum)}; het woonplaatsbeginsel is niet gecontroleerd.`,
    }));
}

export default defineRule<ControlContext>({
  code: 'WP004',
  level: 'eigen',
  gevolg: 'signaal',
  description: 'Het woonplaatsregister kent de woonplaats van de cliënt op de datum die de woonplaatscontrole nodig heeft.',
  check: {
    '301': (b, ctx) =>
      onbekend(
        b.Client.Bsn,
        b.Client.ToegewezenProducten.flatMap((p, i) =>
          isVerwijderd(p) ? [] : [{ pad: `/Bericht/Client/ToegewezenProducten/ToegewezenProduct[${i + 1}]`, datum: p.Ingangsdatum }],
        ),
        ctx,
      ),
    '305': (b, ctx) =>
      onbekend(
        b.Client.Bsn,
        b.Client.StartProducten.flatMap((p, i) =>
          p.StatusAanlevering === '3' ? [] : [{ pad: `/Bericht/Client/StartProducten/StartProduct[${i + 1}]`, datum: p.Begindatum }],
        ),
        ctx,
      ),
    '307': (b, ctx) =>
      onbekend(
        b.Client.Bsn,
        b.Client.StopProducten.flatMap((p, i) =>
          p.StatusAanlevering === '3' ? [] : [{ pad: `/Bericht/Client/StopProducten/StopProduct[${i + 1}]`, datum: p.Begindatum }],
        ),
        ctx,
      ),
    '315': (b, ctx) =>
      ctx.standaard.id !== 'iJw'
        ? []
        : onbekend(
            b.Client.Bsn,
            b.Client.AangevraagdeProducten.map((p, i) => ({ pad: `/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[${i + 1}]`, datum: p.ToewijzingIngangsdatum })),
            ctx,
          ),
    '317': (b, ctx) => {
      if (ctx.standaard.id !== 'iJw') return [];
      const v = b.Client.Verzoek;
      const data = [...(v.TeWijzigenProducten ?? []), ...(v.NieuweProducten ?? [])].map((p) => p.GewensteIngangsdatum).sort();
      const datum = data[0] ?? b.Header.BerichtIdentificatie.Dagtekening;
      return onbekend(b.Client.Bsn, [{ pad: '/Bericht/Client/Verzoek', datum }], ctx);
    },
  },
});

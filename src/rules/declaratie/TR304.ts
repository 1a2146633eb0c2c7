import type { ControlContext } from '../../control/context.js';
import { koppelToewijzing, prestatieSleutel } from '../../control/toewijzing-koppeling.js';
import { clienten323 } from '../paden.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { met303 } from '../legacy/als323.js';

/**
 * TR304: the Bsn must be that of a client of the gemeente's toewijzingen. The standard places TR304
 * on Client/Bsn, so the finding rejects the Client with all its prestaties (IV087: they are returned
 * with 0233): when the gemeente (Ontvanger) never issued a toewijzing for this Bsn to this aanbieder
 * (Afzender), and when a prestatie of the client is on a toewijzing issued for another client ("de
 * prestatie hoort niet bij deze client").
 *
 * For a 317 the Bsn must be a client with toewijzingen of this gemeente for this aanbieder, and the
 * toewijzingen it names (OngewijzigdProduct, TeWijzigenProduct) must be that client's.
 */
const heeftToewijzing = (ctx: ControlContext, gemeente: string, agb: string, bsn: string): boolean =>
  ctx.geheugen.toewijzingenVanClient(gemeente, bsn).some((t) => t.agb === agb);

const ONBEKEND =
  'Deze gemeente heeft aan deze aanbieder geen toewijzing voor deze cliënt (BSN) afgegeven; de cliënt is voor deze aanbieder niet bekend.';

export default defineRule<ControlContext>({
  code: 'TR304',
  retourcode: '8187',
  level: 'berichtoverstijgend',
  description: 'Bsn moet overeenkomen met Bsn van een Client.',
  check: met303({
    '317': (b, ctx) => {
      const gemeente = b.Header.Ontvanger;
      const agb = b.Header.Afzender;
      const bsn = b.Client.Bsn;
      if (!heeftToewijzing(ctx, gemeente, agb, bsn)) return [{ path: '/Bericht/Client/Bsn', message: ONBEKEND }];
      const verzoek = b.Client.Verzoek;
      const nummers = [...(verzoek.OngewijzigdeProducten ?? []), ...(verzoek.TeWijzigenProducten ?? [])].map((p) => p.ToewijzingNummer);
      const vreemd = nummers.filter((n) => {
        const t = ctx.geheugen.toewijzing(gemeente, n);
        return t !== undefined && t.agb === agb && t.bsn !== bsn;
      });
      if (vreemd.length === 0) return [];
      return [
        {
          path: '/Bericht/Client/Bsn',
          message: `Het verzoek noemt ${vreemd.length === 1 ? 'toewijzing' : 'toewijzingen'} ${vreemd.join(', ')}, die voor een andere cliënt ${vreemd.length === 1 ? 'is' : 'zijn'} afgegeven dan de cliënt van dit verzoek.`,
        },
      ];
    },
    '323': (b, ctx) => {
      const gemeente = b.Header.Ontvanger;
      const agb = b.Header.Afzender;
      const findings: RuleFinding[] = [];
      for (const c of clienten323(b)) {
        const path = `${c.pad}/Bsn`;
        if (!heeftToewijzing(ctx, gemeente, agb, c.item.Bsn)) {
          findings.push({ path, message: ONBEKEND });
          continue;
        }
        const vreemd = [
          ...new Set(
            c.item.Prestaties.filter(
              (p) => koppelToewijzing(ctx.geheugen, prestatieSleutel(b, { item: p, client: c.item })).soort === 'andere-client',
            ).map((p) => p.ToewijzingNummer),
          ),
        ];
        if (vreemd.length === 0) continue;
        findings.push({
          path,
          message: `${vreemd.length === 1 ? 'Toewijzing' : 'Toewijzingen'} ${vreemd.join(', ')} ${vreemd.length === 1 ? 'is' : 'zijn'} voor een andere cliënt afgegeven; de prestaties daarop horen niet bij deze cliënt.`,
        });
      }
      return findings;
    },
  }),
});

import type { ControlContext } from '../../control/context.js';
import { euro } from '../../control/tarief.js';
import { koppelToewijzing, prestatieSleutel } from '../../control/toewijzing-koppeling.js';
import {
  crediteertGoedgekeurdeDebet,
  overschrijdingen,
  prestatiesPerToewijzing,
  saldo,
  tellendePrestaties,
  type BerichtPost,
  type Post,
} from '../../control/verbruik.js';
import { maandVan } from '../../control/kalender.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * TR369: on a toewijzing with a Budget (eurocents), the prestaties together stay within it. The
 * Budget is money, so what is added up is IngediendBedrag (for Eenheid 83 the same as GeleverdVolume,
 * CS339): every earlier prestatie on the toewijzing that was not rejected, minus credits, plus this
 * message's credits of approved debets, plus its debets in document order. The debets that push the
 * total over the Budget are rejected; the ones after them are judged on what remains.
 */
export default defineRule<ControlContext>({
  code: 'TR369',
  retourcode: '9369',
  level: 'berichtoverstijgend',
  description:
    'Indien in het ToegewezenProduct een Budget is meegegeven, moet de som van GeleverdVolume in alle ingediende Prestaties die betrekking hebben op dat ToegewezenProduct passen binnen het toegewezen Budget.',
  check: {
    '323': (b, ctx) => {
      const gemeente = b.Header.Ontvanger;
      const agb = b.Header.Afzender;
      const findings: RuleFinding[] = [];
      for (const [nummer, groep] of prestatiesPerToewijzing(b)) {
        const t = ctx.geheugen.toewijzing(gemeente, nummer);
        if (!t || t.budget === undefined) continue;
        const budget = t.budget;
        const eigen = groep.filter((p) => koppelToewijzing(ctx.geheugen, prestatieSleutel(b, p)).soort === 'gekoppeld');
        const eerder: Post[] = tellendePrestaties(ctx.geheugen.prestatiesOpToewijzing(gemeente, nummer)).map((f) => ({
          maand: maandVan(f.periodeBegin),
          hoeveelheid: f.bedrag,
          credit: f.debetCredit === 'C',
        }));
        const alsPost = (p: (typeof eigen)[number]) => ({
          maand: maandVan(p.item.ProductPeriode.Begindatum),
          hoeveelheid: p.item.IngediendBedrag.Bedrag,
          credit: p.item.IngediendBedrag.DebetCredit === 'C',
        });
        const credits = eigen.filter((p) => p.item.IngediendBedrag.DebetCredit === 'C' && crediteertGoedgekeurdeDebet(ctx.geheugen, agb, p.item)).map(alsPost);
        const debets: BerichtPost<string>[] = eigen
          .filter((p) => p.item.IngediendBedrag.DebetCredit !== 'C')
          .map((p) => ({ ...alsPost(p), item: p.pad }));
        const teVeel = overschrijdingen(eerder, credits, debets, (posten) => {
          const som = saldo(posten);
          return som > budget ? euro(som) : undefined;
        });
        for (const { post, reden } of teVeel) {
          findings.push({
            path: `${post.item}/GeleverdVolume`,
            message: `Met deze prestatie (${euro(post.hoeveelheid)}) komt het totaal gedeclareerd op toewijzing ${nummer} op ${reden}, meer dan het toegewezen budget van ${euro(budget)}.`,
          });
        }
      }
      return findings;
    },
  },
});

import type { ControlContext } from '../../control/context.js';
import { maandTekst, maandVan, periodeTekst } from '../../control/kalender.js';
import { maandMaximum, omvangTekst, omvangVan, volumeTekst, volumeToets, type VolumeToets } from '../../control/prestatie-volume.js';
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
import { maximumOverLoopduur, schaal, toewijzingSchaal } from '../../control/volume.js';
import type { Prestatie323 } from '../../standard/berichten.generated.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * TR322: the sum of GeleverdVolume of all prestaties on a toewijzing with an Omvang fits the Omvang:
 * - over the whole loopduur: Volume x the days / calendar weeks / calendar months of the toewijzing,
 *   or Volume for Frequentie 6 (no limit for an open-ended toewijzing with another Frequentie);
 * - within one calendar month: the prestaties of that month together fit the month's maximum (for an
 *   aspecifieke toewijzing several products may be declared over the same month).
 * Earlier prestaties count unless rejected; credits (earlier ones, and this message's that credit
 * an approved debet) count down. A debet that alone exceeds its ProductPeriode's maximum is TR321's
 * and left out here. Hours and minutes add up in minutes.
 */
interface Debet {
  readonly pad: string;
  readonly item: Prestatie323;
  readonly toets: VolumeToets;
}

export default defineRule<ControlContext>({
  code: 'TR322',
  retourcode: '9322',
  level: 'berichtoverstijgend',
  description:
    'Indien in het ToegewezenProduct een Omvang is meegegeven, moet de som van GeleverdVolume in alle ingediende Prestaties die betrekking hebben op dat ToegewezenProduct passen binnen de toegewezen Omvang.',
  check: {
    '323': (b, ctx) => {
      const gemeente = b.Header.Ontvanger;
      const agb = b.Header.Afzender;
      const std = ctx.standaard.id;
      const findings: RuleFinding[] = [];
      for (const [nummer, groep] of prestatiesPerToewijzing(b)) {
        const t = ctx.geheugen.toewijzing(gemeente, nummer);
        const omvang = t && omvangVan(t);
        if (!t || !omvang) continue;
        const eigen = groep.filter((p) => koppelToewijzing(ctx.geheugen, prestatieSleutel(b, p)).soort === 'gekoppeld');
        const ts = toewijzingSchaal(omvang.eenheid);
        const totaal = maximumOverLoopduur(omvang, { begin: t.ingangsdatum, eind: t.einddatum });
        const alsPost = (periodeBegin: string, volume: number, eenheid: string, credit: boolean): Post[] => {
          const s = schaal(eenheid, omvang.eenheid);
          return s === undefined ? [] : [{ maand: maandVan(periodeBegin), hoeveelheid: volume * s, credit }];
        };
        const eerder = tellendePrestaties(ctx.geheugen.prestatiesOpToewijzing(gemeente, nummer)).flatMap((f) =>
          alsPost(f.periodeBegin, f.geleverdVolume, f.eenheid, f.debetCredit === 'C'),
        );
        const credits = eigen
          .filter((p) => p.item.IngediendBedrag.DebetCredit === 'C' && crediteertGoedgekeurdeDebet(ctx.geheugen, agb, p.item))
          .flatMap((p) => alsPost(p.item.ProductPeriode.Begindatum, p.item.GeleverdVolume, p.item.Eenheid, true));
        const debets: BerichtPost<Debet>[] = [];
        for (const p of eigen) {
          if (p.item.IngediendBedrag.DebetCredit === 'C') continue;
          const toets = volumeToets(ctx, b, p.item, t);
          if (!toets || toets.geleverd > toets.maximum) continue;
          debets.push({ maand: maandVan(p.item.ProductPeriode.Begindatum), hoeveelheid: toets.geleverd, credit: false, item: { pad: p.pad, item: p.item, toets } });
        }
        const teVeel = overschrijdingen(eerder, credits, debets, (posten, nieuw) => {
          const som = saldo(posten);
          if (totaal !== undefined && som > totaal * ts) {
            return `samen ${volumeTekst(nieuw.item.toets, som, std)}, meer dan de ${volumeTekst(nieuw.item.toets, totaal * ts, std)} die de toewijzing (${omvangTekst(nieuw.item.toets, std)}, ${periodeTekst({ begin: t.ingangsdatum, eind: t.einddatum })}) over de hele looptijd toestaat`;
          }
          const maandMax = maandMaximum(nieuw.item.toets, nieuw.item.item);
          const maandSom = saldo(posten.filter((p) => p.maand === nieuw.maand));
          if (maandMax !== undefined && maandSom > maandMax) {
            return `samen ${volumeTekst(nieuw.item.toets, maandSom, std)} in ${maandTekst(nieuw.maand)}, meer dan de ${volumeTekst(nieuw.item.toets, maandMax, std)} die de toewijzing (${omvangTekst(nieuw.item.toets, std)}) in die maand toestaat`;
          }
          return undefined;
        });
        for (const { post, reden } of teVeel) {
          findings.push({
            path: `${post.item.pad}/GeleverdVolume`,
            message: `Met deze prestatie komen de prestaties op toewijzing ${nummer} op ${reden}.`,
          });
        }
      }
      return findings;
    },
  },
});

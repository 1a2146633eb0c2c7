import type { ControlContext } from '../../control/context.js';
import type { PrestatieFeit } from '../../control/feiten.js';
import { overlapt, periodeTekst } from '../../control/kalender.js';
import { prestaties } from '../paden.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { met303 } from '../legacy/als323.js';

/**
 * TR389: a debet may be sent for a ToewijzingNummer, ProductCategorie, ProductCode and ProductPeriode
 * only when no earlier debet for them is still standing. An earlier debet stops standing when it was
 * rejected (a rejected prestatie is never credited, IV085, and may be sent again) or when it has a
 * credit: a credit for the same ProductPeriode whose VorigReferentieNummer is its ReferentieNummer,
 * sent earlier (not rejected) or in this same message (OP366: credits are processed before debets;
 * IV086 allows a credit and the new debet in one message). ProductPeriodes of one toewijzing lie in
 * one calendar month each (TR387, TR388), so "the same ProductPeriode" is taken as overlapping ones.
 * Two debets for the same in this message are TR416's (in-message).
 */
export default defineRule<ControlContext>({
  code: 'TR389',
  retourcode: '9389',
  level: 'berichtoverstijgend',
  description:
    'Prestatie met DebetCredit in IngediendBedrag waarde Debet mag alleen ingezonden worden voor dezelfde ProductPeriode, ProductCategorie en ProductCode met gelijk ToewijzingNummer als er niet al eerder een debetprestatie is verzonden.',
  check: met303({
    '323': (b, ctx) => {
      const gemeente = b.Header.Ontvanger;
      const agb = b.Header.Afzender;
      const creditsInBericht = [...prestaties(b)]
        .filter((p) => p.item.IngediendBedrag.DebetCredit === 'C' && p.item.ProductReferentie.VorigReferentieNummer !== undefined)
        .map((p) => p.item);
      const findings: RuleFinding[] = [];
      for (const p of prestaties(b)) {
        if (p.item.IngediendBedrag.DebetCredit === 'C') continue;
        const periode = { begin: p.item.ProductPeriode.Begindatum, eind: p.item.ProductPeriode.Einddatum };
        const opToewijzing = ctx.geheugen.prestatiesOpToewijzing(gemeente, p.item.ToewijzingNummer).filter((f) => f.agb === agb);
        const gecrediteerd = (d: PrestatieFeit): boolean =>
          opToewijzing.some(
            (c) =>
              c.debetCredit === 'C' &&
              c.status !== 'afgewezen' &&
              c.vorigReferentieNummer === d.referentieNummer &&
              c.periodeBegin === d.periodeBegin &&
              c.periodeEind === d.periodeEind,
          ) ||
          creditsInBericht.some(
            (c) =>
              c.ProductReferentie.VorigReferentieNummer === d.referentieNummer &&
              c.ProductPeriode.Begindatum === d.periodeBegin &&
              c.ProductPeriode.Einddatum === d.periodeEind,
          );
        const staand = opToewijzing.filter(
          (f) =>
            f.debetCredit === 'D' &&
            f.status !== 'afgewezen' &&
            f.productcategorie === p.item.ProductCategorie &&
            f.productcode === p.item.ProductCode &&
            overlapt({ begin: f.periodeBegin, eind: f.periodeEind }, periode) &&
            !gecrediteerd(f),
        );
        if (staand.length === 0) continue;
        findings.push({
          path: p.pad,
          message: `Voor toewijzing ${p.item.ToewijzingNummer}, product ${p.item.ProductCode} en productperiode ${periodeTekst(periode)} is al debetprestatie ${staand.map((f) => f.referentieNummer).join(', ')} ingediend en niet gecrediteerd; crediteer die eerst.`,
        });
      }
      return findings;
    },
  }),
});

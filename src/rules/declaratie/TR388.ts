import type { ControlContext } from '../../control/context.js';
import { datumTekst, laatsteVanMaand, maandVan } from '../../control/kalender.js';
import { gekoppeldeDebetPrestaties } from '../../control/toewijzing-koppeling.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * TR388: the ProductPeriode ends on the last day of its calendar month, or on the toewijzing's
 * Einddatum when that lies earlier in the same month (IV089).
 */
export function verwachteEinddatum(einddatum: string, toewijzingEinddatum: string | undefined): string {
  const laatste = laatsteVanMaand(einddatum);
  return toewijzingEinddatum !== undefined && maandVan(toewijzingEinddatum) === maandVan(einddatum) && toewijzingEinddatum < laatste
    ? toewijzingEinddatum
    : laatste;
}

export default defineRule<ControlContext>({
  code: 'TR388',
  retourcode: '9388',
  level: 'berichtoverstijgend',
  description:
    'De Einddatum van een ProductPeriode is altijd de laatste dag van de kalendermaand waarop de ProductPeriode betrekking heeft tenzij de Einddatum van de toewijzing eerder in de betreffende maand ligt',
  check: {
    '323': (b, ctx) => {
      const findings: RuleFinding[] = [];
      for (const p of gekoppeldeDebetPrestaties(b, ctx.geheugen)) {
        const eind = p.item.ProductPeriode.Einddatum;
        const verwacht = verwachteEinddatum(eind, p.toewijzing.einddatum);
        if (eind === verwacht) continue;
        const tEind = p.toewijzing.einddatum;
        findings.push({
          path: `${p.pad}/ProductPeriode`,
          message: `De productperiode eindigt op ${datumTekst(eind)}; verwacht is ${datumTekst(verwacht)} (de laatste dag van de maand${tEind !== undefined ? `, of de eerdere einddatum ${datumTekst(tEind)} van toewijzing ${p.item.ToewijzingNummer} in die maand` : ''}).`,
        });
      }
      return findings;
    },
  },
});

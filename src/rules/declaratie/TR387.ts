import type { ControlContext } from '../../control/context.js';
import { datumTekst, eersteVanMaand, maandVan } from '../../control/kalender.js';
import { gekoppeldeDebetPrestaties } from '../../control/toewijzing-koppeling.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * TR387: the ProductPeriode begins on the first day of its calendar month, or on the toewijzing's
 * Ingangsdatum when that lies later in the same month (IV089).
 */
export function verwachteBegindatum(begindatum: string, ingangsdatum: string): string {
  const eerste = eersteVanMaand(begindatum);
  return maandVan(ingangsdatum) === maandVan(begindatum) && ingangsdatum > eerste ? ingangsdatum : eerste;
}

export default defineRule<ControlContext>({
  code: 'TR387',
  retourcode: '9387',
  level: 'berichtoverstijgend',
  description:
    'De Begindatum van een ProductPeriode is altijd de eerste dag van de kalendermaand waarop de ProductPeriode betrekking heeft tenzij de Ingangsdatum van de toewijzing later in de betreffende maand ligt',
  check: {
    '323': (b, ctx) => {
      const findings: RuleFinding[] = [];
      for (const p of gekoppeldeDebetPrestaties(b, ctx.geheugen)) {
        const begin = p.item.ProductPeriode.Begindatum;
        const verwacht = verwachteBegindatum(begin, p.toewijzing.ingangsdatum);
        if (begin === verwacht) continue;
        findings.push({
          path: `${p.pad}/ProductPeriode`,
          message: `De productperiode begint op ${datumTekst(begin)}; verwacht is ${datumTekst(verwacht)} (de eerste dag van de maand, of de latere ingangsdatum ${datumTekst(p.toewijzing.ingangsdatum)} van toewijzing ${p.item.ToewijzingNummer} in die maand).`,
        });
      }
      return findings;
    },
  },
});

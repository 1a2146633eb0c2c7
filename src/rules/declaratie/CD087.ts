/**
 * CD087: ProductTarief of a Prestatie is filled exactly when Eenheid is not 83 (euro's). With Eenheid
 * 83 the GeleverdVolume is itself the amount in eurocents (CS339), so there is no tarief.
 */
import { defineRule } from '../rule.js';
import { prestaties } from '../paden.js';

const EURO = '83';

export default defineRule({
  code: 'CD087',
  retourcode: '0001',
  level: 'bericht',
  description: "Als eenheid ongelijk is aan 83 (euro's) dan verplicht vullen, anders leeg laten.",
  check: {
    '323': (b) =>
      [...prestaties(b)]
        .filter((p) => (p.item.Eenheid === EURO) === (p.item.ProductTarief !== undefined))
        .map((p) => ({
          path: `${p.pad}/ProductTarief`,
          message:
            p.item.Eenheid === EURO
              ? "Bij Eenheid 83 (euro's) mag ProductTarief niet gevuld zijn; het GeleverdVolume is dan zelf het bedrag."
              : `Bij Eenheid ${p.item.Eenheid} is ProductTarief verplicht; het ontbreekt.`,
        })),
  },
});

/**
 * CS337: the Einddatum of a ProductPeriode lies in the same calendar month of the same year as its
 * Begindatum: a prestatie never spans months. The rule names the Einddatum; the finding is on it.
 * (Whether the Einddatum is on or after the Begindatum is TR137's.)
 */
import { defineRule } from '../rule.js';
import { prestaties } from '../paden.js';
import { datumwaarde } from '../datum.js';

/** Year and month as one number (jaar × 100 + maand). */
const maand = (datum: string): number => Math.floor(datumwaarde(datum) / 100);

export default defineRule({
  code: 'CS337',
  retourcode: '0001',
  level: 'bericht',
  description:
    'Einddatum in de ProductPeriode vullen met een datum die valt in dezelfde kalendermaand en jaar als de Begindatum van de ProductPeriode',
  check: {
    '323': (b) =>
      [...prestaties(b)]
        .filter((p) => maand(p.item.ProductPeriode.Begindatum) !== maand(p.item.ProductPeriode.Einddatum))
        .map((p) => ({
          path: `${p.pad}/ProductPeriode/Einddatum`,
          message: `De ProductPeriode (${p.item.ProductPeriode.Begindatum} t/m ${p.item.ProductPeriode.Einddatum}) loopt over meer dan één kalendermaand; de Einddatum moet in dezelfde maand en hetzelfde jaar liggen als de Begindatum.`,
        })),
  },
});

/**
 * TR335: the Einddatum of a ProductPeriode lies not more than 5 years before the
 * DeclaratieDagtekening (the date in the Declaratie, not the Dagtekening of the header).
 *
 * "5 jaar" as calendar years, counted from the Einddatum: the prestatie is too old when the same
 * month and day 5 years after its Einddatum lie before the DeclaratieDagtekening. Exactly 5 years is
 * still allowed. For a 29 February this needs no invented date: 5 years after 2020-02-29 is "2025,
 * month 2, day 29", which is after 2025-02-28 and before 2025-03-01 (so on 2025-02-28 the prestatie
 * may still be declared, on 2025-03-01 no longer); and on a DeclaratieDagtekening of 2024-02-29 an
 * Einddatum of 2019-02-28 is too old (5 years later is 2024-02-28). This is the comparison the
 * standard's own validation sheets use for "N jaar" (year + N on the date as a number).
 */
import { defineRule } from '../rule.js';
import { prestaties } from '../paden.js';
import { datumwaarde } from '../datum.js';

const JAREN = 5;

export default defineRule({
  code: 'TR335',
  retourcode: '0001',
  level: 'bericht',
  description: 'Einddatum mag niet meer dan 5 jaar voor DeclaratieDagtekening liggen.',
  check: {
    '323': (b) => {
      const dagtekening = b.Declaratie.DeclaratieDagtekening;
      const grens = datumwaarde(dagtekening);
      return [...prestaties(b)]
        .filter((p) => datumwaarde(p.item.ProductPeriode.Einddatum) + JAREN * 10000 < grens)
        .map((p) => ({
          path: `${p.pad}/ProductPeriode/Einddatum`,
          message: `De Einddatum van de ProductPeriode (${p.item.ProductPeriode.Einddatum}) ligt meer dan ${JAREN} jaar voor de DeclaratieDagtekening (${dagtekening}); zo oude prestaties kunnen niet meer gedeclareerd worden.`,
        }));
    },
  },
});

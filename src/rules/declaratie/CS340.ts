/**
 * CS340: the DeclaratiePeriode is exactly one whole calendar month: it begins on the first day of a
 * month and ends on the last day of that same month (28, 29, 30 or 31, leap years included).
 */
import { defineRule } from '../rule.js';
import { dagenInMaand, datumdelen } from '../datum.js';

export default defineRule({
  code: 'CS340',
  retourcode: '0001',
  level: 'bericht',
  description: 'De periode is exact gelijk aan 1 hele kalendermaand',
  check: {
    '323': (b) => {
      const p = b.Declaratie.DeclaratiePeriode;
      const begin = datumdelen(p.Begindatum);
      const eind = datumdelen(p.Einddatum);
      const heleMaand =
        begin.dag === 1 && eind.jaar === begin.jaar && eind.maand === begin.maand && eind.dag === dagenInMaand(begin.jaar, begin.maand);
      if (heleMaand) return [];
      return [
        {
          path: '/Bericht/Declaratie/DeclaratiePeriode',
          message: `De DeclaratiePeriode (${p.Begindatum} t/m ${p.Einddatum}) is geen hele kalendermaand; zij loopt van de eerste tot en met de laatste dag van één maand.`,
        },
      ];
    },
  },
});

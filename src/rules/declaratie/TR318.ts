import type { ControlContext } from '../../control/context.js';
import { eersteVanMaand, laatsteVanMaand, maandVan, periodeTekst, plusDagen } from '../../control/kalender.js';
import { defineRule } from '../rule.js';

/**
 * TR318 (with OP284, IV090): the aanbieder's declaratieperiodes to a gemeente form a chain of
 * calendar months.
 * - The DeclaratiePeriode may not lie before the last one declared before (a second declaratie over
 *   the same month, for corrections and late prestaties, is allowed).
 * - Months may be skipped only when no care was delivered in them: a declaratie after a gap must be
 *   over the month in which care was delivered again, so it may not hold prestaties whose
 *   ProductPeriode lies in a skipped month (between the last declared month and its own).
 * The first declaratie of an aanbieder to a gemeente starts the chain.
 */
export default defineRule<ControlContext>({
  code: 'TR318',
  retourcode: '8214',
  level: 'berichtoverstijgend',
  description:
    'Indien iedere DeclaratiePeriode zorg is geleverd, moet DeclaratiePeriode de kalendermaand volgend op voorgaande DeclaratiePeriode zijn.',
  check: {
    '323': (b, ctx) => {
      const periode = b.Declaratie.DeclaratiePeriode;
      const eerder = ctx.geheugen.declaraties(b.Header.Afzender, b.Header.Ontvanger);
      if (eerder.length === 0) return [];
      const laatste = eerder.reduce((a, d) => (d.periodeBegin > a.periodeBegin ? d : a));
      const path = '/Bericht/Declaratie/DeclaratiePeriode';
      const vorige = periodeTekst({ begin: laatste.periodeBegin, eind: laatste.periodeEind });
      if (maandVan(periode.Begindatum) < maandVan(laatste.periodeBegin)) {
        return [
          {
            path,
            message: `De declaratieperiode ${periodeTekst({ begin: periode.Begindatum, eind: periode.Einddatum })} ligt vóór de laatst gedeclareerde periode ${vorige}; declareer met die of een latere periode.`,
          },
        ];
      }
      const volgende = eersteVanMaand(plusDagen(laatsteVanMaand(laatste.periodeBegin), 1));
      const overgeslagen = { begin: volgende, eind: plusDagen(eersteVanMaand(periode.Begindatum), -1) };
      if (overgeslagen.eind < overgeslagen.begin) return [];
      const zorgInGat = b.Declaratie.Clienten.flatMap((c) => c.Prestaties).some(
        (p) => p.ProductPeriode.Begindatum <= overgeslagen.eind && p.ProductPeriode.Einddatum >= overgeslagen.begin,
      );
      if (!zorgInGat) return [];
      return [
        {
          path,
          message: `Na de laatst gedeclareerde periode ${vorige} is ${periodeTekst(overgeslagen)} overgeslagen, terwijl deze declaratie prestaties in die periode bevat (er is toen zorg geleverd); alleen maanden zonder zorg mogen worden overgeslagen.`,
        },
      ];
    },
  },
});

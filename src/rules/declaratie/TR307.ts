import type { ControlContext } from '../../control/context.js';
import { datumTekst } from '../../control/kalender.js';
import { gekoppeldeDebetPrestaties } from '../../control/toewijzing-koppeling.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { met303 } from '../legacy/als323.js';

/** TR307: the ProductPeriode starts on or after the Ingangsdatum of the toewijzing (its version in force). */
export default defineRule<ControlContext>({
  code: 'TR307',
  retourcode: '9307',
  level: 'berichtoverstijgend',
  description: 'Begindatum in ProductPeriode in Prestatie moet groter dan of gelijk zijn aan Ingangsdatum in ToegewezenProduct.',
  check: met303({
    '323': (b, ctx) => {
      const findings: RuleFinding[] = [];
      for (const p of gekoppeldeDebetPrestaties(b, ctx.geheugen)) {
        const begin = p.item.ProductPeriode.Begindatum;
        if (begin >= p.toewijzing.ingangsdatum) continue;
        findings.push({
          path: `${p.pad}/ProductPeriode`,
          message: `De productperiode begint op ${datumTekst(begin)}, vóór de ingangsdatum ${datumTekst(p.toewijzing.ingangsdatum)} van toewijzing ${p.item.ToewijzingNummer}.`,
        });
      }
      return findings;
    },
  }),
});

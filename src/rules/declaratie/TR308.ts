import type { ControlContext } from '../../control/context.js';
import { datumTekst } from '../../control/kalender.js';
import { gekoppeldeDebetPrestaties } from '../../control/toewijzing-koppeling.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { met303 } from '../legacy/als323.js';

/** TR308: the ProductPeriode ends on or before the Einddatum of the toewijzing (its version in force), if it has one. */
export default defineRule<ControlContext>({
  code: 'TR308',
  retourcode: '9308',
  level: 'berichtoverstijgend',
  description: 'Einddatum in ProductPeriode in Prestatie moet kleiner dan of gelijk zijn aan Einddatum in ToegewezenProduct, indien die gevuld is.',
  check: met303({
    '323': (b, ctx) => {
      const findings: RuleFinding[] = [];
      for (const p of gekoppeldeDebetPrestaties(b, ctx.geheugen)) {
        const eind = p.item.ProductPeriode.Einddatum;
        const tEind = p.toewijzing.einddatum;
        if (tEind === undefined || eind <= tEind) continue;
        findings.push({
          path: `${p.pad}/ProductPeriode`,
          message: `De productperiode eindigt op ${datumTekst(eind)}, na de einddatum ${datumTekst(tEind)} van toewijzing ${p.item.ToewijzingNummer}.`,
        });
      }
      return findings;
    },
  }),
});

import type { ControlContext } from '../../control/context.js';
import { gekoppeldeDebetPrestaties } from '../../control/toewijzing-koppeling.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { met303 } from '../legacy/als323.js';

/** TR339: the ProductCategorie is the toewijzing's, when the toewijzing names one (a generieke toewijzing names none). */
export default defineRule<ControlContext>({
  code: 'TR339',
  retourcode: '9339',
  level: 'berichtoverstijgend',
  description: 'ProductCategorie in Prestatie moet gelijk zijn aan ProductCategorie in het ToegewezenProduct indien deze opgenomen is.',
  check: met303({
    '323': (b, ctx) => {
      const findings: RuleFinding[] = [];
      for (const p of gekoppeldeDebetPrestaties(b, ctx.geheugen)) {
        const toegewezen = p.toewijzing.productcategorie;
        if (toegewezen === undefined || toegewezen === p.item.ProductCategorie) continue;
        findings.push({
          path: `${p.pad}/ProductCategorie`,
          message: `ProductCategorie ${p.item.ProductCategorie} wijkt af van de toegewezen productcategorie ${toegewezen} in toewijzing ${p.item.ToewijzingNummer}.`,
        });
      }
      return findings;
    },
  }),
});

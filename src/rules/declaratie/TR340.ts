import type { ControlContext } from '../../control/context.js';
import { gekoppeldeDebetPrestaties } from '../../control/toewijzing-koppeling.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { met303 } from '../legacy/als323.js';

/** TR340: the ProductCode is the toewijzing's, when the toewijzing names one (aspecifiek and generiek name none). */
export default defineRule<ControlContext>({
  code: 'TR340',
  retourcode: '9340',
  level: 'berichtoverstijgend',
  description: 'ProductCode in Prestatie moet gelijk zijn aan ProductCode in het ToegewezenProduct, indien deze opgenomen is.',
  check: met303({
    '323': (b, ctx) => {
      const findings: RuleFinding[] = [];
      for (const p of gekoppeldeDebetPrestaties(b, ctx.geheugen)) {
        const toegewezen = p.toewijzing.productcode;
        if (toegewezen === undefined || toegewezen === p.item.ProductCode) continue;
        findings.push({
          path: `${p.pad}/ProductCode`,
          message: `ProductCode ${p.item.ProductCode} wijkt af van de toegewezen productcode ${toegewezen} in toewijzing ${p.item.ToewijzingNummer}.`,
        });
      }
      return findings;
    },
  }),
});

import type { ControlContext } from '../../control/context.js';
import { contractDekking } from '../../control/contract-dekking.js';
import { datumTekst, periodeTekst } from '../../control/kalender.js';
import { prestaties } from '../paden.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { met303 } from '../legacy/als323.js';

/**
 * CT001 (our own): a prestatie must be contracted: contracts of this aanbieder with this gemeente for
 * its ProductCode, or for its whole ProductCategorie, together cover every day of its ProductPeriode.
 * Otherwise the prestatie is rejected with 0611 (the standard's code for a tarief/contract mismatch)
 * and a finding that says "niet gecontracteerd"; TR418 (tarief wijkt af) then stays silent on it.
 * Credits withdraw an approved debet and are not judged on the contract (IV085).
 */
export default defineRule<ControlContext>({
  code: 'CT001',
  retourcode: '0611',
  level: 'eigen',
  description:
    'Een prestatie moet vallen onder een contract van de aanbieder met de gemeente voor de ProductCode of de hele ProductCategorie, over de hele ProductPeriode (niet gecontracteerd).',
  check: met303({
    '323': (b, ctx) => {
      const gemeente = b.Header.Ontvanger;
      const findings: RuleFinding[] = [];
      for (const p of prestaties(b)) {
        if (p.item.IngediendBedrag.DebetCredit === 'C') continue;
        const periode = { begin: p.item.ProductPeriode.Begindatum, eind: p.item.ProductPeriode.Einddatum };
        const dekking = contractDekking(ctx.registers, {
          agb: b.Header.Afzender,
          gemeente,
          productcategorie: p.item.ProductCategorie,
          productcode: p.item.ProductCode,
          periode,
        });
        if (dekking.ongedektVanaf === undefined) continue;
        const product = `product ${p.item.ProductCode} (categorie ${p.item.ProductCategorie})`;
        findings.push({
          path: `${p.pad}/ProductCode`,
          message:
            dekking.contracten.length === 0
              ? `Niet gecontracteerd: deze aanbieder heeft met gemeente ${gemeente} geen contract voor ${product} in de productperiode ${periodeTekst(periode)}.`
              : `Niet gecontracteerd: het contract van deze aanbieder met gemeente ${gemeente} voor ${product} dekt de productperiode ${periodeTekst(periode)} niet vanaf ${datumTekst(dekking.ongedektVanaf)}.`,
        });
      }
      return findings;
    },
  }),
});

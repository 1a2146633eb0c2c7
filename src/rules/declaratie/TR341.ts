import type { ControlContext } from '../../control/context.js';
import { contractDekking } from '../../control/contract-dekking.js';
import { gekoppeldeDebetPrestaties } from '../../control/toewijzing-koppeling.js';
import { EENHEID, eenheidTekst, schaal } from '../../control/volume.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * TR341: the prestatie's Eenheid is the toewijzing's; on a toewijzing in uren (04) the aanbieder may
 * also declare in minuten (01) (IV081). A toewijzing without Omvang (aspecifiek or generiek, with a
 * budget) has no Eenheid: then the Eenheid must be one the contract for the product has a tarief in
 * (uren again allowing minuten); without such a contract the rule has nothing to hold it against
 * (CT001 reports a missing contract).
 */
const pastBijContract = (eenheid: string, contractEenheid: string): boolean =>
  eenheid === contractEenheid || (contractEenheid === EENHEID.uur && eenheid === EENHEID.minuut);

export default defineRule<ControlContext>({
  code: 'TR341',
  retourcode: '9341',
  level: 'berichtoverstijgend',
  description: 'Eenheid in Prestatie moet passen bij Eenheid in het ToegewezenProduct.',
  check: {
    '323': (b, ctx) => {
      const std = ctx.standaard.id;
      const findings: RuleFinding[] = [];
      for (const p of gekoppeldeDebetPrestaties(b, ctx.geheugen)) {
        const eenheid = p.item.Eenheid;
        const toegewezen = p.toewijzing.eenheid;
        if (toegewezen !== undefined) {
          if (schaal(eenheid, toegewezen) !== undefined) continue;
          findings.push({
            path: `${p.pad}/Eenheid`,
            message: `De eenheid ${eenheidTekst(eenheid, std)} past niet bij de eenheid ${eenheidTekst(toegewezen, std)} van toewijzing ${p.item.ToewijzingNummer}.`,
          });
          continue;
        }
        const contracten = contractDekking(ctx.registers, {
          agb: b.Header.Afzender,
          gemeente: b.Header.Ontvanger,
          productcategorie: p.item.ProductCategorie,
          productcode: p.item.ProductCode,
          periode: { begin: p.item.ProductPeriode.Begindatum, eind: p.item.ProductPeriode.Einddatum },
        }).tariefContracten;
        if (contracten.length === 0 || contracten.some((c) => pastBijContract(eenheid, c.eenheid))) continue;
        const afgesproken = [...new Set(contracten.map((c) => eenheidTekst(c.eenheid, std)))].join(' of ');
        findings.push({
          path: `${p.pad}/Eenheid`,
          message: `De eenheid ${eenheidTekst(eenheid, std)} past niet bij het contract voor product ${p.item.ProductCode}, dat een tarief per ${afgesproken} kent (toewijzing ${p.item.ToewijzingNummer} noemt geen omvang).`,
        });
      }
      return findings;
    },
  },
});

import type { ControlContext } from '../../control/context.js';
import { contractDekking } from '../../control/contract-dekking.js';
import { periodeTekst } from '../../control/kalender.js';
import { euro, gelijk, minuuttarief } from '../../control/tarief.js';
import { EENHEID, eenheidTekst } from '../../control/volume.js';
import { prestaties } from '../paden.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { met303 } from '../legacy/als323.js';

/**
 * TR418: ProductTarief is the contract tarief of this aanbieder with this gemeente for the product
 * (a contract for the ProductCode itself before one for the whole categorie) valid in the
 * ProductPeriode, in the prestatie's Eenheid; for minutes under an hourly contract the minute tarief
 * uurtarief / 60 rounded half-up to a cent (IV081). A prestatie no contract covers is CT001's
 * ("niet gecontracteerd", also 0611), never TR418's; credits withdraw an approved debet and are not
 * judged on the tarief (IV085); a prestatie without ProductTarief (Eenheid 83) has none to compare.
 */
export default defineRule<ControlContext>({
  code: 'TR418',
  retourcode: '0611',
  level: 'berichtoverstijgend',
  description: 'ProductTarief in Prestatie dient overeen te komen met het contractuele tarief van ProductCode.',
  check: met303({
    '323': (b, ctx) => {
      const std = ctx.standaard.id;
      const findings: RuleFinding[] = [];
      for (const p of prestaties(b)) {
        const { ProductTarief: tarief, Eenheid: eenheid } = p.item;
        if (tarief === undefined || p.item.IngediendBedrag.DebetCredit === 'C') continue;
        const periode = { begin: p.item.ProductPeriode.Begindatum, eind: p.item.ProductPeriode.Einddatum };
        const dekking = contractDekking(ctx.registers, {
          agb: b.Header.Afzender,
          gemeente: b.Header.Ontvanger,
          productcategorie: p.item.ProductCategorie,
          productcode: p.item.ProductCode,
          periode,
        });
        if (dekking.contracten.length === 0 || dekking.ongedektVanaf !== undefined) continue;
        const toegestaan = dekking.tariefContracten.flatMap((c) =>
          c.eenheid === eenheid
            ? [{ tarief: c.tarief, tekst: `${euro(c.tarief)} per ${eenheidTekst(c.eenheid, std)}` }]
            : c.eenheid === EENHEID.uur && eenheid === EENHEID.minuut
              ? [{ tarief: minuuttarief(c.tarief).toNumber(), tekst: `${euro(minuuttarief(c.tarief))} per minuut (uurtarief ${euro(c.tarief)} / 60, afgerond)` }]
              : [],
        );
        if (toegestaan.some((t) => gelijk(t.tarief, tarief))) continue;
        const product = `product ${p.item.ProductCode} (categorie ${p.item.ProductCategorie})`;
        const message =
          toegestaan.length === 0
            ? `Het contract voor ${product} kent geen tarief per ${eenheidTekst(eenheid, std)}, maar per ${[...new Set(dekking.tariefContracten.map((c) => eenheidTekst(c.eenheid, std)))].join(' of ')}; het ProductTarief ${euro(tarief)} is niet het contractuele tarief.`
            : `Het ProductTarief ${euro(tarief)} wijkt af van het contractuele tarief voor ${product} in de productperiode ${periodeTekst(periode)}: ${[...new Set(toegestaan.map((t) => t.tekst))].join(' of ')}.`;
        findings.push({ path: `${p.pad}/ProductTarief`, message });
      }
      return findings;
    },
  }),
});

import type { ControlContext } from '../../control/context.js';
import { contractDekking } from '../../control/contract-dekking.js';
import { bedragVoorMinuten, bedragVoorVolume, euro, gelijk, minuuttarief } from '../../control/tarief.js';
import { EENHEID } from '../../control/volume.js';
import { prestaties } from '../paden.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * TR346: unless the Eenheid is 83 (euro's), IngediendBedrag = GeleverdVolume x ProductTarief. The one
 * exception (IV081): minutes declared under an hourly contract tarief. ProductTarief then holds the
 * minute tarief (uurtarief / 60, rounded half-up to a cent) and IngediendBedrag is
 * uurtarief x minuten / 60, rounded half-up to a cent once at the end (see `src/control/tarief.ts`).
 * When the contract register holds an hourly tarief for the product whose minute tarief is the
 * ProductTarief, that formula is the one that must hold; otherwise the plain product. Debet and
 * credit alike; a prestatie without ProductTarief is CD087's.
 */
export default defineRule<ControlContext>({
  code: 'TR346',
  retourcode: '9346',
  level: 'berichtoverstijgend',
  description: 'Indien Eenheid ongelijk is aan waarde 83 (Euro’s), moet IngediendBedrag gelijk zijn aan GeleverdVolume vermenigvuldigd met ProductTarief',
  check: {
    '323': (b, ctx) => {
      const findings: RuleFinding[] = [];
      for (const p of prestaties(b)) {
        const { Eenheid: eenheid, ProductTarief: tarief, GeleverdVolume: volume, IngediendBedrag: ingediend } = p.item;
        if (eenheid === EENHEID.euro || tarief === undefined) continue;
        const uurtarieven =
          eenheid === EENHEID.minuut
            ? contractDekking(ctx.registers, {
                agb: b.Header.Afzender,
                gemeente: b.Header.Ontvanger,
                productcategorie: p.item.ProductCategorie,
                productcode: p.item.ProductCode,
                periode: { begin: p.item.ProductPeriode.Begindatum, eind: p.item.ProductPeriode.Einddatum },
              })
                .tariefContracten.filter((c) => c.eenheid === EENHEID.uur && gelijk(minuuttarief(c.tarief), tarief))
                .map((c) => c.tarief)
            : [];
        const verwacht = uurtarieven.length > 0 ? uurtarieven.map((u) => bedragVoorMinuten(u, volume)) : [bedragVoorVolume(volume, tarief)];
        if (verwacht.some((v) => gelijk(v, ingediend.Bedrag))) continue;
        const berekening =
          uurtarieven.length > 0
            ? `${volume} minuten × het contractuele uurtarief ${euro(uurtarieven[0]!)} / 60, afgerond op hele centen`
            : `${volume} × ${euro(tarief)}`;
        findings.push({
          path: `${p.pad}/IngediendBedrag`,
          message: `Het ingediende bedrag ${euro(ingediend.Bedrag)} is niet gelijk aan ${berekening} = ${euro(verwacht[0]!)}.`,
        });
      }
      return findings;
    },
  },
});

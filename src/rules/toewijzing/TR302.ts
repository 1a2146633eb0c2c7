import { defineRule } from '../rule.js';
import { overlappendeZorgperiodes, productOmschrijving } from '../zorgperiodes.js';

/**
 * Removed toewijzingen (Einddatum equal to Ingangsdatum with RedenWijziging 13, or with the old 01)
 * are not actual toewijzingen and take no part. The later of two overlapping products is reported.
 */
export default defineRule({
  code: 'TR302',
  retourcode: '0001',
  level: 'bericht',
  description: 'Een Product mag alleen vaker in een toewijzingsbericht voorkomen indien de zorgperiodes elkaar niet overlappen',
  check: {
    '301': (b, ctx) => {
      const producten = b.Client.ToegewezenProducten;
      const perioden = producten.map((p) => ({
        product: p.Product,
        begin: p.Ingangsdatum,
        eind: p.Einddatum,
        teltNiet: (p.RedenWijziging === '13' || p.RedenWijziging === '01') && p.Einddatum === p.Ingangsdatum,
      }));
      return overlappendeZorgperiodes(perioden, ctx.standaard.id).map(({ index, eerder }) => ({
        path: `/Bericht/Client/ToegewezenProducten/ToegewezenProduct[${index + 1}]`,
        message: `Dit toegewezen product (${productOmschrijving(producten[index]!.Product)}) overlapt in periode met toegewezen product ${eerder + 1} voor hetzelfde product; een product mag alleen vaker voorkomen als de periodes elkaar niet overlappen.`,
      }));
    },
  },
});

import { defineRule } from '../rule.js';
import { overlappendeZorgperiodes, productOmschrijving } from '../zorgperiodes.js';

/** The period of a NieuwProduct runs from its GewensteIngangsdatum; the later of two overlapping ones is reported. */
export default defineRule({
  code: 'TR410',
  retourcode: '0001',
  level: 'bericht',
  description: 'Een Product mag alleen vaker in de berichtklassen NieuwProduct voorkomen als de zorgperiodes elkaar niet overlappen.',
  check: {
    '317': (b, ctx) => {
      const producten = b.Client.Verzoek.NieuweProducten ?? [];
      const perioden = producten.map((p) => ({ product: p.Product, begin: p.GewensteIngangsdatum, eind: p.Einddatum }));
      return overlappendeZorgperiodes(perioden, ctx.standaard.id).map(({ index, eerder }) => ({
        path: `/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[${index + 1}]`,
        message: `Dit nieuwe product (${productOmschrijving(producten[index]!.Product)}) overlapt in periode met nieuw product ${eerder + 1} voor hetzelfde product; een product mag alleen vaker voorkomen als de periodes elkaar niet overlappen.`,
      }));
    },
  },
});

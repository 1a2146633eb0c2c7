import { defineRule } from '../rule.js';
import { overlappendeZorgperiodes, productOmschrijving } from '../zorgperiodes.js';

/** The later of two overlapping requested products is reported. */
export default defineRule({
  code: 'TR386',
  retourcode: '0001',
  level: 'bericht',
  description: 'Een Product mag alleen vaker in een verzoek om toewijzing voorkomen indien de zorgperiodes elkaar niet overlappen',
  check: {
    '315': (b, ctx) => {
      const producten = b.Client.AangevraagdeProducten;
      const perioden = producten.map((p) => ({ product: p.Product, begin: p.ToewijzingIngangsdatum, eind: p.ToewijzingEinddatum }));
      return overlappendeZorgperiodes(perioden, ctx.standaard.id).map(({ index, eerder }) => ({
        path: `/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[${index + 1}]`,
        message: `Dit aangevraagde product (${productOmschrijving(producten[index]!.Product)}) overlapt in periode met aangevraagd product ${eerder + 1} voor hetzelfde product; een product mag alleen vaker worden aangevraagd als de periodes elkaar niet overlappen.`,
      }));
    },
  },
});

import type { ControlContext } from '../../control/context.js';
import { datumTekst } from '../../control/kalender.js';
import { toewijzingIngangsdatumVan } from '../../control/regiestand.js';
import { isVerwijdering, startregel, stopregel, type Startregel } from '../../control/zorgsleutel.js';
import type { Bericht305, Bericht307, Product } from '../../standard/berichten.generated.js';
import { startProducten, stopProducten, toegewezenProducten } from '../paden.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * A ProductCode must belong to its ProductCategorie in the product code list the gemeente uses (its
 * own list or the national one it adopted, IV075), as registered per gemeente with validity periods.
 * Only a Product with a Code is checked; the categorie alone is a code list matter for the schema.
 *
 * - The list is the gemeente's of the message (Afzender of our 301, Ontvanger otherwise).
 * - Peildatum: the date the product was (to be) toegewezen from: the Ingangsdatum (301), the
 *   ToewijzingIngangsdatum (315), the GewensteIngangsdatum (317 NieuwProduct); for a start or stop
 *   line its ToewijzingIngangsdatum, else the Ingangsdatum of the toewijzing it names, else (taakgericht)
 *   its Begindatum. A code that lapsed later does not make a running toewijzing's lines wrong.
 * - Start and stop lines with StatusAanlevering 3 are corrections and get no content checks (TR063).
 * - A gemeente without any product code list in the register: nothing to hold the code against, so
 *   no finding (the list is missing, not the code wrong). Rejecting every message of that gemeente
 *   would bounce correct messages for a gap in our own reference data.
 */
function productcode(product: Product | undefined, pad: string, gemeente: string, peildatum: string, ctx: ControlContext): RuleFinding[] {
  if (product?.Code === undefined) return [];
  if (!ctx.registers.heeftProductcodelijst(gemeente)) return [];
  if (ctx.registers.productcode(gemeente, product.Categorie, product.Code, peildatum)) return [];
  return [
    {
      path: `${pad}/Product`,
      message: `Productcode ${product.Code} hoort volgens de productcodelijst van gemeente ${gemeente} op ${datumTekst(peildatum)} niet bij productcategorie ${product.Categorie}.`,
    },
  ];
}


function regiebericht(b: Bericht305 | Bericht307, regels: readonly { item: { Product?: Product }; pad: string; regel: Startregel }[], ctx: ControlContext): RuleFinding[] {
  const gemeente = b.Header.Ontvanger;
  return regels
    .filter((r) => !isVerwijdering(r.regel))
    .flatMap((r) => productcode(r.item.Product, r.pad, gemeente, toewijzingIngangsdatumVan(r.regel, gemeente, ctx), ctx));
}

export default defineRule<ControlContext>({
  code: 'TR381',
  retourcode: 'S329',
  level: 'berichtoverstijgend',
  description: 'ProductCode vullen met een code die, volgens de gehanteerde productcodelijst, past bij de ProductCategorie.',
  check: {
    '301': (b, ctx) => [...toegewezenProducten(b)].flatMap(({ item, pad }) => productcode(item.Product, pad, b.Header.Afzender, item.Ingangsdatum, ctx)),
    '305': (b, ctx) => regiebericht(b, [...startProducten(b)].map((s) => ({ ...s, regel: startregel(s.item) })), ctx),
    '307': (b, ctx) => regiebericht(b, [...stopProducten(b)].map((s) => ({ ...s, regel: stopregel(s.item) })), ctx),
    '315': (b, ctx) =>
      b.Client.AangevraagdeProducten.flatMap((p, i) =>
        productcode(p.Product, `/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[${i + 1}]`, b.Header.Ontvanger, p.ToewijzingIngangsdatum, ctx),
      ),
    '317': (b, ctx) =>
      (b.Client.Verzoek.NieuweProducten ?? []).flatMap((p, i) =>
        productcode(p.Product, `/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[${i + 1}]`, b.Header.Ontvanger, p.GewensteIngangsdatum, ctx),
      ),
  },
});

import type { ControlContext } from '../../control/context.js';
import type { Contract } from '../../control/feiten.js';
import { datumTekst, eersteOngedekteDag, periodeTekst } from '../../control/kalender.js';
import { isVerwijderd } from '../../control/toewijzing.js';
import type { Bericht301, Product } from '../../standard/berichten.generated.js';
import { toegewezenProducten } from '../paden.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * Our own control on our own 301, before it is sent: the aanbieder (the 301's Ontvanger) is
 * contracted by this gemeente (Afzender) for the toegewezen product over the whole toewijzing period.
 * - Which contracts cover the product: specific (Categorie and Code) — a contract for that categorie
 *   with that code or without a code (a contract without productcode covers the whole categorie);
 *   aspecifiek (Categorie only) — any contract in that categorie (the product codes the aanbieder then
 *   declares are checked per prestatie against the contract); generiek (no Product) — any contract of
 *   the aanbieder with the gemeente.
 * - Period: every day from Ingangsdatum to Einddatum must lie in a covering contract; consecutive
 *   contracts join (one ends on day D, the next starts on D + 1). A toewijzing without Einddatum
 *   needs a contract without einddatum at the end.
 * - A deletion (RedenWijziging 13) withdraws the toewijzing and is never held back for a contract.
 * No retourcode: the standard prescribes none for this; the 301 is held back (`tegenhouden`).
 */
function dekt(c: Contract, product: Product | undefined): boolean {
  if (!product) return true;
  if (c.productcategorie !== product.Categorie) return false;
  return product.Code === undefined || c.productcode === undefined || c.productcode === product.Code;
}

const productTekst = (p: Product | undefined): string =>
  p ? `product ${p.Categorie}${p.Code !== undefined ? `/${p.Code}` : ' (hele categorie)'}` : 'een generieke toewijzing (zonder product)';

function gecontracteerd(b: Bericht301, ctx: ControlContext): RuleFinding[] {
  const { Afzender: gemeente, Ontvanger: agb } = b.Header;
  const naam = ctx.registers.aanbiederNaam(agb);
  const aanbieder = naam ? `Aanbieder ${agb} (${naam})` : `Aanbieder ${agb}`;
  const contracten = ctx.registers.contracten(agb, gemeente);
  const findings: RuleFinding[] = [];
  for (const { item: p, pad } of toegewezenProducten(b)) {
    if (isVerwijderd(p)) continue;
    const dekking = contracten.filter((c) => dekt(c, p.Product));
    const periode = { begin: p.Ingangsdatum, eind: p.Einddatum };
    const gat = eersteOngedekteDag(periode, dekking.map((c) => ({ begin: c.ingangsdatum, eind: c.einddatum })));
    if (gat === undefined) continue;
    const wat = `${productTekst(p.Product)} (toewijzing ${p.ToewijzingNummer}, ${periodeTekst({ begin: p.Ingangsdatum, eind: p.Einddatum })})`;
    findings.push({
      path: pad,
      message:
        dekking.length === 0
          ? `${aanbieder} heeft geen contract met gemeente ${gemeente} voor ${wat}.`
          : gat === p.Ingangsdatum
            ? `${aanbieder} is bij gemeente ${gemeente} niet gecontracteerd voor ${wat} op de ingangsdatum ${datumTekst(gat)}.`
            : `${aanbieder} is bij gemeente ${gemeente} niet gecontracteerd voor ${wat} vanaf ${datumTekst(gat)}.`,
    });
  }
  return findings;
}

export default defineRule<ControlContext>({
  code: 'CT002',
  level: 'eigen',
  gevolg: 'tegenhouden',
  description:
    'De aanbieder is door de gemeente gecontracteerd voor het toegewezen product, over de hele periode van de toewijzing (niet gecontracteerd: de toewijzing wordt niet verstuurd).',
  check: { '301': gecontracteerd },
});

/**
 * Which toewijzing a prestatie of a legacy 303 (release 3.0) is on. In the 303 the ToewijzingNummer
 * is optional. With one, the prestatie is on that number (judged as a 323 prestatie is, see
 * `toewijzing-koppeling.ts`). Without one, it is on the toewijzing this gemeente issued to this
 * aanbieder for this client and product (ProductCategorie, and the ProductCode when the toewijzing
 * names one) whose period covers the whole ProductPeriode, not deleted (RedenWijziging 13); but
 * only when exactly one does: a gemeente does not guess between two toewijzingen.
 */
import type { Geheugen } from './context.js';
import type { ToewijzingFeit } from './feiten.js';
import { isVerwijderd } from './toewijzing.js';
import type { Bericht303, Client303, Prestatie303 } from '../standard/berichten.generated.js';
import { prestaties303 } from '../rules/paden.js';

/** The ToewijzingNummer recorded for a prestatie without one that is linked to no toewijzing (never a real number). */
export const GEEN_TOEWIJZING = -1;

export type Koppeling303 =
  | { readonly soort: 'nummer'; readonly toewijzingNummer: number }
  | { readonly soort: 'afgeleid'; readonly toewijzingNummer: number }
  | { readonly soort: 'geen' | 'meerdere'; readonly kandidaten: readonly ToewijzingFeit[] };

function dekt(t: ToewijzingFeit, p: Prestatie303): boolean {
  return (
    t.productcategorie === p.ProductCategorie &&
    (t.productcode === undefined || t.productcode === p.ProductCode) &&
    t.ingangsdatum <= p.ProductPeriode.Begindatum &&
    (t.einddatum === undefined || p.ProductPeriode.Einddatum <= t.einddatum) &&
    !isVerwijderd(t)
  );
}

export function koppel303(geheugen: Geheugen, b: Bericht303, client: Client303, p: Prestatie303): Koppeling303 {
  if (p.ToewijzingNummer !== undefined) return { soort: 'nummer', toewijzingNummer: p.ToewijzingNummer };
  const kandidaten = geheugen
    .toewijzingenVanClient(b.Header.Gemeente, client.Bsn)
    .filter((t) => t.agb === b.Header.Aanbieder && dekt(t, p));
  if (kandidaten.length === 1) return { soort: 'afgeleid', toewijzingNummer: kandidaten[0]!.toewijzingNummer };
  return { soort: kandidaten.length === 0 ? 'geen' : 'meerdere', kandidaten };
}

/**
 * The ToewijzingNummer of every prestatie of the 303 that has one or can be linked to one, by path:
 * what the controls judge the prestatie against, and what its facts record.
 */
export function toewijzingNummers303(geheugen: Geheugen, b: Bericht303): Map<string, number> {
  const nummers = new Map<string, number>();
  for (const p of prestaties303(b)) {
    const k = koppel303(geheugen, b, p.client, p.item);
    if (k.soort === 'nummer' || k.soort === 'afgeleid') nummers.set(p.pad, k.toewijzingNummer);
  }
  return nummers;
}

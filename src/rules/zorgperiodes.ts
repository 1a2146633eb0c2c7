/**
 * "Overlappende zorgperiodes" of one Product within one message (TR302 for the ToegewezenProducten
 * of a 301, TR386 for the AangevraagdeProducten of a 315, TR410 for the NieuweProducten of a 317).
 *
 * - Same Product: Product is Categorie plus an optional Code. Two products are the same when their
 *   categories are equal and their codes are equal, or when either has no code (the rule then holds
 *   at category level). A product without Product (no category) counts as the same as every other:
 *   "dan mag het met geen enkel ander product overlappen".
 * - Overlap: both periods run from their start date up to and including their end date; a missing
 *   end date is open-ended. Periods that share a single day overlap; a period ending the day before
 *   the other starts does not. ISO dates compare as text.
 * - iWmo: the standard's iWmo rules add "of indien sprake is van hulpmiddelen" (and its validation
 *   exempts categories 11 to 14, rolstoelen, vervoer-, woonvoorzieningen and overige hulpmiddelen):
 *   a pair in which either product is a hulpmiddel never conflicts. iJw has no such exception.
 */
import type { Product } from '../standard/berichten.generated.js';
import type { StandaardId } from '../standard/standaard.js';

export interface Zorgperiode {
  readonly product: Product | undefined;
  readonly begin: string;
  readonly eind: string | undefined;
  /** Left out of the comparison altogether (TR302: a removed toewijzing is no actual toewijzing). */
  readonly teltNiet?: boolean;
}

const hulpmiddelen: Readonly<Record<StandaardId, ReadonlySet<string>>> = {
  iWmo: new Set(['11', '12', '13', '14']),
  iJw: new Set(),
};

export function zelfdeProduct(a: Product | undefined, b: Product | undefined): boolean {
  if (!a || !b) return true;
  return a.Categorie === b.Categorie && (a.Code === undefined || b.Code === undefined || a.Code === b.Code);
}

export function overlappen(a: Zorgperiode, b: Zorgperiode): boolean {
  return (a.eind === undefined || a.eind >= b.begin) && (b.eind === undefined || b.eind >= a.begin);
}

/**
 * For each period that overlaps an earlier period of the same product: its index and the index of
 * the first earlier period it overlaps (both 0-based). Each offending period is reported once.
 */
export function overlappendeZorgperiodes(
  perioden: readonly Zorgperiode[],
  standaard: StandaardId,
): { readonly index: number; readonly eerder: number }[] {
  const uitgezonderd = hulpmiddelen[standaard];
  const telt = (p: Zorgperiode): boolean => !p.teltNiet && !(p.product !== undefined && uitgezonderd.has(p.product.Categorie));
  const gevonden: { index: number; eerder: number }[] = [];
  for (let j = 1; j < perioden.length; j++) {
    const p = perioden[j]!;
    if (!telt(p)) continue;
    for (let i = 0; i < j; i++) {
      const q = perioden[i]!;
      if (telt(q) && zelfdeProduct(p.product, q.product) && overlappen(p, q)) {
        gevonden.push({ index: j, eerder: i });
        break;
      }
    }
  }
  return gevonden;
}

/** "categorie 45, code 45A03", for messages (no personal data). */
export function productOmschrijving(p: Product | undefined): string {
  if (!p) return 'zonder product';
  return p.Code === undefined ? `categorie ${p.Categorie}` : `categorie ${p.Categorie}, code ${p.Code}`;
}

/**
 * Where a client lives on a date, by the woonplaats register, and how a gemeente is named in a
 * finding (its CBS code and name). The woonplaats controls (WP001–WP004) and the 319 builder's
 * woonplaatsbeginsel helper read through here.
 */
import type { Registers } from './context.js';

export type WoonplaatsOp =
  /** The register places the client in this gemeente on the date. */
  | { readonly soort: 'bekend'; readonly gemeentecode: string }
  /** The register has entries for the client, but none covering the date. */
  | { readonly soort: 'niet-op-datum' }
  /** The register has no entry for the client at all. */
  | { readonly soort: 'onbekend' };

export function woonplaatsOp(registers: Registers, bsn: string, datum: string): WoonplaatsOp {
  const historie = registers.woonplaatsen(bsn);
  if (historie.length === 0) return { soort: 'onbekend' };
  const w = historie.find((h) => h.ingangsdatum <= datum && (h.einddatum === undefined || datum <= h.einddatum));
  return w ? { soort: 'bekend', gemeentecode: w.gemeentecode } : { soort: 'niet-op-datum' };
}

/** `gemeente 0363 (Amsterdam)`, the name from the CBS register on the date; the code alone when unknown. */
export function gemeenteTekst(registers: Registers, gemeentecode: string, datum: string): string {
  const g = registers.gemeente(gemeentecode, datum);
  return g ? `gemeente ${gemeentecode} (${g.naam})` : `gemeente ${gemeentecode}`;
}

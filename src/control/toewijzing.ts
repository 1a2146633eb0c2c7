/**
 * What the controls need to know about toewijzing versions. The version in force is the latest by
 * Toewijzingsdatum + Toewijzingstijd (OP033x1: "De meest recente toewijzing op toewijzingsdatum en
 * -tijd is bepalend"); the Geheugen returns it. A version with RedenWijziging 13 (Verwijderd: Einddatum
 * set to the Ingangsdatum) means the toewijzing counts as never sent (OP033x1).
 */

/** RedenWijziging 13: Verwijderd. */
export const REDEN_VERWIJDERD = '13';

export function isVerwijderd(t: { readonly redenWijziging?: string } | { readonly RedenWijziging?: string }): boolean {
  const reden = 'redenWijziging' in t ? t.redenWijziging : 'RedenWijziging' in t ? t.RedenWijziging : undefined;
  return reden === REDEN_VERWIJDERD;
}

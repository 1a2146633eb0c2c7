/**
 * What a retour builder returns: the typed retour message, or the reason it cannot be built yet (a
 * prestatie still in onderzoek) or at all (a beoordeling that contradicts the message or the
 * standard). Builders never throw on their input.
 */

export type Weigeringsreden =
  /** A prestatie has no final decision yet: the 325 waits for the backoffice. */
  | 'in-onderzoek'
  /** The beoordeling, the RetourKop or the answer does not fit the message or the standard. */
  | 'ongeldige-invoer';

export interface Weigering {
  readonly reden: Weigeringsreden;
  /** The element paths of the heen message the refusal is about (empty when it is about the whole). */
  readonly paden: readonly string[];
  /** A Dutch sentence for the backoffice. Never holds personal data. */
  readonly message: string;
}

export type RetourResultaat<T> =
  | { readonly ok: true; readonly bericht: T }
  | { readonly ok: false; readonly weigering: Weigering };

export const gelukt = <T>(bericht: T): RetourResultaat<T> => ({ ok: true, bericht });

export const geweigerd = <T>(reden: Weigeringsreden, message: string, paden: readonly string[] = []): RetourResultaat<T> => ({
  ok: false,
  weigering: { reden, paden, message },
});

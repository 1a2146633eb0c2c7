/**
 * The outcome of checking and controlling one message, per part, as the retour builder and the
 * decision records need it. Parts are named by their element path (the same paths findings carry):
 * `/Bericht/Client`, `/Bericht/Client/StartProducten/StartProduct[2]`,
 * `/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[3]`.
 */

export type PrestatieStatus = 'toegekend' | 'afgewezen' | 'in-onderzoek';

export interface Beoordeling {
  /**
   * Retourcodes on the message as a whole (in the retour's header): 0001 when an in-message rule
   * failed, 9056 for a non-unique Identificatie, ... When present, the parts are not judged: the
   * retour carries only its header.
   */
  readonly header: readonly string[];
  /**
   * For a 323: retourcodes on the declaratie as a whole (DeclaratieAntwoord level, e.g. 9333 for a
   * DeclaratieNummer used before). When present, every prestatie counts as rejected.
   */
  readonly declaratie?: readonly string[];
  /**
   * Retourcodes per berichtklasse instance, by path. A part without codes (or absent) had no
   * remarks: the retour gives it 0200 where the standard asks for a code.
   */
  readonly delen: ReadonlyMap<string, readonly string[]>;
  /**
   * Parts a person must look at before the retour can be made (our own controls with gevolg
   * `onderzoek`, e.g. woonplaatsbeginsel doubts), by path. The retour waits for their decision.
   */
  readonly inOnderzoek?: readonly string[];
  /** For a 323: the decision per prestatie, by path. */
  readonly prestaties?: ReadonlyMap<string, { readonly status: PrestatieStatus; readonly toegekendBedrag: number }>;
}

/** Identification of the retour message itself (its header). */
export interface RetourKop {
  readonly identificatie: string;
  readonly dagtekening: string;
}

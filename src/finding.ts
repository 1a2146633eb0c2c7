/**
 * A finding has one shape everywhere (CLI, database, API, retour builder): the rule that found it,
 * the retourcode the standard prescribes for it (absent for our own findings that never go into a
 * retour, and for technical rejections), the element path and a Dutch sentence.
 */
export interface Finding {
  /** `XML`, `XSD`, a rule code of the standard (`CS002`, `TR307`) or one of ours (`IWJ001`). */
  readonly rule: string;
  readonly retourcode?: string;
  /** Element path without prefixes: `/Bericht/Client/Bsn`, `/Bericht/.../Prestatie[2]/ProductTarief`. */
  readonly path: string;
  /** Line in the message, where known. */
  readonly line?: number;
  /** A sentence in Dutch that a backoffice employee understands. */
  readonly message: string;
}

/** The stages a single message passes, in order; a check reports the first that failed. */
export type Stage = 'xml' | 'xsd' | 'regels' | 'ok';

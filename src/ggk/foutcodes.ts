/**
 * The error codes of the ISD chain (Fo01) this gemeente answers a GGK envelope with: their official
 * description, where the fault lies (`plek`), and the HTTP status of a bare (non-SOAP) answer.
 */
export type GgkFoutcode = 'StUF055' | 'IB007' | 'IB009' | 'IB216';

export interface GgkFout {
  readonly omschrijving: string;
  readonly plek: 'client' | 'server';
  readonly http: number;
}

export const GGK_FOUTCODES: Readonly<Record<GgkFoutcode, GgkFout>> = {
  /** The payload (or the envelope itself) does not conform to its schema. */
  StUF055: { omschrijving: 'Berichtbody is niet conform schema in sectormodel', plek: 'client', http: 400 },
  /** Above the chain's 25 MB. The chain's list places it at the server. */
  IB007: { omschrijving: 'Bericht is te groot', plek: 'server', http: 413 },
  /** referentienummer is not a UUID. */
  IB009: { omschrijving: 'Opgegeven (cross)referentienummer is geen geldig UUID', plek: 'client', http: 400 },
  /** zender + referentienummer was used before. */
  IB216: { omschrijving: 'Combinatie zender en referentienummer niet uniek', plek: 'client', http: 409 },
};

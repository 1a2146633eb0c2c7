/**
 * Instroom and uitstroom per month: instroom counts trajecten by the month of their first start
 * (a restart after a pause is no instroom), uitstroom by the month they ended (see
 * `doorlooptijd.ts`). Each end is set against the Einddatum of the toewijzing in force: before it
 * (care needed less long: an afschaling signal), on it, after it (care beyond the toewijzing: an
 * opschaling signal), or the toewijzing has no Einddatum.
 */
import { percentage } from './decimaal.js';

export type EindeTovToewijzing = 'voor' | 'op' | 'na' | 'open';

export function eindeTovToewijzing(einde: string, toewijzingEinddatum: string | undefined): EindeTovToewijzing {
  if (toewijzingEinddatum === undefined) return 'open';
  return einde < toewijzingEinddatum ? 'voor' : einde === toewijzingEinddatum ? 'op' : 'na';
}

export interface StroomTelling {
  readonly instroom: number;
  readonly uitstroom: number;
  readonly eindeVoor: number;
  readonly eindeOp: number;
  readonly eindeNa: number;
  readonly eindeOpen: number;
}

export interface StroomCijfers extends StroomTelling {
  /** Instroom − uitstroom. */
  readonly netto: number;
  /** Percent of the uitstroom, one decimal. */
  readonly aandeelVoor: number | null;
  readonly aandeelOp: number | null;
  readonly aandeelNa: number | null;
  readonly aandeelOpen: number | null;
}

export function stroomCijfers(t: StroomTelling): StroomCijfers {
  return {
    ...t,
    netto: t.instroom - t.uitstroom,
    aandeelVoor: percentage(t.eindeVoor, t.uitstroom),
    aandeelOp: percentage(t.eindeOp, t.uitstroom),
    aandeelNa: percentage(t.eindeNa, t.uitstroom),
    aandeelOpen: percentage(t.eindeOpen, t.uitstroom),
  };
}

/** Adds counts (rolling cells or months up). */
export function somStroom(rijen: Iterable<StroomTelling>): StroomTelling {
  const s = { instroom: 0, uitstroom: 0, eindeVoor: 0, eindeOp: 0, eindeNa: 0, eindeOpen: 0 };
  for (const r of rijen) {
    s.instroom += r.instroom;
    s.uitstroom += r.uitstroom;
    s.eindeVoor += r.eindeVoor;
    s.eindeOp += r.eindeOp;
    s.eindeNa += r.eindeNa;
    s.eindeOpen += r.eindeOpen;
  }
  return s;
}

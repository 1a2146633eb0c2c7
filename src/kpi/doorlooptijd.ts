/**
 * Doorlooptijd of a traject: from the Begindatum of its first accepted 305 to the Einddatum of its
 * last 307, both days included (a traject of 1 to 31 January took 31 days); pauses (RedenBeeindiging
 * 20, tijdelijk beëindigd, followed by a new start) are part of it. A traject ends:
 *  - with a 307 when every start has its stop (the last stop's RedenBeeindiging is the reden);
 *  - without one when the toewijzing's Einddatum passed (before the peildatum) while a start was
 *    still open: it ended on that Einddatum, reden `geen-307` (the aanbieder owes a 307).
 * Otherwise it is `lopend`, with age peildatum − first Begindatum + 1.
 * `afgesloten` figures are over the trajecten that ended in the peildatum's year up to the peildatum.
 *
 * Durations spread over years, so the snapshot keeps them per whole week (week n holds 7n−6 … 7n
 * days) with the exact sum of days: the mean is exact to the day, the median and p90 are in weeks.
 */
import { dagnummer } from '../control/kalender.js';
import { afgerond, exact } from './decimaal.js';
import { percentiel, verdeling } from './verdeling.js';

/** The reden of a traject that ended with its toewijzing, without a 307. */
export const GEEN_STOPBERICHT = 'geen-307';

export function doorlooptijdDagen(begindatum: string, einddatum: string): number {
  return dagnummer(einddatum) - dagnummer(begindatum) + 1;
}

/** The week a duration in days falls in: 1–7 days week 1, 8–14 week 2, ... */
export function weekVan(dagen: number): number {
  return Math.floor((dagen + 6) / 7);
}

export interface WekenRij {
  readonly weken: number;
  readonly aantal: number;
  /** The exact sum of the days of the trajecten in this week. */
  readonly somDagen: number;
}

export interface DoorlooptijdCijfers {
  readonly aantal: number;
  /** Exact mean, one decimal. */
  readonly gemiddeldDagen: number | null;
  readonly gemiddeldWeken: number | null;
  /** PERCENTIEL.INC over the week numbers, one decimal. */
  readonly mediaanWeken: number | null;
  readonly p90Weken: number | null;
}

export function doorlooptijdCijfers(rijen: Iterable<WekenRij>): DoorlooptijdCijfers {
  let n = 0;
  let som = 0;
  const lijst = [...rijen];
  for (const r of lijst) {
    n += r.aantal;
    som += r.somDagen;
  }
  const weken = verdeling(lijst.map((r) => ({ dagen: r.weken, aantal: r.aantal })));
  return {
    aantal: n,
    gemiddeldDagen: n === 0 ? null : afgerond(exact(som).dividedBy(n), 1),
    gemiddeldWeken: n === 0 ? null : afgerond(exact(som).dividedBy(7).dividedBy(n), 1),
    mediaanWeken: percentiel(weken, '0.5'),
    p90Weken: percentiel(weken, '0.9'),
  };
}

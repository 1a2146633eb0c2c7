/**
 * Budget settlement. A `plafond` is a maximum, paid on realisation without advances: the gemeente
 * pays the realisation up to the plafond, nothing beyond it. An `afspraak` is the expected budget,
 * paid in advances and settled on realisation, with a bandbreedte of ±N %:
 *
 *   band = [bedrag × (1 − N/100), bedrag × (1 + N/100)], both ends inside;
 *   realisation inside the band: no settlement either way — the gemeente pays the bedrag;
 *   outside it, by the chosen afrekenwijze:
 *     `geheel`      the whole difference is settled: verrekening = realisation − bedrag;
 *     `buiten-band` only the part beyond the band:  verrekening = realisation − the band's edge;
 *   vergoeding = bedrag + verrekening (what the gemeente owes for the year).
 * Without a bandbreedte the band is the bedrag itself. Settlement amounts are rounded to whole
 * cents, half away from zero.
 *
 *   afrekening = voorschot (paid advances) − vergoeding: positive, the aanbieder pays back;
 *   negative, the gemeente still pays.
 */
import { centen, exact } from './decimaal.js';

export type Afrekenwijze = 'geheel' | 'buiten-band';
export const AFREKENWIJZEN: readonly Afrekenwijze[] = ['geheel', 'buiten-band'];

export interface Afspraak {
  readonly soort: 'plafond' | 'afspraak';
  /** Eurocents. */
  readonly bedrag: number;
  /** Percent as a decimal string (`'2.5'`). */
  readonly bandbreedte?: string;
  /** Eurocents paid in advance. */
  readonly voorschot?: number;
}

export interface Afrekening {
  /** Band edges in eurocents (rounded for display; the comparison is exact). */
  readonly ondergrens: number;
  readonly bovengrens: number;
  readonly binnenBand: boolean;
  /** Settled on top of the bedrag (afspraak); 0 for a plafond. */
  readonly verrekening: number;
  /** What the gemeente owes for the year. */
  readonly vergoeding: number;
  /** Realisation above the plafond, not paid (plafond only; else 0). */
  readonly overschrijding: number;
  /** Voorschot − vergoeding. */
  readonly afrekening: number;
}

export function afrekening(realisatie: number, a: Afspraak, wijze: Afrekenwijze): Afrekening {
  const voorschot = a.voorschot ?? 0;
  if (a.soort === 'plafond') {
    const vergoeding = Math.min(realisatie, a.bedrag);
    return {
      ondergrens: 0,
      bovengrens: a.bedrag,
      binnenBand: realisatie <= a.bedrag,
      verrekening: 0,
      vergoeding,
      overschrijding: Math.max(0, realisatie - a.bedrag),
      afrekening: voorschot - vergoeding,
    };
  }
  const band = exact(a.bandbreedte ?? 0).dividedBy(100);
  const onder = exact(a.bedrag).times(exact(1).minus(band));
  const boven = exact(a.bedrag).times(exact(1).plus(band));
  const r = exact(realisatie);
  let verrekening = 0;
  if (r.greaterThan(boven)) verrekening = wijze === 'geheel' ? realisatie - a.bedrag : centen(r.minus(boven));
  else if (r.lessThan(onder)) verrekening = wijze === 'geheel' ? realisatie - a.bedrag : centen(r.minus(onder));
  const vergoeding = a.bedrag + verrekening;
  return {
    ondergrens: centen(onder),
    bovengrens: centen(boven),
    binnenBand: !r.greaterThan(boven) && !r.lessThan(onder),
    verrekening,
    vergoeding,
    overschrijding: 0,
    afrekening: voorschot - vergoeding,
  };
}

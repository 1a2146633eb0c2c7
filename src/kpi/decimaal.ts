/**
 * Exact arithmetic for the KPI figures: fractions and percentages in decimal.js, rounded explicitly
 * and only at the end — half away from zero (ROUND_HALF_UP), as a person rounds: days and
 * percentages to one decimal, plekken to two, money to whole eurocents. Money itself stays integer
 * eurocents throughout; never a float in money maths.
 */
import { Decimal } from 'decimal.js';

/** decimal.js with 40 significant digits and half-away-from-zero rounding. */
export const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Exact = Decimal;

export function exact(v: number | string | Decimal): Decimal {
  return new Exact(v);
}

/** Rounded to `decimalen` places (half away from zero), as a JS number for JSON. */
export function afgerond(v: Decimal, decimalen: number): number {
  return v.toDecimalPlaces(decimalen, Decimal.ROUND_HALF_UP).toNumber();
}

/** Whole eurocents, half away from zero. */
export function centen(v: Decimal): number {
  return v.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** `deel / geheel × 100`, one decimal; null when `geheel` is 0. */
export function percentage(deel: number | Decimal, geheel: number | Decimal, decimalen = 1): number | null {
  const g = exact(geheel);
  if (g.isZero()) return null;
  return afgerond(exact(deel).times(100).dividedBy(g), decimalen);
}

/** `teller / noemer`, rounded; null when `noemer` is 0. */
export function quotient(teller: number | Decimal, noemer: number | Decimal, decimalen: number): number | null {
  const n = exact(noemer);
  if (n.isZero()) return null;
  return afgerond(exact(teller).dividedBy(n), decimalen);
}

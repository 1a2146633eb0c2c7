/**
 * A distribution of whole days (wachttijd, wachtlijst age, doorlooptijd) as a histogram: days →
 * number of trajecten. Histograms add up, so the snapshot keeps them per cell and any slice's
 * count, mean and percentiles follow exactly from the sum of its cells' histograms.
 *
 * Percentiles are PERCENTIEL.INC (Excel) / `percentile_cont` (PostgreSQL): the value at 0-based
 * rank h = (n − 1)·p, interpolated linearly between the two nearest ranks. The median of 3, 5, 8, 10
 * is 6,5.
 */
import { afgerond, exact, type Exact } from './decimaal.js';

export type Verdeling = ReadonlyMap<number, number>;

export interface HistogramRij {
  readonly dagen: number;
  readonly aantal: number;
}

/** Sums histogram rows (any order, repeated days allowed) into a distribution. */
export function verdeling(rijen: Iterable<HistogramRij>): Map<number, number> {
  const v = new Map<number, number>();
  for (const r of rijen) if (r.aantal !== 0) v.set(r.dagen, (v.get(r.dagen) ?? 0) + r.aantal);
  return v;
}

/** A distribution of these single values (tests, small sets). */
export function verdelingVan(waarden: Iterable<number>): Map<number, number> {
  const v = new Map<number, number>();
  for (const w of waarden) v.set(w, (v.get(w) ?? 0) + 1);
  return v;
}

/** The days in ascending order with their counts. */
function oplopend(v: Verdeling): [number, number][] {
  return [...v].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
}

export function aantal(v: Verdeling): number {
  let n = 0;
  for (const a of v.values()) n += a;
  return n;
}

export function som(v: Verdeling): number {
  let s = 0;
  for (const [d, a] of v) s += d * a;
  return s;
}

/** The mean in days, one decimal; null for an empty distribution. */
export function gemiddelde(v: Verdeling, decimalen = 1): number | null {
  const n = aantal(v);
  return n === 0 ? null : afgerond(exact(som(v)).dividedBy(n), decimalen);
}

/** The value at 0-based rank `r` (0 ≤ r < n). */
function opRang(gesorteerd: readonly [number, number][], r: number): number {
  let tot = 0;
  for (const [d, a] of gesorteerd) {
    tot += a;
    if (r < tot) return d;
  }
  throw new Error(`rang ${r} buiten de verdeling`);
}

/** The p-th percentile (p a decimal string, `'0.5'`, `'0.9'`), exact before rounding; null when empty. */
export function percentielExact(v: Verdeling, p: string): Exact | null {
  const kans = exact(p);
  if (kans.isNegative() || kans.greaterThan(1)) throw new Error(`percentiel ${p} ligt niet tussen 0 en 1`);
  const gesorteerd = oplopend(v);
  const n = gesorteerd.reduce((s, [, a]) => s + a, 0);
  if (n === 0) return null;
  const h = exact(n - 1).times(kans);
  const onder = h.floor().toNumber();
  const fractie = h.minus(onder);
  const laag = opRang(gesorteerd, onder);
  if (fractie.isZero()) return exact(laag);
  const hoog = opRang(gesorteerd, onder + 1);
  return exact(laag).plus(fractie.times(hoog - laag));
}

export function percentiel(v: Verdeling, p: string, decimalen = 1): number | null {
  const x = percentielExact(v, p);
  return x === null ? null : afgerond(x, decimalen);
}

export function mediaan(v: Verdeling, decimalen = 1): number | null {
  return percentiel(v, '0.5', decimalen);
}

export function maximum(v: Verdeling): number | null {
  const g = oplopend(v);
  return g.length === 0 ? null : g[g.length - 1]![0];
}

/** How many values are strictly greater than `grens`. */
export function aantalBoven(v: Verdeling, grens: number): number {
  let n = 0;
  for (const [d, a] of v) if (d > grens) n += a;
  return n;
}

/** The distribution with every value below `minimum` counted as `minimum`. */
export function begrensd(v: Verdeling, minimum: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const [d, a] of v) {
    const w = Math.max(d, minimum);
    out.set(w, (out.get(w) ?? 0) + a);
  }
  return out;
}

export interface Klasse {
  /** `0-7`, `92+`: the days the class holds, both ends included. */
  readonly klasse: string;
  readonly aantal: number;
}

/**
 * Counts per class; `bovengrenzen` ascending, each the last day of its class (`[7, 14]` → `0-7`,
 * `8-14`, `15+`). Values below 0 count in the first class.
 */
export function klassen(v: Verdeling, bovengrenzen: readonly number[]): Klasse[] {
  const labels: string[] = [];
  let van = 0;
  for (const g of bovengrenzen) {
    labels.push(`${van}-${g}`);
    van = g + 1;
  }
  labels.push(`${van}+`);
  const tellingen = labels.map(() => 0);
  for (const [d, a] of v) {
    const i = bovengrenzen.findIndex((g) => d <= g);
    tellingen[i === -1 ? labels.length - 1 : i]! += a;
  }
  return labels.map((klasse, i) => ({ klasse, aantal: tellingen[i]! }));
}

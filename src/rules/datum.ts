/**
 * Dates of the standard (LDT_Datum: an xs:date without timezone, `2026-05-06`) as numbers that sort
 * as the dates do: jaar × 10000 + maand × 100 + dag. The schema has already rejected dates that do
 * not exist; what rules still need is ordering, the calendar month and whole years. Plain string
 * comparison would do for four-digit years only, and xs:date also allows `-0001` and `10000`.
 */

const DATUM = /^(-?\d{4,})-(\d{2})-(\d{2})$/;

export interface Datumdelen {
  readonly jaar: number;
  readonly maand: number;
  readonly dag: number;
}

const cijfer = (s: string, i: number): number => s.charCodeAt(i) - 48;

/** `JJJJ-MM-DD`, the shape of nearly every date: read without allocating. */
const gewoon = (d: string): boolean => d.length === 10 && d.charCodeAt(4) === 45 && d.charCodeAt(7) === 45;

/** Year, month and day of an LDT_Datum; NaN parts when the text is no date. */
export function datumdelen(datum: string): Datumdelen {
  if (gewoon(datum)) {
    return {
      jaar: cijfer(datum, 0) * 1000 + cijfer(datum, 1) * 100 + cijfer(datum, 2) * 10 + cijfer(datum, 3),
      maand: cijfer(datum, 5) * 10 + cijfer(datum, 6),
      dag: cijfer(datum, 8) * 10 + cijfer(datum, 9),
    };
  }
  const m = DATUM.exec(datum);
  if (!m) return { jaar: NaN, maand: NaN, dag: NaN };
  return { jaar: Number(m[1]), maand: Number(m[2]), dag: Number(m[3]) };
}

/** The date as jaar × 10000 + maand × 100 + dag: `<`, `>`, `===` on these order dates correctly. */
export function datumwaarde(datum: string): number {
  if (gewoon(datum)) {
    return (
      cijfer(datum, 0) * 10000000 +
      cijfer(datum, 1) * 1000000 +
      cijfer(datum, 2) * 100000 +
      cijfer(datum, 3) * 10000 +
      cijfer(datum, 5) * 1000 +
      cijfer(datum, 6) * 100 +
      cijfer(datum, 8) * 10 +
      cijfer(datum, 9)
    );
  }
  const d = datumdelen(datum);
  return d.jaar * 10000 + d.maand * 100 + d.dag;
}

/** Is `a` later than `b`? */
export const isNa = (a: string, b: string): boolean => datumwaarde(a) > datumwaarde(b);

/** Is `a` earlier than `b`? */
export const isVoor = (a: string, b: string): boolean => datumwaarde(a) < datumwaarde(b);

export function isSchrikkeljaar(jaar: number): boolean {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
}

const DAGEN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number of days of a calendar month (maand 1..12). */
export function dagenInMaand(jaar: number, maand: number): number {
  return maand === 2 && isSchrikkeljaar(jaar) ? 29 : (DAGEN[maand - 1] ?? NaN);
}

/**
 * Calendar maths on the standard's dates (`YYYY-MM-DD`, always whole days, no time zone): day
 * counts, calendar months, calendar weeks (Monday to Sunday, as ISO week numbers count them) and
 * Sundays. Periods are closed (both ends count), as the standard's GeslotenPeriode; an open end
 * (`eind` undefined) runs on without limit. Pure functions over strings and integers.
 */

export interface Periode {
  readonly begin: string;
  /** Inclusive; absent: open-ended. */
  readonly eind?: string;
}

export interface GeslotenPeriode {
  readonly begin: string;
  readonly eind: string;
}

const DAG_MS = 86_400_000;

/** Days since 1970-01-01 (UTC); the integer the other functions count with. */
export function dagnummer(datum: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(datum);
  if (!m) throw new Error(`geen datum: ${datum}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAG_MS;
}

export function datumVan(dagnr: number): string {
  return new Date(dagnr * DAG_MS).toISOString().slice(0, 10);
}

export function plusDagen(datum: string, dagen: number): string {
  return datumVan(dagnummer(datum) + dagen);
}

/** 1 = Monday ... 7 = Sunday. */
export function weekdag(datum: string): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dagnummer(datum) + 3) % 7) + 7) % 7) + 1;
}

export const isZondag = (datum: string): boolean => weekdag(datum) === 7;

/** `YYYY-MM`. */
export const maandVan = (datum: string): string => datum.slice(0, 7);

export const eersteVanMaand = (datum: string): string => `${maandVan(datum)}-01`;

export function laatsteVanMaand(datum: string): string {
  const jaar = Number(datum.slice(0, 4));
  const maand = Number(datum.slice(5, 7));
  return datumVan(Date.UTC(jaar, maand, 0) / DAG_MS);
}

/** The number of days in a closed period, both ends included (0 when it ends before it starts). */
export function aantalDagen(p: GeslotenPeriode): number {
  return Math.max(0, dagnummer(p.eind) - dagnummer(p.begin) + 1);
}

/**
 * The number of calendar weeks (Monday to Sunday) a closed period touches, broken weeks at either
 * end counted whole: the standard counts "het aantal (eventueel gebroken) kalenderweken" by the week
 * numbers in the period (IV077).
 */
export function aantalKalenderweken(p: GeslotenPeriode): number {
  if (p.eind < p.begin) return 0;
  const maandag = dagnummer(p.begin) - (weekdag(p.begin) - 1);
  return Math.floor((dagnummer(p.eind) - maandag) / 7) + 1;
}

/** The number of Sundays in a closed period. */
export function aantalZondagen(p: GeslotenPeriode): number {
  if (p.eind < p.begin) return 0;
  const eersteZondag = dagnummer(p.begin) + (7 - weekdag(p.begin));
  const eind = dagnummer(p.eind);
  return eersteZondag > eind ? 0 : Math.floor((eind - eersteZondag) / 7) + 1;
}

/** The last Sunday on or before a date. */
export function zondagOpOfVoor(datum: string): string {
  return plusDagen(datum, -(weekdag(datum) % 7));
}

/** The number of calendar months a closed period touches (a broken month counts whole). */
export function aantalKalendermaanden(p: GeslotenPeriode): number {
  if (p.eind < p.begin) return 0;
  const idx = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  return idx(p.eind) - idx(p.begin) + 1;
}

/** The days two periods share, if any. */
export function doorsnede(a: Periode, b: Periode): Periode | undefined {
  const begin = a.begin > b.begin ? a.begin : b.begin;
  const eind = a.eind === undefined ? b.eind : b.eind === undefined ? a.eind : a.eind < b.eind ? a.eind : b.eind;
  if (eind !== undefined && eind < begin) return undefined;
  return eind === undefined ? { begin } : { begin, eind };
}

export function overlapt(a: Periode, b: Periode): boolean {
  return doorsnede(a, b) !== undefined;
}

export function bevat(p: Periode, datum: string): boolean {
  return p.begin <= datum && (p.eind === undefined || datum <= p.eind);
}

/**
 * Whether the periods together cover every day of `doel`; returns the first uncovered day, or
 * undefined when all of it is covered. Consecutive periods join (one ends on day D, the next starts
 * on D + 1); an open-ended `doel` is covered only by a period that is open too.
 */
export function eersteOngedekteDag(doel: Periode, dekking: readonly Periode[]): string | undefined {
  let vanaf = doel.begin;
  const gesorteerd = [...dekking].sort((a, b) => a.begin.localeCompare(b.begin));
  for (const p of gesorteerd) {
    if (p.begin > vanaf) break;
    if (p.eind === undefined) return undefined;
    if (p.eind >= vanaf) vanaf = plusDagen(p.eind, 1);
    if (doel.eind !== undefined && vanaf > doel.eind) return undefined;
  }
  return doel.eind !== undefined && vanaf > doel.eind ? undefined : vanaf;
}

/** A date as a Dutch reader writes it: `01-04-2026`. */
export function datumTekst(datum: string): string {
  return `${datum.slice(8, 10)}-${datum.slice(5, 7)}-${datum.slice(0, 4)}`;
}

/** A period as a Dutch reader writes it: `01-04-2026 t/m 30-04-2026` (open end: `vanaf ...`). */
export function periodeTekst(p: Periode): string {
  return p.eind === undefined ? `vanaf ${datumTekst(p.begin)}` : `${datumTekst(p.begin)} t/m ${datumTekst(p.eind)}`;
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** A calendar month (`YYYY-MM`, or any date in it) as a Dutch reader writes it: `april 2026`. */
export function maandTekst(maandOfDatum: string): string {
  return `${MAANDEN[Number(maandOfDatum.slice(5, 7)) - 1]} ${maandOfDatum.slice(0, 4)}`;
}

/** The day after `datum`: `2026-02-28` → `2026-03-01`. */
export const volgendeDag = (datum: string): string => plusDagen(datum, 1);

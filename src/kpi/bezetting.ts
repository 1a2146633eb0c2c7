/**
 * Bezetting and plekken. A plek is yearly capacity: several clients can use one plek in a year. Per
 * traject its bezetting is the share of the year it was in care (care days / days in the year); the
 * plekken a year's trajecten occupied are the sum of those shares — "aantal cliënten × gemiddelde
 * bezetting = aantal plekken per jaar".
 *
 * Care days of a traject in a year: the days from each accepted start to its stop (both included),
 * an open start running to the toewijzing's Einddatum or the peildatum, whichever comes first, within
 * 1 January … the peildatum. Up to a peildatum inside the year:
 *   plekkenBezet = zorgdagen / days elapsed (the plekken occupied on average so far; at year end the
 *                  plekken per jaar), compared with the agreed plekken;
 *   plekkenJaar  = zorgdagen / days in the year (the share of a year's plekken used so far);
 *   gemiddeldeBezetting = zorgdagen / (trajecten × days in the year);
 *   clientenPerPlek = trajecten / plekkenBezet (a client counts once per traject).
 * An agreed plek left unoccupied is paid back: onbezettePlekken = agreed − plekkenBezet (when
 * positive), at the agreement's price per plek (bedrag / plekken).
 */
import { dagnummer } from '../control/kalender.js';
import { afgerond, centen, exact, percentage, quotient } from './decimaal.js';

export function dagenInJaar(jaar: number): number {
  return dagnummer(`${jaar + 1}-01-01`) - dagnummer(`${jaar}-01-01`);
}

/** Days of the year up to and including the peildatum (all of it when the peildatum lies later). */
export function dagenVerstreken(jaar: number, peildatum: string): number {
  const eind = peildatum < `${jaar}-12-31` ? peildatum : `${jaar}-12-31`;
  return Math.max(0, dagnummer(eind) - dagnummer(`${jaar}-01-01`) + 1);
}

/** Care days of one period (`eind` inclusive) within [van, tot]. */
export function zorgdagenIn(begin: string, eind: string, van: string, tot: string): number {
  const b = begin > van ? begin : van;
  const e = eind < tot ? eind : tot;
  return Math.max(0, dagnummer(e) - dagnummer(b) + 1);
}

export interface BezettingInvoer {
  readonly jaar: number;
  readonly peildatum: string;
  readonly trajecten: number;
  readonly zorgdagen: number;
  /** Agreed plekken (decimal string), when a gemeente converted trajecten to plekken. */
  readonly afgesprokenPlekken?: string;
  /** The agreement's bedrag in eurocents, for the price per plek. */
  readonly afspraakBedrag?: number;
}

export interface BezettingCijfers {
  readonly trajecten: number;
  readonly zorgdagen: number;
  readonly plekkenBezet: number | null;
  readonly plekkenJaar: number;
  /** Percent, one decimal. */
  readonly gemiddeldeBezetting: number | null;
  readonly clientenPerPlek: number | null;
  readonly afgesprokenPlekken: number | null;
  /** Agreed − occupied, when positive (two decimals). */
  readonly onbezettePlekken: number | null;
  /** Occupied as a percent of agreed. */
  readonly bezettingsgraad: number | null;
  /** Eurocents to be paid back for the unoccupied plekken. */
  readonly terugbetalingCent: number | null;
}

export function bezettingCijfers(b: BezettingInvoer): BezettingCijfers {
  const jaarDagen = dagenInJaar(b.jaar);
  const verstreken = dagenVerstreken(b.jaar, b.peildatum);
  const bezet = verstreken === 0 ? null : exact(b.zorgdagen).dividedBy(verstreken);
  const afgesproken = b.afgesprokenPlekken === undefined ? null : exact(b.afgesprokenPlekken);
  const onbezet = afgesproken !== null && bezet !== null ? afgesproken.minus(bezet) : null;
  const onbezetPositief = onbezet === null ? null : onbezet.isNegative() ? exact(0) : onbezet;
  const prijs = afgesproken !== null && !afgesproken.isZero() && b.afspraakBedrag !== undefined ? exact(b.afspraakBedrag).dividedBy(afgesproken) : null;
  return {
    trajecten: b.trajecten,
    zorgdagen: b.zorgdagen,
    plekkenBezet: bezet === null ? null : afgerond(bezet, 2),
    plekkenJaar: afgerond(exact(b.zorgdagen).dividedBy(jaarDagen), 2),
    gemiddeldeBezetting: percentage(b.zorgdagen, b.trajecten * jaarDagen),
    clientenPerPlek: bezet === null ? null : quotient(b.trajecten, bezet, 2),
    afgesprokenPlekken: afgesproken === null ? null : afgerond(afgesproken, 2),
    onbezettePlekken: onbezetPositief === null ? null : afgerond(onbezetPositief, 2),
    bezettingsgraad: afgesproken === null || bezet === null ? null : percentage(bezet, afgesproken),
    terugbetalingCent: onbezetPositief === null || prijs === null ? null : centen(onbezetPositief.times(prijs)),
  };
}

/**
 * Adds per-agreement bezetting up to a coarser slice: trajecten, care days, agreed and unoccupied
 * plekken and paybacks add; the ratios are recomputed from the sums (the bezettingsgraad over the
 * parts that have agreed plekken).
 */
export function somBezetting(jaar: number, peildatum: string, delen: readonly BezettingCijfers[]): BezettingCijfers {
  if (delen.length === 1) return delen[0]!;
  let trajecten = 0;
  let zorgdagen = 0;
  let zorgdagenMetAfspraak = 0;
  let afgesproken: ReturnType<typeof exact> | null = null;
  let onbezet: ReturnType<typeof exact> | null = null;
  let terug: number | null = null;
  for (const d of delen) {
    trajecten += d.trajecten;
    zorgdagen += d.zorgdagen;
    if (d.afgesprokenPlekken !== null) {
      afgesproken = (afgesproken ?? exact(0)).plus(d.afgesprokenPlekken);
      zorgdagenMetAfspraak += d.zorgdagen;
    }
    if (d.onbezettePlekken !== null) onbezet = (onbezet ?? exact(0)).plus(d.onbezettePlekken);
    if (d.terugbetalingCent !== null) terug = (terug ?? 0) + d.terugbetalingCent;
  }
  const jaarDagen = dagenInJaar(jaar);
  const verstreken = dagenVerstreken(jaar, peildatum);
  const bezet = verstreken === 0 ? null : exact(zorgdagen).dividedBy(verstreken);
  const bezetMetAfspraak = verstreken === 0 ? null : exact(zorgdagenMetAfspraak).dividedBy(verstreken);
  return {
    trajecten,
    zorgdagen,
    plekkenBezet: bezet === null ? null : afgerond(bezet, 2),
    plekkenJaar: afgerond(exact(zorgdagen).dividedBy(jaarDagen), 2),
    gemiddeldeBezetting: percentage(zorgdagen, trajecten * jaarDagen),
    clientenPerPlek: bezet === null ? null : quotient(trajecten, bezet, 2),
    afgesprokenPlekken: afgesproken === null ? null : afgerond(afgesproken, 2),
    onbezettePlekken: onbezet === null ? null : afgerond(onbezet, 2),
    bezettingsgraad: afgesproken === null || bezetMetAfspraak === null ? null : percentage(bezetMetAfspraak, afgesproken),
    terugbetalingCent: terug,
  };
}

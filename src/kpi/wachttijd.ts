/**
 * Wachttijd: "the period between the 301 and the 305" — from the toewijzing to the actual start of
 * care. Measured in days per traject (one client on one toegewezen product at one aanbieder) that
 * started:
 *
 *   wachtstart = the later of the first version's Toewijzingsdatum (when the 301 was issued) and the
 *                Ingangsdatum of the version in force (the first day the care may start);
 *   wachttijd  = Begindatum of the first accepted 305 − wachtstart.
 *
 * Why the later of the two: a toewijzing issued today that starts in two months by design (the
 * client asked for it) is no wait of the aanbieder's making, and care cannot start before the 301
 * exists. A start before the wachtstart (a toewijzing issued afterwards, with terugwerkende kracht)
 * counts as a wait of 0 days and is reported apart (`gestartVoorToewijzing`).
 *
 * Which trajecten: those whose first start lies in the peildatum's year, up to the peildatum.
 * A wait over 4 weeks (more than 28 days) obliges the aanbieder to offer overbruggingshulp.
 */
import { dagnummer } from '../control/kalender.js';
import { percentage } from './decimaal.js';
import { aantal, aantalBoven, begrensd, gemiddelde, klassen, mediaan, percentiel, type Klasse, type Verdeling } from './verdeling.js';

/** Days: a wait longer than this obliges overbruggingshulp. */
export const OVERBRUGGINGSGRENS = 28;

/** Wait classes in days (wachttijd and wachtlijst alike): up to 1, 2, 4, 8 and 13 weeks, and longer. */
export const WACHTKLASSEN: readonly number[] = [7, 14, 28, 56, 91];

export function wachtstart(toewijzingsdatum: string, ingangsdatum: string): string {
  return toewijzingsdatum > ingangsdatum ? toewijzingsdatum : ingangsdatum;
}

/** Begindatum − wachtstart in days; negative when care started before the toewijzing. */
export function wachtdagen(begindatum: string, toewijzingsdatum: string, ingangsdatum: string): number {
  return dagnummer(begindatum) - dagnummer(wachtstart(toewijzingsdatum, ingangsdatum));
}

export interface WachttijdCijfers {
  /** Trajecten that started. */
  readonly aantal: number;
  /** Days, one decimal. */
  readonly gemiddeld: number | null;
  readonly mediaan: number | null;
  readonly p90: number | null;
  /** Waited more than 28 days. */
  readonly aantalBoven28: number;
  /** Percent of `aantal`, one decimal. */
  readonly aandeelBoven28: number | null;
  /** Started before the wachtstart: counted as 0 days. */
  readonly gestartVoorToewijzing: number;
  /** Counts per wait class (`0-7`, `8-14`, `15-28`, `29-56`, `57-91`, `92+` days); a start before the wachtstart in `0-7`. */
  readonly verdeling: readonly Klasse[];
}

/** The figures of a distribution of wachtdagen (negative days allowed: they count as 0). */
export function wachttijdCijfers(v: Verdeling): WachttijdCijfers {
  const n = aantal(v);
  let voor = 0;
  for (const [d, a] of v) if (d < 0) voor += a;
  const w = begrensd(v, 0);
  const boven = aantalBoven(w, OVERBRUGGINGSGRENS);
  return {
    aantal: n,
    gemiddeld: gemiddelde(w),
    mediaan: mediaan(w),
    p90: percentiel(w, '0.9'),
    aantalBoven28: boven,
    aandeelBoven28: percentage(boven, n),
    gestartVoorToewijzing: voor,
    verdeling: klassen(w, WACHTKLASSEN),
  };
}

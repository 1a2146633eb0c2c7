/**
 * Forecasts of a year's realisation (eurocents) from its months so far, as of a peildatum. The base is
 * the months fully elapsed at the peildatum (declaraties of the running month are not in yet):
 *
 *  - linear:        realised in months 1..M × 12 / M, rounded to whole cents (half up);
 *  - seasonal-naive: realised in months 1..M + the same months M+1..12 of the year before — each
 *                    remaining month is forecast by its value a year earlier; unavailable when the
 *                    year before has no prestaties at all.
 * With M = 12 both are the realisation; with M = 0 (January) neither exists.
 */
import { centen, exact } from './decimaal.js';

/** Months of the year fully elapsed at the peildatum (0..12). */
export function basisMaanden(jaar: number, peildatum: string): number {
  const pj = Number(peildatum.slice(0, 4));
  if (pj > jaar) return 12;
  if (pj < jaar) return 0;
  const maand = Number(peildatum.slice(5, 7));
  const laatsteDag = new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
  return Number(peildatum.slice(8, 10)) === laatsteDag ? maand : maand - 1;
}

function somTot(maanden: readonly number[], m: number): number {
  let s = 0;
  for (let i = 0; i < m; i++) s += maanden[i] ?? 0;
  return s;
}

/** `maanden[0]` is January; eurocents. */
export function lineairePrognose(maanden: readonly number[], basis: number): number | null {
  if (basis <= 0) return null;
  return centen(exact(somTot(maanden, basis)).times(12).dividedBy(basis));
}

export function seizoensNaievePrognose(maanden: readonly number[], vorigJaar: readonly number[] | undefined, basis: number): number | null {
  if (basis <= 0 || vorigJaar === undefined) return null;
  let s = somTot(maanden, basis);
  for (let i = basis; i < 12; i++) s += vorigJaar[i] ?? 0;
  return s;
}

/**
 * A forecast spread over the months (January first, 12 entries, eurocents), adding up exactly to
 * the year's forecast of that method: the months fully elapsed are their realisation; after them
 * seasonal-naive takes each month of the year before, linear spreads the forecast minus the realised
 * evenly over the remaining months in whole cents (the leftover cents to the first of them). Null
 * when the method has no forecast (M = 0; seasonal without a year before).
 */
export function prognosePerMaand(
  maanden: readonly number[],
  vorigJaar: readonly number[] | undefined,
  basis: number,
  methode: 'realisatie' | 'seizoen' | 'lineair',
): number[] | null {
  const gerealiseerd = Array.from({ length: 12 }, (_, i) => maanden[i] ?? 0);
  if (methode === 'realisatie' || basis >= 12) return gerealiseerd;
  if (basis <= 0) return null;
  const uit = gerealiseerd.map((w, i) => (i < basis ? w : 0));
  if (methode === 'seizoen') {
    if (vorigJaar === undefined) return null;
    for (let i = basis; i < 12; i++) uit[i] = vorigJaar[i] ?? 0;
    return uit;
  }
  const rest = lineairePrognose(maanden, basis)! - somTot(maanden, basis);
  const over = 12 - basis;
  const deel = Math.floor(rest / over);
  let extra = rest - deel * over;
  for (let i = basis; i < 12; i++) {
    uit[i] = deel + (extra > 0 ? 1 : 0);
    if (extra > 0) extra--;
  }
  return uit;
}

/**
 * Tarief and amount maths of a prestatie (TR346, TR418, IV081), in integer eurocents through
 * decimal.js, never floats.
 *
 * Rounding: "afgerond op 2 decimalen volgens de rekenkundige regels" (IV081: 1,455 → 1,46 and
 * 1,454 → 1,45). With amounts in eurocents that is rounding to a whole cent, half a cent upwards
 * (ROUND_HALF_UP; amounts are never negative, so half-up and half-away-from-zero coincide).
 *
 * - The minute tarief of an hourly contract: uurtarief / 60, rounded to a cent. It goes into
 *   ProductTarief but is NOT used for IngediendBedrag.
 * - IngediendBedrag for minutes under an hourly contract: uurtarief x minuten / 60, rounded once,
 *   at the end, to a cent.
 * - Otherwise: GeleverdVolume x ProductTarief, exact (integers).
 */
import { Decimal } from 'decimal.js';

const Rekenaar = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** A cent amount as a decimal. */
const cent = (n: number | Decimal): Decimal => new Rekenaar(n);

/** The ProductTarief per minute for an hourly tarief: uurtarief / 60 rounded half-up to a whole cent. */
export function minuuttarief(uurtariefCent: number): Decimal {
  return cent(uurtariefCent).dividedBy(60).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

/** IngediendBedrag for minutes under an hourly tarief: uurtarief x minuten / 60, rounded half-up to a cent. */
export function bedragVoorMinuten(uurtariefCent: number, minuten: number): Decimal {
  return cent(uurtariefCent).times(minuten).dividedBy(60).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

/** GeleverdVolume x ProductTarief, exact. */
export function bedragVoorVolume(volume: number, tariefCent: number): Decimal {
  return cent(tariefCent).times(volume);
}

export function gelijk(a: number | Decimal, b: number | Decimal): boolean {
  return cent(a).equals(cent(b));
}

/** An amount in eurocents as a Dutch reader writes it: `€ 1.234,56`. */
export function euro(bedragCent: number | Decimal): string {
  const d = cent(bedragCent);
  const negatief = d.isNegative();
  const [heel, frac] = d.abs().dividedBy(100).toFixed(2).split('.') as [string, string];
  const groepen = heel.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negatief ? '-' : ''}€ ${groepen},${frac}`;
}

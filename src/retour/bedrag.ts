/**
 * Amounts with their debet/credit indication as signed integer eurocents (IV024: amounts are in
 * 1/100 of the currency), so that totals are exact sums: debet counts up, credit counts down.
 */
import type { BedragMetDC, TotaalBedragMetDC } from '../standard/berichten.generated.js';

/** A BedragMetDC as signed eurocents. */
export function centen(b: BedragMetDC): number {
  return b.DebetCredit === 'C' ? -b.Bedrag : b.Bedrag;
}

/** A TotaalBedragMetDC as signed eurocents. */
export function totaalCenten(t: TotaalBedragMetDC): number {
  return t.DebetCredit === 'C' ? -t.TotaalBedrag : t.TotaalBedrag;
}

/** Signed eurocents as a TotaalBedragMetDC; zero is debet (CS325). */
export function alsTotaal(centen: number): TotaalBedragMetDC {
  if (!Number.isSafeInteger(centen)) throw new RangeError(`not a whole number of eurocents: ${centen}`);
  return centen < 0 ? { TotaalBedrag: -centen, DebetCredit: 'C' } : { TotaalBedrag: centen, DebetCredit: 'D' };
}

/**
 * Amounts with debet/credit as the declaratie messages carry them: an unsigned amount in eurocents
 * and `D` or `C`. Debet counts up, credit counts down; all arithmetic in integer cents.
 */

export interface BedragMetDC {
  readonly Bedrag: number;
  readonly DebetCredit: string;
}

export interface TotaalBedragMetDC {
  readonly TotaalBedrag: number;
  readonly DebetCredit: string;
}

/** The amount as signed cents: credit negative. */
export const getekend = (bedrag: number, debetCredit: string): number => (debetCredit === 'C' ? -bedrag : bedrag);

/** A signed amount written the standard's way: amount and D/C, with 0 as debet. */
export function metDC(cent: number): { bedrag: number; debetCredit: 'D' | 'C' } {
  return cent < 0 ? { bedrag: -cent, debetCredit: 'C' } : { bedrag: cent, debetCredit: 'D' };
}

/** Debet counts up, credit counts down; the result as amount + D/C, as the standard writes totals. */
export function saldo(bedragen: Iterable<BedragMetDC>): { bedrag: number; debetCredit: 'D' | 'C' } {
  let som = 0;
  for (const b of bedragen) som += getekend(b.Bedrag, b.DebetCredit);
  return metDC(som);
}

const DUIZENDTALLEN = /\B(?=(\d{3})+(?!\d))/g;

/** Eurocents for a message text: `€ 1.234,50`. */
export function euro(cent: number): string {
  const teken = cent < 0 ? '-' : '';
  const abs = Math.abs(cent);
  const euros = Math.trunc(abs / 100)
    .toString()
    .replace(DUIZENDTALLEN, '.');
  return `€ ${teken}${euros},${(abs % 100).toString().padStart(2, '0')}`;
}

/** An amount with its indicator for a message text: `€ 50,00 C`. */
export const euroDC = (bedrag: number, debetCredit: string): string => `${euro(bedrag)} ${debetCredit}`;

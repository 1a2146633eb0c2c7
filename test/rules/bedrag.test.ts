import { describe, expect, it } from 'vitest';
import { euro, euroDC, getekend, metDC } from '../../src/rules/declaratie/bedrag.js';

describe('amounts with debet/credit', () => {
  it('sign credit negative and write 0 as debet', () => {
    expect(getekend(5000, 'C')).toBe(-5000);
    expect(getekend(5000, 'D')).toBe(5000);
    expect(metDC(-24000)).toEqual({ bedrag: 24000, debetCredit: 'C' });
    expect(metDC(0)).toEqual({ bedrag: 0, debetCredit: 'D' });
  });

  it('write eurocents the Dutch way, without floating point', () => {
    expect(euro(0)).toBe('€ 0,00');
    expect(euro(5)).toBe('€ 0,05');
    expect(euro(123456789)).toBe('€ 1.234.567,89');
    expect(euro(-150)).toBe('€ -1,50');
    expect(euroDC(5000, 'C')).toBe('€ 50,00 C');
  });
});

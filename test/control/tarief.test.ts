import { describe, expect, it } from 'vitest';
import { bedragVoorMinuten, bedragVoorVolume, euro, gelijk, minuuttarief } from '../../src/control/tarief.js';

describe('tarief and amount maths (IV081, TR346)', () => {
  it('rounds the minute tarief half-up to a cent: 1,455 → 1,46 and 1,454 → 1,45', () => {
    expect(minuuttarief(8730).toNumber()).toBe(146);
    expect(minuuttarief(8724).toNumber()).toBe(145);
    expect(minuuttarief(6000).toNumber()).toBe(100);
    expect(minuuttarief(6100).toNumber()).toBe(102);
  });

  it('computes minutes under an hourly tarief as uurtarief x minuten / 60, rounded once at the end', () => {
    // 87,30 x 45 / 60 = 65,475 → 65,48; the rounded minute tarief would give 1,46 x 45 = 65,70.
    expect(bedragVoorMinuten(8730, 45).toNumber()).toBe(6548);
    expect(bedragVoorMinuten(6100, 30).toNumber()).toBe(3050);
    expect(bedragVoorMinuten(8724, 1).toNumber()).toBe(145);
  });

  it('multiplies volume and tarief exactly, beyond float precision', () => {
    expect(bedragVoorVolume(99999999, 99999999).toFixed()).toBe('9999999800000001');
    expect(gelijk(bedragVoorVolume(16, 1500), 24000)).toBe(true);
    expect(gelijk(bedragVoorVolume(16, 1500), 24001)).toBe(false);
  });

  it('writes euro amounts with comma decimals and dot thousands', () => {
    expect(euro(123456)).toBe('€ 1.234,56');
    expect(euro(5)).toBe('€ 0,05');
    expect(euro(0)).toBe('€ 0,00');
    expect(euro(-2500)).toBe('-€ 25,00');
    expect(euro(99999999900)).toBe('€ 999.999.999,00');
  });
});

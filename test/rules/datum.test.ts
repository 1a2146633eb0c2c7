import { describe, expect, it } from 'vitest';
import { dagenInMaand, datumdelen, datumwaarde, isNa, isVoor } from '../../src/rules/datum.js';

describe('dates of the standard', () => {
  it('split into year, month and day', () => {
    expect(datumdelen('2026-05-06')).toEqual({ jaar: 2026, maand: 5, dag: 6 });
    expect(datumdelen('10000-01-02')).toEqual({ jaar: 10000, maand: 1, dag: 2 });
    expect(datumdelen('-0001-12-31')).toEqual({ jaar: -1, maand: 12, dag: 31 });
    expect(datumdelen('geen datum').jaar).toBeNaN();
  });

  it('order as dates, also beyond four-digit years', () => {
    expect(isNa('2026-05-07', '2026-05-06')).toBe(true);
    expect(isNa('2026-05-06', '2026-05-06')).toBe(false);
    expect(isVoor('2025-12-31', '2026-01-01')).toBe(true);
    expect(isNa('10000-01-01', '9999-12-31')).toBe(true);
    expect(isVoor('-0001-12-31', '0001-01-01')).toBe(true);
    expect(isVoor('-0002-12-31', '-0001-01-01')).toBe(true);
    expect(datumwaarde('2026-05-06')).toBe(20260506);
  });

  it('know the length of every month, leap years included', () => {
    expect(dagenInMaand(2024, 2)).toBe(29);
    expect(dagenInMaand(2026, 2)).toBe(28);
    expect(dagenInMaand(1900, 2)).toBe(28);
    expect(dagenInMaand(2000, 2)).toBe(29);
    expect(dagenInMaand(2026, 4)).toBe(30);
    expect(dagenInMaand(2026, 12)).toBe(31);
  });
});

import { describe, expect, it } from 'vitest';
import { basisMaanden, lineairePrognose, prognosePerMaand, seizoensNaievePrognose } from '../../src/kpi/prognose.js';

const maanden = (...m: number[]): number[] => [...m, ...Array(12 - m.length).fill(0)];

describe('forecasts to year end', () => {
  it('bases them on the months fully elapsed at the peildatum', () => {
    expect(basisMaanden(2025, '2025-06-30')).toBe(6);
    expect(basisMaanden(2025, '2025-06-15')).toBe(5);
    expect(basisMaanden(2025, '2025-12-31')).toBe(12);
    expect(basisMaanden(2025, '2025-01-15')).toBe(0);
    expect(basisMaanden(2024, '2024-02-29')).toBe(2);
    expect(basisMaanden(2025, '2026-01-05')).toBe(12);
    expect(basisMaanden(2025, '2024-12-31')).toBe(0);
  });

  it('linear: realised × 12 / months, rounded to whole cents half up', () => {
    expect(lineairePrognose(maanden(100, 200, 300), 3)).toBe(2400);
    // 10 × 12 / 7 = 17,14 → 17; 1 × 12 / 8 = 1,5 → 2
    expect(lineairePrognose(maanden(10), 7)).toBe(17);
    expect(lineairePrognose(maanden(1), 8)).toBe(2);
    // the running month is not part of the base
    expect(lineairePrognose(maanden(100, 100, 100, 999), 3)).toBe(1200);
    expect(lineairePrognose(maanden(100), 0)).toBeNull();
  });

  it('seasonal-naive: realised so far plus the remaining months as they were a year before', () => {
    const vorig = maanden(1, 1, 1, 1, 1, 1, 50, 60, 70, 80, 90, 100);
    expect(seizoensNaievePrognose(maanden(100, 100, 100, 100, 100, 100), vorig, 6)).toBe(600 + 450);
    expect(seizoensNaievePrognose(maanden(100), undefined, 6)).toBeNull();
    expect(seizoensNaievePrognose(maanden(100), vorig, 0)).toBeNull();
  });

  it('spreads a forecast over the months so that they add up to the year forecast exactly', () => {
    const vorig = maanden(1, 1, 1, 1, 1, 1, 50, 60, 70, 80, 90, 100);
    const dit = maanden(100, 100, 100, 100, 100, 100);
    expect(prognosePerMaand(dit, vorig, 6, 'seizoen')).toEqual([100, 100, 100, 100, 100, 100, 50, 60, 70, 80, 90, 100]);
    // linear 10 × 12 / 7 = 17: the 7 cents left over the 5 remaining months, the first two get one more
    const l = prognosePerMaand(maanden(10), undefined, 7, 'lineair')!;
    expect(l).toEqual([10, 0, 0, 0, 0, 0, 0, 2, 2, 1, 1, 1]);
    expect(l.reduce((a, b) => a + b, 0)).toBe(lineairePrognose(maanden(10), 7));
    // a credit can make the rest negative: still exact
    const n = prognosePerMaand(maanden(-5, 0, 0), undefined, 3, 'lineair')!;
    expect(n.reduce((a, b) => a + b, 0)).toBe(lineairePrognose(maanden(-5), 3));
    expect(prognosePerMaand(dit, undefined, 12, 'realisatie')).toEqual(dit);
    expect(prognosePerMaand(dit, undefined, 0, 'lineair')).toBeNull();
    expect(prognosePerMaand(dit, undefined, 6, 'seizoen')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { aantal, aantalBoven, begrensd, gemiddelde, klassen, maximum, mediaan, percentiel, som, verdeling, verdelingVan } from '../../src/kpi/verdeling.js';

describe('distributions of days as histograms', () => {
  it('takes percentiles as PERCENTIEL.INC: the median of 3, 5, 8, 10 is 6,5 and the 90th percentile 9,4', () => {
    const v = verdelingVan([10, 3, 8, 5]);
    expect(mediaan(v)).toBe(6.5);
    // h = (4 − 1) × 0,9 = 2,7: 8 + 0,7 × (10 − 8)
    expect(percentiel(v, '0.9')).toBe(9.4);
    expect(percentiel(v, '0')).toBe(3);
    expect(percentiel(v, '1')).toBe(10);
  });

  it('gives the same figures from summed histogram rows as from the single values', () => {
    const v = verdeling([
      { dagen: 2, aantal: 2 },
      { dagen: 7, aantal: 1 },
      { dagen: 2, aantal: 1 },
      { dagen: 40, aantal: 0 },
    ]);
    expect([...v].sort()).toEqual([
      [2, 3],
      [7, 1],
    ]);
    expect(aantal(v)).toBe(4);
    expect(som(v)).toBe(13);
    // 2, 2, 2, 7: h = 1,5 → 2; h = 2,7 → 2 + 0,7 × 5
    expect(mediaan(v)).toBe(2);
    expect(percentiel(v, '0.9')).toBe(5.5);
    // 13 / 4 = 3,25 → 3,3 (half away from zero, not to even)
    expect(gemiddelde(v)).toBe(3.3);
  });

  it('rounds a mean of 0,25 to 0,3 and of 1/3 to 0,3', () => {
    expect(gemiddelde(verdelingVan([0, 0, 0, 1]))).toBe(0.3);
    expect(gemiddelde(verdelingVan([0, 0, 1]))).toBe(0.3);
  });

  it('has no figures for an empty distribution', () => {
    const v = verdeling([]);
    expect([aantal(v), gemiddelde(v), mediaan(v), percentiel(v, '0.9'), maximum(v)]).toEqual([0, null, null, null, null]);
  });

  it('counts values strictly above a limit, clamps below a minimum and classes by upper bounds', () => {
    const v = verdelingVan([-3, 0, 7, 8, 14, 15, 28, 29, 100]);
    expect(aantalBoven(v, 28)).toBe(2);
    expect([...begrensd(v, 0)].sort((a, b) => a[0] - b[0])[0]).toEqual([0, 2]);
    expect(klassen(v, [7, 14, 28])).toEqual([
      { klasse: '0-7', aantal: 3 },
      { klasse: '8-14', aantal: 2 },
      { klasse: '15-28', aantal: 2 },
      { klasse: '29+', aantal: 2 },
    ]);
    expect(maximum(v)).toBe(100);
  });

  it('refuses a percentile outside 0..1', () => {
    expect(() => percentiel(verdelingVan([1]), '1.5')).toThrow(/tussen 0 en 1/);
  });
});

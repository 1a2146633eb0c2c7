import { describe, expect, it } from 'vitest';
import { doorlooptijdCijfers, doorlooptijdDagen, weekVan } from '../../src/kpi/doorlooptijd.js';

describe('doorlooptijd of trajecten', () => {
  it('counts both the first and the last day: 1 to 31 January is 31 days', () => {
    expect(doorlooptijdDagen('2025-01-01', '2025-01-31')).toBe(31);
    expect(doorlooptijdDagen('2024-11-18', '2025-03-15')).toBe(118);
  });

  it('puts 1–7 days in week 1 and 8 days in week 2', () => {
    expect([weekVan(1), weekVan(7), weekVan(8), weekVan(79), weekVan(118)]).toEqual([1, 1, 2, 12, 17]);
  });

  it('takes the exact mean from the sum of days and the median and p90 over the weeks', () => {
    // 31, 31, 50, 200 days: weeks 5, 5, 8, 29; mean 312/4 = 78 days = 11,1 weeks;
    // median at h = 1,5 between 5 and 8; p90 at h = 2,7: 8 + 0,7 × 21 = 22,7
    expect(
      doorlooptijdCijfers([
        { weken: 5, aantal: 2, somDagen: 62 },
        { weken: 8, aantal: 1, somDagen: 50 },
        { weken: 29, aantal: 1, somDagen: 200 },
      ]),
    ).toEqual({ aantal: 4, gemiddeldDagen: 78, gemiddeldWeken: 11.1, mediaanWeken: 6.5, p90Weken: 22.7 });
  });

  it('has no figures without trajecten', () => {
    expect(doorlooptijdCijfers([])).toEqual({ aantal: 0, gemiddeldDagen: null, gemiddeldWeken: null, mediaanWeken: null, p90Weken: null });
  });
});

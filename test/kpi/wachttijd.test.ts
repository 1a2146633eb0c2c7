import { describe, expect, it } from 'vitest';
import { verdelingVan } from '../../src/kpi/verdeling.js';
import { wachtdagen, wachtstart, wachttijdCijfers } from '../../src/kpi/wachttijd.js';

describe('wachttijd: from the toewijzing (301) to the start of care (305)', () => {
  it('starts the wait at the later of the Toewijzingsdatum and the Ingangsdatum', () => {
    expect(wachtstart('2025-03-01', '2025-03-15')).toBe('2025-03-15');
    expect(wachtstart('2025-03-01', '2025-02-01')).toBe('2025-03-01');
    expect(wachtdagen('2025-04-02', '2025-03-01', '2025-03-15')).toBe(18);
  });

  it('is negative when care started before the 301 (terugwerkende kracht)', () => {
    expect(wachtdagen('2025-02-20', '2025-03-01', '2025-02-01')).toBe(-9);
  });

  it('computes count, mean, median, p90 and the share over 4 weeks; a start before the toewijzing counts as 0 days', () => {
    // −9 → 0, 0, 10, 20, 30, 40: mean 100/6 = 16,7; median (10+20)/2; p90 at h = 4,5 → 35; over 28: 30 and 40
    expect(wachttijdCijfers(verdelingVan([-9, 0, 10, 20, 30, 40]))).toEqual({
      aantal: 6,
      gemiddeld: 16.7,
      mediaan: 15,
      p90: 35,
      aantalBoven28: 2,
      aandeelBoven28: 33.3,
      gestartVoorToewijzing: 1,
      // the −9 counts as 0 days, in the first class
      verdeling: [
        { klasse: '0-7', aantal: 2 },
        { klasse: '8-14', aantal: 1 },
        { klasse: '15-28', aantal: 1 },
        { klasse: '29-56', aantal: 2 },
        { klasse: '57-91', aantal: 0 },
        { klasse: '92+', aantal: 0 },
      ],
    });
  });

  it('does not count exactly 28 days as over 4 weeks', () => {
    expect(wachttijdCijfers(verdelingVan([28, 29])).aantalBoven28).toBe(1);
  });

  it('has no mean or share without starts', () => {
    expect(wachttijdCijfers(new Map())).toEqual({
      aantal: 0,
      gemiddeld: null,
      mediaan: null,
      p90: null,
      aantalBoven28: 0,
      aandeelBoven28: null,
      gestartVoorToewijzing: 0,
      verdeling: ['0-7', '8-14', '15-28', '29-56', '57-91', '92+'].map((klasse) => ({ klasse, aantal: 0 })),
    });
  });
});

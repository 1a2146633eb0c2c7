import { describe, expect, it } from 'vitest';
import { verdelingVan } from '../../src/kpi/verdeling.js';
import { wachtlijstCijfers, wachtlijstDagen } from '../../src/kpi/wachtlijst.js';

describe('wachtlijst at a peildatum', () => {
  it('counts the days waited from the wachtstart to the peildatum', () => {
    expect(wachtlijstDagen('2025-06-30', '2025-05-01', '2025-05-01')).toBe(60);
    expect(wachtlijstDagen('2025-06-30', '2025-06-02', '2025-06-16')).toBe(14);
  });

  it('gives count, mean, median, the longest wait, the share over 4 weeks and the age classes', () => {
    // 3, 10, 30, 60, 100: mean 203/5 = 40,6
    expect(wachtlijstCijfers(verdelingVan([3, 10, 30, 60, 100]))).toEqual({
      aantal: 5,
      gemiddeld: 40.6,
      mediaan: 30,
      langste: 100,
      aantalBoven28: 3,
      aandeelBoven28: 60,
      verdeling: [
        { klasse: '0-7', aantal: 1 },
        { klasse: '8-14', aantal: 1 },
        { klasse: '15-28', aantal: 0 },
        { klasse: '29-56', aantal: 1 },
        { klasse: '57-91', aantal: 1 },
        { klasse: '92+', aantal: 1 },
      ],
    });
  });
});

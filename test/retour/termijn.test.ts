import { describe, expect, it } from 'vitest';
import { retourtermijnWerkdagen, uitersteDatum } from '../../src/retour/termijn.js';
import { berichtsoorten } from '../../src/standard/catalogue.js';

describe('retourtermijn (OP090, OP090x4)', () => {
  it('three working days for every retour, ten for the 325', () => {
    for (const soort of Object.values(berichtsoorten)) {
      if (!soort.retour) continue;
      expect(retourtermijnWerkdagen[soort.retour], soort.retour).toBe(soort.retour === '325' ? 10 : 3);
    }
  });

  it('counts working days after receipt, skipping weekends', () => {
    expect(uitersteDatum('2026-11-16', 3)).toBe('2026-11-19'); // Monday → Thursday
    expect(uitersteDatum('2026-11-19', 3)).toBe('2026-11-24'); // Thursday → Tuesday
    expect(uitersteDatum('2026-11-21', 3)).toBe('2026-11-25'); // received on a Saturday
    expect(uitersteDatum('2026-11-16', 10)).toBe('2026-11-30');
  });

  it('skips the free days the caller names', () => {
    expect(uitersteDatum('2026-12-23', 3, new Set(['2026-12-25', '2026-12-26']))).toBe('2026-12-29');
    expect(uitersteDatum('2026-12-23', 3)).toBe('2026-12-28');
  });
});

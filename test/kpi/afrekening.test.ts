import { describe, expect, it } from 'vitest';
import { afrekening } from '../../src/kpi/afrekening.js';

// € 1.000 agreed with a bandbreedte of 5 %: the band is € 950 – € 1.050; € 900 paid in advance.
const afspraak = { soort: 'afspraak', bedrag: 100_000, bandbreedte: '5', voorschot: 90_000 } as const;

describe('settlement of a budgetafspraak with a bandbreedte', () => {
  it('settles nothing inside the band, its edges included: the gemeente pays the agreed amount', () => {
    for (const r of [95_000, 103_000, 105_000]) {
      expect(afrekening(r, afspraak, 'geheel')).toEqual({
        ondergrens: 95_000,
        bovengrens: 105_000,
        binnenBand: true,
        verrekening: 0,
        vergoeding: 100_000,
        overschrijding: 0,
        afrekening: -10_000,
      });
    }
  });

  it('settles the whole difference above the band (geheel) or only the part beyond it (buiten-band)', () => {
    expect(afrekening(110_000, afspraak, 'geheel')).toMatchObject({ binnenBand: false, verrekening: 10_000, vergoeding: 110_000, afrekening: -20_000 });
    expect(afrekening(110_000, afspraak, 'buiten-band')).toMatchObject({ verrekening: 5_000, vergoeding: 105_000, afrekening: -15_000 });
    expect(afrekening(120_000, afspraak, 'buiten-band')).toMatchObject({ verrekening: 15_000, vergoeding: 115_000 });
  });

  it('settles below the band the same way: the aanbieder pays back from the voorschot', () => {
    expect(afrekening(90_000, afspraak, 'geheel')).toMatchObject({ verrekening: -10_000, vergoeding: 90_000, afrekening: 0 });
    expect(afrekening(90_000, afspraak, 'buiten-band')).toMatchObject({ verrekening: -5_000, vergoeding: 95_000, afrekening: -5_000 });
    expect(afrekening(50_000, afspraak, 'buiten-band')).toMatchObject({ verrekening: -45_000, vergoeding: 55_000, afrekening: 35_000 });
  });

  it('rounds a settlement beyond a fractional band edge to whole cents, half away from zero', () => {
    // 100.001 × 1,025 = 102.501,025 and × 0,975 = 97.500,975
    const a = { soort: 'afspraak', bedrag: 100_001, bandbreedte: '2.5' } as const;
    expect(afrekening(110_000, a, 'buiten-band')).toMatchObject({ bovengrens: 102_501, verrekening: 7_499, vergoeding: 107_500 });
    expect(afrekening(90_000, a, 'buiten-band')).toMatchObject({ ondergrens: 97_501, verrekening: -7_501, vergoeding: 92_500, afrekening: -92_500 });
  });

  it('without a bandbreedte every difference is settled', () => {
    expect(afrekening(100_500, { soort: 'afspraak', bedrag: 100_000 }, 'buiten-band')).toMatchObject({ verrekening: 500, vergoeding: 100_500 });
  });

  it('pays a plafond up to the plafond and reports the overschrijding', () => {
    expect(afrekening(120_000, { soort: 'plafond', bedrag: 100_000 }, 'buiten-band')).toEqual({
      ondergrens: 0,
      bovengrens: 100_000,
      binnenBand: false,
      verrekening: 0,
      vergoeding: 100_000,
      overschrijding: 20_000,
      afrekening: -100_000,
    });
    expect(afrekening(80_000, { soort: 'plafond', bedrag: 100_000 }, 'geheel')).toMatchObject({ binnenBand: true, vergoeding: 80_000, overschrijding: 0 });
  });
});

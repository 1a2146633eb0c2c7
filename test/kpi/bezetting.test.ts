import { describe, expect, it } from 'vitest';
import { bezettingCijfers, dagenInJaar, dagenVerstreken, somBezetting, zorgdagenIn } from '../../src/kpi/bezetting.js';

describe('bezetting and plekken', () => {
  it('counts days in a year, days elapsed and care days inside a window', () => {
    expect([dagenInJaar(2024), dagenInJaar(2025)]).toEqual([366, 365]);
    expect(dagenVerstreken(2025, '2025-06-30')).toBe(181);
    expect(dagenVerstreken(2025, '2026-02-01')).toBe(365);
    expect(dagenVerstreken(2025, '2024-12-31')).toBe(0);
    expect(zorgdagenIn('2024-12-01', '2025-01-10', '2025-01-01', '2025-06-30')).toBe(10);
    expect(zorgdagenIn('2025-07-01', '2025-08-10', '2025-01-01', '2025-06-30')).toBe(0);
  });

  it('holds "aantal cliënten × gemiddelde bezetting = aantal plekken per jaar" and pays back unoccupied agreed plekken', () => {
    // 4 trajecten, 730 care days in 2025: 2 plekken; bezetting 730 / (4 × 365) = 50 %; 4 × 50 % = 2.
    // Agreed 3 plekken for € 3.000: 1 unoccupied, paid back at € 1.000 a plek.
    const c = bezettingCijfers({ jaar: 2025, peildatum: '2025-12-31', trajecten: 4, zorgdagen: 730, afgesprokenPlekken: '3', afspraakBedrag: 300_000 });
    expect(c).toEqual({
      trajecten: 4,
      zorgdagen: 730,
      plekkenBezet: 2,
      plekkenJaar: 2,
      gemiddeldeBezetting: 50,
      clientenPerPlek: 2,
      afgesprokenPlekken: 3,
      onbezettePlekken: 1,
      bezettingsgraad: 66.7,
      terugbetalingCent: 100_000,
    });
  });

  it('averages over the days elapsed inside the year', () => {
    // Two trajecten in care all of 1 Jan – 30 Jun (181 days): 2 plekken occupied on average so far,
    // 362/365 = 0,99 of a year's plekken used.
    expect(bezettingCijfers({ jaar: 2025, peildatum: '2025-06-30', trajecten: 2, zorgdagen: 362 })).toMatchObject({
      plekkenBezet: 2,
      plekkenJaar: 0.99,
      gemiddeldeBezetting: 49.6,
      clientenPerPlek: 1,
      afgesprokenPlekken: null,
      terugbetalingCent: null,
    });
  });

  it('pays back nothing when more plekken are occupied than agreed', () => {
    expect(bezettingCijfers({ jaar: 2025, peildatum: '2025-12-31', trajecten: 2, zorgdagen: 730, afgesprokenPlekken: '1', afspraakBedrag: 50_000 })).toMatchObject({
      plekkenBezet: 2,
      onbezettePlekken: 0,
      bezettingsgraad: 200,
      terugbetalingCent: 0,
    });
  });

  it('adds agreements up: unoccupied plekken per agreement, not netted against another aanbieder', () => {
    const a = bezettingCijfers({ jaar: 2025, peildatum: '2025-12-31', trajecten: 4, zorgdagen: 730, afgesprokenPlekken: '3', afspraakBedrag: 300_000 });
    const b = bezettingCijfers({ jaar: 2025, peildatum: '2025-12-31', trajecten: 2, zorgdagen: 730, afgesprokenPlekken: '1', afspraakBedrag: 50_000 });
    expect(somBezetting(2025, '2025-12-31', [a, b])).toEqual({
      trajecten: 6,
      zorgdagen: 1460,
      plekkenBezet: 4,
      plekkenJaar: 4,
      gemiddeldeBezetting: 66.7,
      clientenPerPlek: 1.5,
      afgesprokenPlekken: 4,
      onbezettePlekken: 1,
      bezettingsgraad: 100,
      terugbetalingCent: 100_000,
    });
  });
});

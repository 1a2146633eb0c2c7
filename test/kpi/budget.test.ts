import { describe, expect, it } from 'vitest';
import { budgetCijfers, somBudget } from '../../src/kpi/budget.js';

const zes = (bedrag: number): number[] => [...Array(6).fill(bedrag), ...Array(6).fill(0)];
const tweedeHelft = (bedrag: number): number[] => [...Array(6).fill(0), ...Array(6).fill(bedrag)];
// € 12.000 agreed, bandbreedte 5 % (band € 11.400 – € 12.600), € 10.800 in advances.
const afspraak = { soort: 'afspraak', bedrag: 1_200_000, bandbreedte: '5', voorschot: 1_080_000 } as const;

describe('the budget figure', () => {
  it('forecasts seasonal-naive when the year before has data, and settles that forecast', () => {
    // realised Jan–Jun 6 × 100.000; Jul–Dec last year 6 × 110.000 → 1.260.000, the band's upper edge
    const c = budgetCijfers({ jaar: 2025, peildatum: '2025-06-30', maanden: zes(100_000), vorigJaar: tweedeHelft(110_000), inOnderzoek: 5_000, afspraak, afrekenwijze: 'buiten-band' });
    expect(c).toEqual({
      realisatie: 600_000,
      inOnderzoek: 5_000,
      basisMaanden: 6,
      prognoseLineair: 1_200_000,
      prognoseSeizoen: 1_260_000,
      prognose: 1_260_000,
      prognoseMethode: 'seizoen',
      soort: 'afspraak',
      bedrag: 1_200_000,
      bandbreedte: '5',
      voorschot: 1_080_000,
      uitputting: 50,
      verwachteAfwijking: 60_000,
      verwachteAfwijkingPct: 5,
      binnenBand: true,
      verwachteVerrekening: 0,
      verwachteVergoeding: 1_200_000,
      verwachteOverschrijding: 0,
      verwachteAfrekening: -120_000,
    });
  });

  it('expects an overrun of 10 % to be settled by the chosen afrekenwijze', () => {
    const invoer = { jaar: 2025, peildatum: '2025-06-30', maanden: zes(100_000), vorigJaar: tweedeHelft(120_000), inOnderzoek: 0, afspraak } as const;
    expect(budgetCijfers({ ...invoer, afrekenwijze: 'buiten-band' })).toMatchObject({
      prognose: 1_320_000,
      verwachteAfwijking: 120_000,
      verwachteAfwijkingPct: 10,
      binnenBand: false,
      verwachteVerrekening: 60_000,
      verwachteVergoeding: 1_260_000,
      verwachteAfrekening: -180_000,
    });
    expect(budgetCijfers({ ...invoer, afrekenwijze: 'geheel' })).toMatchObject({ verwachteVerrekening: 120_000, verwachteVergoeding: 1_320_000, verwachteAfrekening: -240_000 });
  });

  it('falls back to linear without data of the year before, uses the realisation at year end, and has none in January', () => {
    expect(budgetCijfers({ jaar: 2025, peildatum: '2025-06-30', maanden: zes(100_000), inOnderzoek: 0, afrekenwijze: 'geheel' })).toMatchObject({
      prognose: 1_200_000,
      prognoseMethode: 'lineair',
      prognoseSeizoen: null,
      bedrag: null,
      verwachteAfwijking: null,
      verwachteAfrekening: null,
    });
    const jaar = [...Array(12).fill(100_000)];
    expect(budgetCijfers({ jaar: 2025, peildatum: '2025-12-31', maanden: jaar, inOnderzoek: 0, afrekenwijze: 'geheel' })).toMatchObject({ prognose: 1_200_000, prognoseMethode: 'realisatie' });
    expect(budgetCijfers({ jaar: 2025, peildatum: '2025-01-20', maanden: zes(0), inOnderzoek: 0, afspraak, afrekenwijze: 'geheel' })).toMatchObject({
      prognose: null,
      prognoseMethode: null,
      verwachteAfwijking: null,
      binnenBand: null,
    });
  });

  it('adds agreements up: amounts add, percentages from the sums, a forecast only when every part has one', () => {
    const a = budgetCijfers({ jaar: 2025, peildatum: '2025-06-30', maanden: zes(100_000), vorigJaar: tweedeHelft(110_000), inOnderzoek: 5_000, afspraak, afrekenwijze: 'buiten-band' });
    const zonder = budgetCijfers({ jaar: 2025, peildatum: '2025-06-30', maanden: zes(10_000), inOnderzoek: 0, afrekenwijze: 'buiten-band' });
    expect(somBudget([a, zonder])).toEqual({
      realisatie: 660_000,
      inOnderzoek: 5_000,
      basisMaanden: 6,
      prognoseLineair: 1_320_000,
      prognoseSeizoen: null,
      prognose: 1_380_000,
      prognoseMethode: null,
      soort: null,
      bedrag: 1_200_000,
      bandbreedte: null,
      voorschot: 1_080_000,
      // only the realisation under an agreement counts against the agreed amounts
      uitputting: 50,
      verwachteAfwijking: 60_000,
      verwachteAfwijkingPct: 5,
      binnenBand: null,
      verwachteVerrekening: 0,
      verwachteVergoeding: 1_200_000,
      verwachteOverschrijding: 0,
      verwachteAfrekening: -120_000,
    });
  });
});

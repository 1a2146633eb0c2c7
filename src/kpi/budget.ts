/**
 * The budget figure per aanbieder × gemeente × segment × year (the grain of a budgetafspraak):
 * realisation so far (toegekend, credit negative, by the month of the ProductPeriode), the forecasts
 * to year end (`prognose.ts`), the expected over- or underrun against the plafond or afspraak in
 * euro and percent, and the settlement the forecast would lead to (`afrekening.ts`). The forecast
 * used: the realisation once the year is complete, else seasonal-naive when the year before has
 * data, else linear. Coarser slices add the per-agreement results up (`somBudget`).
 */
import { afrekening, type Afrekenwijze, type Afspraak } from './afrekening.js';
import { percentage } from './decimaal.js';
import { basisMaanden, lineairePrognose, seizoensNaievePrognose } from './prognose.js';

export type PrognoseMethode = 'realisatie' | 'seizoen' | 'lineair';

export interface BudgetInvoer {
  readonly jaar: number;
  readonly peildatum: string;
  /** Toegekend per month, January first, eurocents (12 entries; missing months 0). */
  readonly maanden: readonly number[];
  /** The same for the year before; absent when it has no prestaties at all. */
  readonly vorigJaar?: readonly number[];
  /** Ingediend and still in onderzoek, eurocents. */
  readonly inOnderzoek: number;
  readonly afspraak?: Afspraak;
  readonly afrekenwijze: Afrekenwijze;
}

export interface BudgetCijfers {
  readonly realisatie: number;
  readonly inOnderzoek: number;
  readonly basisMaanden: number;
  readonly prognoseLineair: number | null;
  readonly prognoseSeizoen: number | null;
  readonly prognose: number | null;
  readonly prognoseMethode: PrognoseMethode | null;
  readonly soort: Afspraak['soort'] | null;
  readonly bedrag: number | null;
  readonly bandbreedte: string | null;
  readonly voorschot: number | null;
  /** Realisation as a percent of the bedrag. */
  readonly uitputting: number | null;
  /** Prognose − bedrag (positive: overrun), eurocents, and as a percent of the bedrag. */
  readonly verwachteAfwijking: number | null;
  readonly verwachteAfwijkingPct: number | null;
  /** The settlement of the forecast (`afrekening.ts`). */
  readonly binnenBand: boolean | null;
  readonly verwachteVerrekening: number | null;
  readonly verwachteVergoeding: number | null;
  readonly verwachteOverschrijding: number | null;
  readonly verwachteAfrekening: number | null;
}

function som(maanden: readonly number[]): number {
  return maanden.reduce((s, m) => s + m, 0);
}

export function budgetCijfers(b: BudgetInvoer): BudgetCijfers {
  const basis = basisMaanden(b.jaar, b.peildatum);
  const realisatie = som(b.maanden);
  const lineair = lineairePrognose(b.maanden, basis);
  const seizoen = seizoensNaievePrognose(b.maanden, b.vorigJaar, basis);
  const [prognose, methode]: [number | null, PrognoseMethode | null] =
    basis === 12 ? [realisatie, 'realisatie'] : seizoen !== null ? [seizoen, 'seizoen'] : lineair !== null ? [lineair, 'lineair'] : [null, null];
  const a = b.afspraak;
  const verwacht = a && prognose !== null ? afrekening(prognose, a, b.afrekenwijze) : undefined;
  const afwijking = a && prognose !== null ? prognose - a.bedrag : null;
  return {
    realisatie,
    inOnderzoek: b.inOnderzoek,
    basisMaanden: basis,
    prognoseLineair: lineair,
    prognoseSeizoen: seizoen,
    prognose,
    prognoseMethode: methode,
    soort: a?.soort ?? null,
    bedrag: a?.bedrag ?? null,
    bandbreedte: a?.bandbreedte ?? null,
    voorschot: a?.voorschot ?? null,
    uitputting: a ? percentage(realisatie, a.bedrag) : null,
    verwachteAfwijking: afwijking,
    verwachteAfwijkingPct: a && afwijking !== null ? percentage(afwijking, a.bedrag) : null,
    binnenBand: verwacht?.binnenBand ?? null,
    verwachteVerrekening: verwacht?.verrekening ?? null,
    verwachteVergoeding: verwacht?.vergoeding ?? null,
    verwachteOverschrijding: verwacht?.overschrijding ?? null,
    verwachteAfrekening: verwacht?.afrekening ?? null,
  };
}

const plus = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : a + b);

/**
 * Adds per-agreement figures up to a coarser slice: amounts add, percentages are recomputed from
 * the sums; a forecast is absent when a part lacks it; soort and bandbreedte only when all agree.
 */
export function somBudget(delen: readonly BudgetCijfers[]): BudgetCijfers {
  if (delen.length === 1) return delen[0]!;
  let realisatie = 0;
  let inOnderzoek = 0;
  let lineair: number | null = 0;
  let seizoen: number | null = 0;
  let prognose: number | null = 0;
  let bedrag: number | null = null;
  let voorschot: number | null = null;
  let realisatieMetAfspraak = 0;
  let afwijking: number | null = null;
  let verrekening: number | null = null;
  let vergoeding: number | null = null;
  let overschrijding: number | null = null;
  let afr: number | null = null;
  for (const d of delen) {
    realisatie += d.realisatie;
    inOnderzoek += d.inOnderzoek;
    lineair = lineair === null || d.prognoseLineair === null ? null : lineair + d.prognoseLineair;
    seizoen = seizoen === null || d.prognoseSeizoen === null ? null : seizoen + d.prognoseSeizoen;
    prognose = prognose === null || d.prognose === null ? null : prognose + d.prognose;
    if (d.bedrag !== null) {
      bedrag = plus(bedrag, d.bedrag);
      realisatieMetAfspraak += d.realisatie;
    }
    voorschot = plus(voorschot, d.voorschot);
    afwijking = plus(afwijking, d.verwachteAfwijking);
    verrekening = plus(verrekening, d.verwachteVerrekening);
    vergoeding = plus(vergoeding, d.verwachteVergoeding);
    overschrijding = plus(overschrijding, d.verwachteOverschrijding);
    afr = plus(afr, d.verwachteAfrekening);
  }
  const eender = <T>(f: (d: BudgetCijfers) => T): T | null => {
    const w = new Set(delen.map(f));
    return w.size === 1 ? (delen.map(f)[0] ?? null) : null;
  };
  const basis = eender((d) => d.basisMaanden) ?? Math.max(0, ...delen.map((d) => d.basisMaanden));
  return {
    realisatie,
    inOnderzoek,
    basisMaanden: basis,
    prognoseLineair: delen.length === 0 ? null : lineair,
    prognoseSeizoen: delen.length === 0 ? null : seizoen,
    prognose: delen.length === 0 ? null : prognose,
    prognoseMethode: eender((d) => d.prognoseMethode),
    soort: eender((d) => d.soort),
    bedrag,
    bandbreedte: eender((d) => d.bandbreedte),
    voorschot,
    uitputting: bedrag === null ? null : percentage(realisatieMetAfspraak, bedrag),
    verwachteAfwijking: afwijking,
    verwachteAfwijkingPct: bedrag === null || afwijking === null ? null : percentage(afwijking, bedrag),
    binnenBand: eender((d) => d.binnenBand),
    verwachteVerrekening: verrekening,
    verwachteVergoeding: vergoeding,
    verwachteOverschrijding: overschrijding,
    verwachteAfrekening: afr,
  };
}

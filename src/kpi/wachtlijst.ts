/**
 * Wachtlijst at a peildatum: the trajecten with a toewijzing in force (issued on or before the
 * peildatum, Ingangsdatum on or before it, no Einddatum or one on or after it, not verwijderd) and
 * no accepted start on or before the peildatum. Age = peildatum − wachtstart (see `wachttijd.ts`).
 * Counted per traject: a client waiting for two products, or at two aanbieders, is on the list twice.
 */
import { dagnummer } from '../control/kalender.js';
import { OVERBRUGGINGSGRENS, WACHTKLASSEN, wachtstart } from './wachttijd.js';
import { aantal, aantalBoven, gemiddelde, klassen, maximum, mediaan, type Klasse, type Verdeling } from './verdeling.js';
import { percentage } from './decimaal.js';

/** Age classes in days: the wait classes of `wachttijd.ts`. */
export { WACHTKLASSEN };

export function wachtlijstDagen(peildatum: string, toewijzingsdatum: string, ingangsdatum: string): number {
  return dagnummer(peildatum) - dagnummer(wachtstart(toewijzingsdatum, ingangsdatum));
}

export interface WachtlijstCijfers {
  readonly aantal: number;
  readonly gemiddeld: number | null;
  readonly mediaan: number | null;
  /** The longest wait, days. */
  readonly langste: number | null;
  readonly aantalBoven28: number;
  readonly aandeelBoven28: number | null;
  /** Counts per age class (`0-7`, `8-14`, `15-28`, `29-56`, `57-91`, `92+` days). */
  readonly verdeling: readonly Klasse[];
}

export function wachtlijstCijfers(v: Verdeling): WachtlijstCijfers {
  const n = aantal(v);
  const boven = aantalBoven(v, OVERBRUGGINGSGRENS);
  return {
    aantal: n,
    gemiddeld: gemiddelde(v),
    mediaan: mediaan(v),
    langste: maximum(v),
    aantalBoven28: boven,
    aandeelBoven28: percentage(boven, n),
    verdeling: klassen(v, WACHTKLASSEN),
  };
}

/**
 * Small readable fixtures for the zorg controls: facts shaped after the standard's own examples (the
 * JW305/JW307 example client, aanbieder 65656055, gemeente 0363; the JW301 example from 0384 to
 * 42420001), each changeable per test, and copies of the examples changed by a function.
 */
import type { Contract, Gemeente, StartFeit, StopFeit, ToewijzingFeit, Woonplaats } from '../../src/control/feiten.js';
import type { Berichten } from '../../src/standard/berichten.generated.js';
import type { Berichtnummer } from '../../src/standard/model/berichten.js';
import { voorbeeldBericht } from '../berichten.js';

/** The example 305/307: aanbieder, gemeente and client. */
export const AGB = '65656055';
export const GEMEENTE = '0363';
export const BSN = '999900006';

/** The example 301: gemeente and aanbieder. */
export const GEMEENTE_301 = '0384';
export const AGB_301 = '42420001';

export function startFeit(over: Partial<StartFeit> = {}): StartFeit {
  return {
    gemeente: GEMEENTE,
    agb: AGB,
    bsn: BSN,
    toewijzingNummer: 300201,
    productcategorie: '55',
    productcode: '55A11',
    toewijzingIngangsdatum: '2026-04-01',
    begindatum: '2026-04-03',
    statusAanlevering: '1',
    beoordeling: 'toegekend',
    verwijderd: false,
    ...over,
  };
}

export function stopFeit(over: Partial<StopFeit> = {}): StopFeit {
  return { ...startFeit(), redenBeeindiging: '31', einddatum: '2026-07-17', ...over };
}

/** The JW305 example's second line (toewijzing 300202, 55A12, begindatum 2026-04-15) as a fact. */
export const tweedeStart = (over: Partial<StartFeit> = {}): StartFeit =>
  startFeit({ toewijzingNummer: 300202, productcode: '55A12', begindatum: '2026-04-15', ...over });

export function toewijzingFeit(over: Partial<ToewijzingFeit> = {}): ToewijzingFeit {
  return {
    gemeente: GEMEENTE,
    agb: AGB,
    bsn: BSN,
    toewijzingNummer: 300201,
    productcategorie: '55',
    productcode: '55A11',
    toewijzingsdatum: '2026-04-01',
    toewijzingstijd: '12:34:56',
    ingangsdatum: '2026-04-01',
    einddatum: '2026-07-14',
    ...over,
  };
}

export function contract(over: Partial<Contract> = {}): Contract {
  return {
    agb: AGB_301,
    gemeentecode: GEMEENTE_301,
    productcategorie: '55',
    ingangsdatum: '2026-01-01',
    einddatum: '2026-12-31',
    tarief: 12000,
    eenheid: '04',
    bekostiging: 'inspanningsgericht',
    perceel: 'regionaal',
    segment: 'jeugdhulp',
    ...over,
  };
}

export function woonplaats(gemeentecode: string, ingangsdatum: string, einddatum?: string, bsn = BSN): Woonplaats {
  return { bsn, gemeentecode, ingangsdatum, ...(einddatum !== undefined ? { einddatum } : {}) };
}

export function gemeente(gemeentecode: string, naam: string, ingangsdatum = '1900-01-01', einddatum?: string): Gemeente {
  return { gemeentecode, naam, ingangsdatum, ...(einddatum !== undefined ? { einddatum } : {}) };
}

/** The CBS gemeenten the examples use. */
export const CBS: readonly Gemeente[] = [gemeente('0363', 'Amsterdam'), gemeente('0384', 'Diemen'), gemeente('0518', "'s-Gravenhage")];

type Naam = `${'WMO' | 'JW'}${Berichtnummer}`;
type NummerVan<T extends string> = T extends `WMO${infer N}` | `JW${infer N}` ? N & Berichtnummer : never;

/** A copy of the standard's example, changed by `wijzig`. */
export function voorbeeld<T extends Naam>(naam: T, wijzig: (b: Berichten[NummerVan<T>]) => void = () => {}): Berichten[NummerVan<T>] {
  const b = voorbeeldBericht(naam);
  wijzig(b);
  return b;
}

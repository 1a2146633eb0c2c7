/**
 * Legacy 303s (release 3.0) for the rule tests, built with the fixtures' 303 builder: the 323
 * fixtures' aanbieder, gemeente and client, a declaratie over November 2020, and the earlier facts
 * and registers of 2020 (toewijzing 1001, a contract at € 12,50 per uur).
 */
import type { Contract, DeclaratieFeit, PrestatieFeit, ToewijzingFeit } from '../../src/control/feiten.js';
import { bouw303, type Prestatie303Invoer } from '../../src/fixtures/declaratie-303.js';
import type { Bericht303 } from '../../src/standard/berichten.generated.js';
import { AGB, BSN, GEMEENTE } from './declaratie-fixtures.js';

export type Naam303 = 'JW303' | 'WMO303';

export const PRODUCT303: Record<Naam303, { categorie: string; code: string }> = {
  JW303: { categorie: '45', code: '45A03' },
  WMO303: { categorie: '02', code: '02A01' },
};

export const NOVEMBER_2020: [string, string] = ['2020-11-01', '2020-11-30'];
export const OKTOBER_2020: [string, string] = ['2020-10-01', '2020-10-31'];

export interface Prestatie303 {
  readonly bsn?: string;
  readonly ref?: string;
  readonly vorig?: string;
  /** `null`: no ToewijzingNummer. */
  readonly nummer?: number | null;
  readonly categorie?: string;
  readonly code?: string;
  readonly periode?: readonly [string, string];
  readonly volume?: number;
  readonly eenheid?: string;
  readonly tarief?: number;
  readonly bedrag?: number;
  readonly credit?: boolean;
  readonly btw?: number;
}

export interface Declaratie303 {
  readonly periode?: readonly [string, string];
  readonly nummer?: string;
  readonly dagtekening?: string;
  readonly factuur?: boolean;
  readonly gemeente?: string;
}

/** A 303 of the fixtures' aanbieder to the fixtures' gemeente, clients in order of appearance. */
export function d303(naam: Naam303, invoer: readonly Prestatie303[], opties: Declaratie303 = {}): Bericht303 {
  const clienten: { bsn: string; prestaties: Prestatie303Invoer[] }[] = [];
  invoer.forEach((i, n) => {
    const bsn = i.bsn ?? BSN;
    let client = clienten.find((c) => c.bsn === bsn);
    if (!client) {
      client = { bsn, prestaties: [] };
      clienten.push(client);
    }
    const periode = i.periode ?? NOVEMBER_2020;
    client.prestaties.push({
      referentie: i.ref ?? `RN${n + 1}`,
      ...(i.vorig !== undefined ? { vorigReferentie: i.vorig } : {}),
      ...(i.nummer === null ? {} : { toewijzingNummer: i.nummer ?? 1001 }),
      productcategorie: i.categorie ?? PRODUCT303[naam].categorie,
      productcode: i.code ?? PRODUCT303[naam].code,
      begin: periode[0],
      eind: periode[1],
      volume: i.volume ?? 4,
      eenheid: i.eenheid ?? '04',
      tarief: i.tarief ?? 1250,
      ...(i.bedrag !== undefined ? { bedrag: i.bedrag } : {}),
      ...(i.credit ? { credit: true } : {}),
      ...(i.btw !== undefined ? { btwPercentage: i.btw } : {}),
    });
  });
  const periode = opties.periode ?? NOVEMBER_2020;
  return bouw303({
    standaard: naam === 'WMO303' ? 'iWmo' : 'iJw',
    factuur: opties.factuur ?? false,
    gemeente: opties.gemeente ?? GEMEENTE,
    aanbieder: AGB,
    factuurnummer: opties.nummer ?? 'F2020110',
    dagtekening: opties.dagtekening ?? '2020-12-07',
    periode: { begin: periode[0], eind: periode[1] },
    ...(opties.factuur ? { btwIDNummer: 'NL001234567B01' } : {}),
    clienten,
  });
}

/** The path of the n-th prestatie (1-based) of the m-th client (1-based) of a 303. */
export const pad303 = (client: number, n: number): string => `/Bericht/Clienten/Client[${client}]/Prestaties/Prestatie[${n}]`;

/** Toewijzing 1001 of the gemeente to the aanbieder for the client: 8 uur per week through 2020. */
export function toewijzing2020(naam: Naam303, over: Partial<ToewijzingFeit> = {}): ToewijzingFeit {
  return {
    gemeente: GEMEENTE,
    agb: AGB,
    bsn: BSN,
    toewijzingNummer: 1001,
    productcategorie: PRODUCT303[naam].categorie,
    productcode: PRODUCT303[naam].code,
    toewijzingsdatum: '2019-12-15',
    toewijzingstijd: '10:00:00',
    ingangsdatum: '2020-01-01',
    einddatum: '2020-12-31',
    volume: 8,
    eenheid: '04',
    frequentie: '2',
    ...over,
  };
}

/** A contract for the product through 2020 at € 12,50 per uur. */
export function contract2020(naam: Naam303, over: Partial<Contract> = {}): Contract {
  return {
    agb: AGB,
    gemeentecode: GEMEENTE,
    productcategorie: PRODUCT303[naam].categorie,
    productcode: PRODUCT303[naam].code,
    ingangsdatum: '2020-01-01',
    einddatum: '2020-12-31',
    tarief: 1250,
    eenheid: '04',
    bekostiging: 'inspanningsgericht',
    perceel: 'regionaal',
    segment: 'specialistisch',
    ...over,
  };
}

/** An earlier, approved debet of 4 uur in October 2020 on toewijzing 1001. */
export function prestatie2020(naam: Naam303, over: Partial<PrestatieFeit> = {}): PrestatieFeit {
  return {
    agb: AGB,
    gemeente: GEMEENTE,
    bsn: BSN,
    referentieNummer: 'OUD1',
    toewijzingNummer: 1001,
    productcategorie: PRODUCT303[naam].categorie,
    productcode: PRODUCT303[naam].code,
    periodeBegin: OKTOBER_2020[0],
    periodeEind: OKTOBER_2020[1],
    geleverdVolume: 4,
    eenheid: '04',
    productTarief: 1250,
    bedrag: 5000,
    debetCredit: 'D',
    status: 'toegekend',
    ...over,
  };
}

export function declaratie2020(over: Partial<DeclaratieFeit> = {}): DeclaratieFeit {
  return { agb: AGB, gemeente: GEMEENTE, declaratieNummer: 'F2020100', periodeBegin: OKTOBER_2020[0], periodeEind: OKTOBER_2020[1], ...over };
}

/** The context of a 303 on toewijzing 1001 under the 2020 contract. */
export const basis2020 = (naam: Naam303) => ({ toewijzingen: [toewijzing2020(naam)], contracten: [contract2020(naam)] });

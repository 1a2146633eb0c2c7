/**
 * Small, readable fixtures for the declaratie controls: a 323 built from the standard's example with
 * the prestaties a test names, and the earlier facts and registers (toewijzing, prestatie, contract,
 * declaratie, woonplaats) with the example's aanbieder, gemeente and client as defaults.
 */
import type { Contract, DeclaratieFeit, PrestatieFeit, ToewijzingFeit, Woonplaats } from '../../src/control/feiten.js';
import type { Bericht323, Client323, Prestatie323 } from '../../src/standard/berichten.generated.js';
import { voorbeeldBericht } from '../berichten.js';

export type Naam323 = 'JW323' | 'WMO323';

/** The example's aanbieder, gemeente and clients. */
export const AGB = '65656055';
export const GEMEENTE = '0384';
export const BSN = '999900006';
export const BSN2 = '999900018';

/** A product per standard (iWmo 01 is hulp bij het huishouden: its weekly maximum is special). */
export const PRODUCT: Record<Naam323, { categorie: string; code: string }> = {
  JW323: { categorie: '45', code: '45A03' },
  WMO323: { categorie: '02', code: '02A01' },
};

export const APRIL: [string, string] = ['2026-04-01', '2026-04-30'];
export const MAART: [string, string] = ['2026-03-01', '2026-03-31'];

export interface PrestatieInvoer {
  readonly bsn?: string;
  readonly ref?: string;
  readonly vorig?: string;
  readonly nummer?: number;
  readonly categorie?: string;
  readonly code?: string;
  readonly periode?: readonly [string, string];
  readonly volume?: number;
  readonly eenheid?: string;
  /** `null`: no ProductTarief. */
  readonly tarief?: number | null;
  /** Default: volume x tarief (or volume for Eenheid 83). */
  readonly bedrag?: number;
  readonly dc?: 'D' | 'C';
}

export interface DeclaratieInvoer {
  readonly periode?: readonly [string, string];
  readonly nummer?: string;
}

/** A 323 of the example's aanbieder to the example's gemeente with these prestaties, clients in order of appearance. */
export function declaratie(naam: Naam323, invoer: readonly PrestatieInvoer[], opties: DeclaratieInvoer = {}): Bericht323 {
  const b = voorbeeldBericht(naam);
  const clienten: Client323[] = [];
  invoer.forEach((i, n) => {
    const bsn = i.bsn ?? BSN;
    let client = clienten.find((c) => c.Bsn === bsn);
    if (!client) {
      client = { Bsn: bsn, Prestaties: [] };
      clienten.push(client);
    }
    client.Prestaties.push(prestatie(naam, i, n));
  });
  const periode = opties.periode ?? APRIL;
  b.Declaratie.DeclaratieNummer = opties.nummer ?? 'DN2026004';
  b.Declaratie.DeclaratiePeriode = { Begindatum: periode[0], Einddatum: periode[1] };
  b.Declaratie.Clienten = clienten;
  let som = 0;
  for (const p of clienten.flatMap((c) => c.Prestaties)) som += p.IngediendBedrag.DebetCredit === 'C' ? -p.IngediendBedrag.Bedrag : p.IngediendBedrag.Bedrag;
  b.Declaratie.TotaalIngediendBedrag = { TotaalBedrag: Math.abs(som), DebetCredit: som < 0 ? 'C' : 'D' };
  return b;
}

function prestatie(naam: Naam323, i: PrestatieInvoer, n: number): Prestatie323 {
  const periode = i.periode ?? APRIL;
  const volume = i.volume ?? 4;
  const eenheid = i.eenheid ?? '04';
  const tarief = i.tarief === null ? undefined : (i.tarief ?? (eenheid === '83' ? undefined : 1250));
  const bedrag = i.bedrag ?? (tarief === undefined ? volume : volume * tarief);
  return {
    ProductReferentie: { ReferentieNummer: i.ref ?? `RN${n + 1}`, ...(i.vorig !== undefined ? { VorigReferentieNummer: i.vorig } : {}) },
    ToewijzingNummer: i.nummer ?? 1001,
    ProductCategorie: i.categorie ?? PRODUCT[naam].categorie,
    ProductCode: i.code ?? PRODUCT[naam].code,
    ProductPeriode: { Begindatum: periode[0], Einddatum: periode[1] },
    GeleverdVolume: volume,
    Eenheid: eenheid,
    ...(tarief !== undefined ? { ProductTarief: tarief } : {}),
    IngediendBedrag: { Bedrag: bedrag, DebetCredit: i.dc ?? 'D' },
  };
}

/** The path of the n-th prestatie (1-based) of the m-th client (1-based). */
export const prestatiePad = (client: number, n: number): string => `/Bericht/Declaratie/Clienten/Client[${client}]/Prestaties/Prestatie[${n}]`;

/** A toewijzing of the example's gemeente to the example's aanbieder: 8 uur per week through 2026. */
export function toewijzing(naam: Naam323, over: Partial<ToewijzingFeit> = {}): ToewijzingFeit {
  return {
    gemeente: GEMEENTE,
    agb: AGB,
    bsn: BSN,
    toewijzingNummer: 1001,
    productcategorie: PRODUCT[naam].categorie,
    productcode: PRODUCT[naam].code,
    toewijzingsdatum: '2025-12-15',
    toewijzingstijd: '10:00:00',
    ingangsdatum: '2026-01-01',
    einddatum: '2026-12-31',
    volume: 8,
    eenheid: '04',
    frequentie: '2',
    ...over,
  };
}

/** An earlier, approved debet of 4 uur in March on toewijzing 1001. */
export function prestatieFeit(naam: Naam323, over: Partial<PrestatieFeit> = {}): PrestatieFeit {
  return {
    agb: AGB,
    gemeente: GEMEENTE,
    bsn: BSN,
    referentieNummer: 'OUD1',
    toewijzingNummer: 1001,
    productcategorie: PRODUCT[naam].categorie,
    productcode: PRODUCT[naam].code,
    periodeBegin: MAART[0],
    periodeEind: MAART[1],
    geleverdVolume: 4,
    eenheid: '04',
    productTarief: 1250,
    bedrag: 5000,
    debetCredit: 'D',
    status: 'toegekend',
    ...over,
  };
}

/** A contract for the product through 2026 at € 12,50 per uur, inspanningsgericht. */
export function contract(naam: Naam323, over: Partial<Contract> = {}): Contract {
  return {
    agb: AGB,
    gemeentecode: GEMEENTE,
    productcategorie: PRODUCT[naam].categorie,
    productcode: PRODUCT[naam].code,
    ingangsdatum: '2026-01-01',
    einddatum: '2026-12-31',
    tarief: 1250,
    eenheid: '04',
    bekostiging: 'inspanningsgericht',
    perceel: 'regionaal',
    segment: 'specialistisch',
    ...over,
  };
}

export function declaratieFeit(over: Partial<DeclaratieFeit> = {}): DeclaratieFeit {
  return { agb: AGB, gemeente: GEMEENTE, declaratieNummer: 'DN2026003', periodeBegin: MAART[0], periodeEind: MAART[1], ...over };
}

export function woonplaats(over: Partial<Woonplaats> = {}): Woonplaats {
  return { bsn: BSN, gemeentecode: GEMEENTE, ingangsdatum: '2010-01-01', ...over };
}

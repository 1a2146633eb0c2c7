/**
 * The volume of one prestatie measured against its toewijzing (TR321, and TR322 per month): the
 * delivered volume and the maximum for its ProductPeriode, both in the measure they are compared in
 * (minutes for a toewijzing in uren, else the toewijzing's Eenheid). The uitvoeringsvariant that
 * decides the weekly method comes from the contract covering the prestatie (see `volume.ts`).
 */
import type { ControlContext } from './context.js';
import { bekostigingVan, contractDekking } from './contract-dekking.js';
import type { ToewijzingFeit } from './feiten.js';
import { eersteVanMaand, laatsteVanMaand, overlapt, type GeslotenPeriode, type Periode } from './kalender.js';
import {
  FREQUENTIE,
  hoeveelheidTekst,
  maximumInProductperiode,
  schaal,
  toewijzingSchaal,
  vergelekenTekst,
  type Omvang,
  type VolumeOpties,
} from './volume.js';
import type { StandaardId } from '../standard/standaard.js';
import type { Bericht323, Prestatie323 } from '../standard/berichten.generated.js';

/** Wmo productcategorie 01: hulp bij het huishouden (IV077). */
const HUISHOUDELIJKE_HULP = '01';

export interface VolumeToets {
  readonly omvang: Omvang;
  readonly toewijzingPeriode: Periode;
  readonly opties: VolumeOpties;
  /** Factor of the prestatie's Eenheid and of the toewijzing's Eenheid into the compared measure. */
  readonly schaal: number;
  readonly toewijzingSchaal: number;
  /** GeleverdVolume in the compared measure. */
  readonly geleverd: number;
  /** The maximum for the ProductPeriode in the compared measure. */
  readonly maximum: number;
}

export function omvangVan(t: ToewijzingFeit): Omvang | undefined {
  return t.volume !== undefined && t.eenheid !== undefined && t.frequentie !== undefined
    ? { volume: t.volume, eenheid: t.eenheid, frequentie: t.frequentie }
    : undefined;
}

export function volumeOpties(ctx: ControlContext, b: Bericht323, p: Prestatie323, t: ToewijzingFeit): VolumeOpties {
  const dekking = contractDekking(ctx.registers, {
    agb: b.Header.Afzender,
    gemeente: b.Header.Ontvanger,
    productcategorie: p.ProductCategorie,
    productcode: p.ProductCode,
    periode: { begin: p.ProductPeriode.Begindatum, eind: p.ProductPeriode.Einddatum },
  });
  const bekostiging = bekostigingVan(dekking);
  const huishoudelijkeHulp = ctx.standaard.id === 'iWmo' && (t.productcategorie ?? p.ProductCategorie) === HUISHOUDELIJKE_HULP;
  return { ...(bekostiging ? { bekostiging } : {}), ...(huishoudelijkeHulp ? { huishoudelijkeHulp } : {}) };
}

/**
 * The volume check of a prestatie, or undefined when it does not apply: no Omvang in the toewijzing,
 * an Eenheid that does not fit it (TR341), a ProductPeriode outside it (TR307/TR308), or an unknown
 * Frequentie.
 */
export function volumeToets(ctx: ControlContext, b: Bericht323, p: Prestatie323, t: ToewijzingFeit): VolumeToets | undefined {
  const omvang = omvangVan(t);
  if (!omvang) return undefined;
  const s = schaal(p.Eenheid, omvang.eenheid);
  if (s === undefined) return undefined;
  const toewijzingPeriode: Periode = { begin: t.ingangsdatum, eind: t.einddatum };
  const productperiode: GeslotenPeriode = { begin: p.ProductPeriode.Begindatum, eind: p.ProductPeriode.Einddatum };
  if (!overlapt(productperiode, toewijzingPeriode)) return undefined;
  const opties = volumeOpties(ctx, b, p, t);
  const max = maximumInProductperiode(omvang, toewijzingPeriode, productperiode, opties);
  if (max === undefined) return undefined;
  const ts = toewijzingSchaal(omvang.eenheid);
  return { omvang, toewijzingPeriode, opties, schaal: s, toewijzingSchaal: ts, geleverd: p.GeleverdVolume * s, maximum: max * ts };
}

/** The maximum for the whole calendar month of the ProductPeriode (within the toewijzing), compared measure. */
export function maandMaximum(toets: VolumeToets, p: Prestatie323): number | undefined {
  const maand: GeslotenPeriode = { begin: eersteVanMaand(p.ProductPeriode.Begindatum), eind: laatsteVanMaand(p.ProductPeriode.Begindatum) };
  const max = maximumInProductperiode(toets.omvang, toets.toewijzingPeriode, maand, toets.opties);
  return max === undefined ? undefined : max * toets.toewijzingSchaal;
}

/** A quantity in the compared measure, as a reader knows it. */
export const volumeTekst = (toets: VolumeToets, hoeveelheid: number, std: StandaardId): string =>
  vergelekenTekst(hoeveelheid, toets.omvang.eenheid, std);

const frequentieTekst: Record<string, string> = {
  [FREQUENTIE.dag]: 'per dag',
  [FREQUENTIE.week]: 'per week',
  [FREQUENTIE.maand]: 'per maand',
  [FREQUENTIE.totaal]: 'in totaal',
};

export function omvangTekst(toets: VolumeToets, std: StandaardId): string {
  const { volume, eenheid, frequentie } = toets.omvang;
  return `${hoeveelheidTekst(volume, eenheid, std)} ${frequentieTekst[frequentie] ?? `(frequentie ${frequentie})`}`;
}


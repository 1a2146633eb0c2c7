/**
 * The volume a toewijzing allows: per ProductPeriode (TR321) and over its whole loopduur (TR322),
 * from its Omvang (Volume, Eenheid, Frequentie) and its period, as the standard computes it:
 *
 * - Frequentie 1 (per dag): Volume x the days of the ProductPeriode that lie in the toewijzing;
 *   over the loopduur Volume x its days.
 * - Frequentie 2 (per week), IV077:
 *   - inspanningsgericht: Volume x the calendar weeks (Monday-Sunday, broken weeks count whole) of
 *     the ProductPeriode within the toewijzing; for iWmo productcategorie 01 (hulp bij het
 *     huishouden) always 6 x Volume;
 *   - outputgericht: Volume x the Sundays of the ProductPeriode within the toewijzing, plus one week
 *     in the ProductPeriode holding the toewijzing's last Sunday when its Einddatum is not a Sunday
 *     (when the toewijzing holds no Sunday at all, the ProductPeriode holding its Einddatum);
 *   - variant unknown (no contract says): the larger of the two, so a declaration that either method
 *     allows is never rejected;
 *   - over the loopduur: Volume x the calendar weeks of the toewijzing (for both variants the same
 *     number: every week but a broken last one has its Sunday inside).
 * - Frequentie 4 (per maand): Volume per ProductPeriode, also for a broken month (IV078); over the
 *   loopduur Volume x the calendar months the toewijzing touches.
 * - Frequentie 6 (totaal binnen geldigheidsduur): Volume, per ProductPeriode and over the loopduur.
 *
 * An open-ended toewijzing (no Einddatum) has no maximum over its loopduur except for Frequentie 6.
 * Hours and minutes: a toewijzing in uren (04) may be declared in minuten (01) (TR341); both sides
 * are then compared in minutes (`schaal`). Every other Eenheid must be the toewijzing's own.
 */
import type { Bekostiging } from './feiten.js';
import { betekenis } from '../standard/codes.js';
import type { StandaardId } from '../standard/standaard.js';
import { euro } from './tarief.js';
import {
  aantalDagen,
  aantalKalendermaanden,
  aantalKalenderweken,
  aantalZondagen,
  bevat,
  doorsnede,
  isZondag,
  zondagOpOfVoor,
  type GeslotenPeriode,
  type Periode,
} from './kalender.js';

export const EENHEID = { minuut: '01', uur: '04', euro: '83' } as const;
export const FREQUENTIE = { dag: '1', week: '2', maand: '4', totaal: '6' } as const;

export interface Omvang {
  readonly volume: number;
  readonly eenheid: string;
  readonly frequentie: string;
}

export interface VolumeOpties {
  /** From the contract that covers the prestatie; absent when unknown. */
  readonly bekostiging?: Bekostiging;
  /** iWmo productcategorie 01: hulp bij het huishouden (6 x the weekly volume per ProductPeriode). */
  readonly huishoudelijkeHulp?: boolean;
}

/**
 * The factor that brings a volume in `eenheid` to the measure a toewijzing in `toewijzingEenheid` is
 * compared in: minutes when the toewijzing is in uren, else the toewijzing's own Eenheid. Undefined
 * when the Eenheid does not fit the toewijzing (TR341).
 */
export function schaal(eenheid: string, toewijzingEenheid: string): number | undefined {
  if (toewijzingEenheid === EENHEID.uur) {
    if (eenheid === EENHEID.uur) return 60;
    if (eenheid === EENHEID.minuut) return 1;
    return undefined;
  }
  return eenheid === toewijzingEenheid ? 1 : undefined;
}

/** The toewijzing's own factor in the same measure (60 for uren, else 1). */
export const toewijzingSchaal = (toewijzingEenheid: string): number => (toewijzingEenheid === EENHEID.uur ? 60 : 1);

/** The last week of an outputgerichte toewijzing that ends on a weekday is counted in this ProductPeriode. */
function extraWeekOutput(toewijzing: Periode, deel: GeslotenPeriode): boolean {
  if (toewijzing.eind === undefined || isZondag(toewijzing.eind)) return false;
  const laatsteZondag = zondagOpOfVoor(toewijzing.eind);
  const anker = laatsteZondag >= toewijzing.begin ? laatsteZondag : toewijzing.eind;
  return bevat(deel, anker);
}

function wekenInspanning(deel: GeslotenPeriode, opties: VolumeOpties): number {
  return opties.huishoudelijkeHulp ? 6 : aantalKalenderweken(deel);
}

function wekenOutput(toewijzing: Periode, deel: GeslotenPeriode): number {
  return aantalZondagen(deel) + (extraWeekOutput(toewijzing, deel) ? 1 : 0);
}

/**
 * The most a toewijzing allows in one ProductPeriode, in its own Eenheid; 0 when the ProductPeriode
 * lies wholly outside the toewijzing; undefined for an unknown Frequentie.
 */
export function maximumInProductperiode(
  omvang: Omvang,
  toewijzing: Periode,
  productperiode: GeslotenPeriode,
  opties: VolumeOpties = {},
): number | undefined {
  const d = doorsnede(productperiode, toewijzing);
  if (!d || d.eind === undefined) return 0;
  const deel: GeslotenPeriode = { begin: d.begin, eind: d.eind };
  switch (omvang.frequentie) {
    case FREQUENTIE.dag:
      return omvang.volume * aantalDagen(deel);
    case FREQUENTIE.week: {
      const inspanning = wekenInspanning(deel, opties);
      const output = wekenOutput(toewijzing, deel);
      const weken =
        opties.bekostiging === 'outputgericht' ? output : opties.bekostiging === 'inspanningsgericht' ? inspanning : Math.max(inspanning, output);
      return omvang.volume * weken;
    }
    case FREQUENTIE.maand:
    case FREQUENTIE.totaal:
      return omvang.volume;
    default:
      return undefined;
  }
}

/**
 * The most a toewijzing allows over its whole loopduur, in its own Eenheid; undefined when there is
 * no such limit (open-ended and not Frequentie 6) or the Frequentie is unknown.
 */
export function maximumOverLoopduur(omvang: Omvang, toewijzing: Periode): number | undefined {
  if (omvang.frequentie === FREQUENTIE.totaal) return omvang.volume;
  if (toewijzing.eind === undefined) return undefined;
  const p: GeslotenPeriode = { begin: toewijzing.begin, eind: toewijzing.eind };
  switch (omvang.frequentie) {
    case FREQUENTIE.dag:
      return omvang.volume * aantalDagen(p);
    case FREQUENTIE.week:
      return omvang.volume * aantalKalenderweken(p);
    case FREQUENTIE.maand:
      return omvang.volume * aantalKalendermaanden(p);
    default:
      return undefined;
  }
}

/** An Eenheid as a reader knows it: `uur (code 04)`. */
export function eenheidTekst(code: string, standaard: StandaardId): string {
  const b = betekenis('Eenheid', standaard, code);
  return b ? `${b.toLowerCase()} (code ${code})` : `code ${code}`;
}

/** A volume as a reader knows it: `16 uur`, `90 minuten`, `€ 200,00` (Eenheid 83 is eurocents). */
export function hoeveelheidTekst(n: number, eenheid: string, standaard: StandaardId): string {
  if (eenheid === EENHEID.euro) return euro(n);
  if (eenheid === EENHEID.minuut) return `${n} ${n === 1 ? 'minuut' : 'minuten'}`;
  const b = betekenis('Eenheid', standaard, eenheid);
  return `${n} ${b ? b.toLowerCase() : `× eenheid ${eenheid}`}`;
}

/** A quantity in the compared measure (minutes for a toewijzing in uren) as a reader knows it. */
export function vergelekenTekst(n: number, toewijzingEenheid: string, standaard: StandaardId): string {
  if (toewijzingEenheid === EENHEID.uur) {
    return n % 60 === 0 ? hoeveelheidTekst(n / 60, EENHEID.uur, standaard) : hoeveelheidTekst(n, EENHEID.minuut, standaard);
  }
  return hoeveelheidTekst(n, toewijzingEenheid, standaard);
}

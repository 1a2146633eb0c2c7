/**
 * The message catalogue: every message type of both standards with its namespace, BerichtCode,
 * direction and retour partner. The namespace of a message's root element identifies it, release
 * included: `.../iwmo/3_2/wmo323/schema` is the WMO323 of 3.2, `.../iwmo/3_0/wmo303/schema` the
 * legacy WMO303 of release 3.0 (the only 3.0 message the project reads).
 */
import type { Berichtnummer } from './model/berichten.js';
import { alleStandaarden, berichtcode, berichtcodesVan, berichtNamespace, type Standaard, type StandaardId } from './standaard.js';

export type Richting = 'gemeente-aanbieder' | 'aanbieder-gemeente';

interface Berichtsoort {
  readonly omschrijving: string;
  /** Who sends it. */
  readonly richting: Richting;
  /** The message that answers this one (a retour), if any. */
  readonly retour?: Berichtnummer;
}

export const berichtsoorten: Readonly<Record<Berichtnummer, Berichtsoort>> = {
  '301': { omschrijving: 'Toewijzing', richting: 'gemeente-aanbieder', retour: '302' },
  '302': { omschrijving: 'Retourbericht toewijzing', richting: 'aanbieder-gemeente' },
  // Release 3.0. Its retour, the 304, is not part of this pipeline: a 303 is read, controlled and
  // counted, never answered.
  '303': { omschrijving: 'Declaratie/factuur', richting: 'aanbieder-gemeente' },
  '305': { omschrijving: 'Start zorg', richting: 'aanbieder-gemeente', retour: '306' },
  '306': { omschrijving: 'Retourbericht start zorg', richting: 'gemeente-aanbieder' },
  '307': { omschrijving: 'Stop zorg', richting: 'aanbieder-gemeente', retour: '308' },
  '308': { omschrijving: 'Retourbericht stop zorg', richting: 'gemeente-aanbieder' },
  '315': { omschrijving: 'Verzoek om toewijzing', richting: 'aanbieder-gemeente', retour: '316' },
  '316': { omschrijving: 'Retourbericht verzoek om toewijzing', richting: 'gemeente-aanbieder' },
  '317': { omschrijving: 'Verzoek om wijziging', richting: 'aanbieder-gemeente', retour: '318' },
  '318': { omschrijving: 'Retourbericht verzoek om wijziging', richting: 'gemeente-aanbieder' },
  '319': { omschrijving: 'Antwoordbericht', richting: 'gemeente-aanbieder', retour: '320' },
  '320': { omschrijving: 'Retourbericht antwoordbericht', richting: 'aanbieder-gemeente' },
  '323': { omschrijving: 'Declaratie', richting: 'aanbieder-gemeente', retour: '325' },
  '325': { omschrijving: 'Declaratie-antwoord', richting: 'gemeente-aanbieder' },
};

/** One message type of one standard: WMO301, JW323, ... */
export interface Berichttype {
  /** `WMO301`, `JW323`. */
  readonly naam: string;
  readonly standaard: Standaard;
  readonly nummer: Berichtnummer;
  readonly namespace: string;
  /** The BerichtCode we would write (for the 303: the declaratie's). */
  readonly berichtcode: string;
  /** Every BerichtCode the message may carry (the 303: declaratie and factuur). */
  readonly berichtcodes: readonly string[];
  readonly omschrijving: string;
  readonly richting: Richting;
  readonly retour?: Berichtnummer;
}

/** Every message type of every release the project knows, each with the descriptor of its release. */
export const berichttypen: readonly Berichttype[] = alleStandaarden.flatMap((s) =>
  s.release.berichten.map((nummer) => ({
    naam: `${s.berichtPrefix}${nummer}`,
    standaard: s,
    nummer,
    namespace: berichtNamespace(s, nummer),
    berichtcode: berichtcode(s, nummer),
    berichtcodes: berichtcodesVan(s, nummer),
    ...berichtsoorten[nummer],
  })),
);

const byNamespace = new Map(berichttypen.map((t) => [t.namespace, t]));
const byNaam = new Map(berichttypen.map((t) => [t.naam, t]));

export function berichttypVoorNamespace(namespace: string): Berichttype | undefined {
  return byNamespace.get(namespace);
}

export function berichttype(naam: string): Berichttype | undefined {
  return byNaam.get(naam);
}

export function berichttypVan(standaard: StandaardId, nummer: Berichtnummer): Berichttype {
  return byNaam.get(`${standaard === 'iWmo' ? 'WMO' : 'JW'}${nummer}`)!;
}

/**
 * What an unknown namespace is, for a clear rejection: an iStandaarden message of another release
 * or of a message we do not know, or something else altogether.
 */
export function herkenNamespace(
  namespace: string,
): { standaard: StandaardId; release: string; bericht: string } | undefined {
  const m = /^http:\/\/www\.istandaarden\.nl\/(iwmo|ijw)\/(\d+)_(\d+)\/([a-z]+\d+)\/schema$/.exec(namespace);
  if (!m) return undefined;
  return { standaard: m[1] === 'iwmo' ? 'iWmo' : 'iJw', release: `${m[2]}.${m[3]}`, bericht: m[4]!.toUpperCase() };
}

/** The descriptor of a standard in a release the project knows (`3.2`, `3.0`), if any. */
export function releaseVan(standaard: StandaardId, release: string): Standaard | undefined {
  return alleStandaarden.find((s) => s.id === standaard && s.release.naam === release);
}

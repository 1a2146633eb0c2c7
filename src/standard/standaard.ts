/**
 * The two standards this pipeline speaks, as data. iWmo and iJw share one code path; everything that
 * differs between them (namespaces, BerichtCodes, some code lists, a few elements) is read from here.
 * A new release is a new descriptor plus its model, not new branches in code.
 *
 * A descriptor is one standard in one release. Release 3.2 is the one the pipeline works in
 * (`standaarden`); of release 3.0 it knows only the legacy declaratie/factuur, the 303 (`legacy`).
 */
import type { Berichtnummer } from './model/berichten.js';

export type StandaardId = 'iWmo' | 'iJw';

export interface Release {
  /** As written in documents: `3.2`. */
  readonly naam: string;
  /** As written in namespaces: `3_2`. */
  readonly namespaceDeel: string;
  readonly berichtVersie: number;
  readonly berichtSubversie: number;
  /** The messages of this release the model holds (for 3.0 only the 303). */
  readonly berichten: readonly Berichtnummer[];
}

export interface Standaard {
  readonly id: StandaardId;
  /** Prefix of message type names: WMO301, JW323. */
  readonly berichtPrefix: 'WMO' | 'JW';
  /** Segment in namespaces and the basisschema's conventional prefix: `iwmo`, `ijw`. */
  readonly nsNaam: 'iwmo' | 'ijw';
  readonly release: Release;
  /** BerichtCode (COD002-VEKT) per message of the release (for the 303: of the declaratie). */
  readonly berichtcodes: Readonly<Partial<Record<Berichtnummer, string>>>;
  /**
   * The BerichtCode of the factuur variant of a message, where the standard has one: the 303 is a
   * declaratie (without BTW) or a factuur (with BTW), the same message under two codes.
   */
  readonly factuurcodes?: Readonly<Partial<Record<Berichtnummer, string>>>;
  /** XsdVersie of the published schemas of this release, written in the headers of our retours. */
  readonly xsdVersie: { readonly basisschema: string; readonly bericht: string };
  /** The law, for explanations: "Wmo 2015", "Jeugdwet". */
  readonly wet: string;
}

export const release32: Release = {
  naam: '3.2',
  namespaceDeel: '3_2',
  berichtVersie: 3,
  berichtSubversie: 2,
  berichten: ['301', '302', '305', '306', '307', '308', '315', '316', '317', '318', '319', '320', '323', '325'],
};

/**
 * Release 3.0, for its declaratie/factuur only: the 303 was phased out in 3.x and is accepted by the
 * chain only for declaratieperiodes up to 2020-12-31; its retour, the 304, is not part of this
 * pipeline. Namespaces `.../3_0/...`, BerichtVersie 3, BerichtSubversie 0 (see the README, "De 303").
 */
export const release30: Release = { naam: '3.0', namespaceDeel: '3_0', berichtVersie: 3, berichtSubversie: 0, berichten: ['303'] };

export const iWmo: Standaard = {
  id: 'iWmo',
  berichtPrefix: 'WMO',
  nsNaam: 'iwmo',
  release: release32,
  berichtcodes: {
    '301': '414', '302': '415', '305': '418', '306': '419', '307': '420', '308': '421',
    '315': '444', '316': '445', '317': '480', '318': '481', '319': '482', '320': '483',
    '323': '484', '325': '485',
  },
  xsdVersie: { basisschema: '1.0.0', bericht: '1.0.0' },
  wet: 'Wmo 2015',
};

export const iJw: Standaard = {
  id: 'iJw',
  berichtPrefix: 'JW',
  nsNaam: 'ijw',
  release: release32,
  berichtcodes: {
    '301': '436', '302': '437', '305': '438', '306': '439', '307': '440', '308': '441',
    '315': '446', '316': '447', '317': '486', '318': '487', '319': '488', '320': '489',
    '323': '490', '325': '491',
  },
  xsdVersie: { basisschema: '0.1.0', bericht: '0.1.0' },
  wet: 'Jeugdwet',
};

/** iWmo 3.0: WMO303, BerichtCode 416 (declaratie) or 448 (factuur). */
export const iWmo30: Standaard = {
  ...iWmo,
  release: release30,
  berichtcodes: { '303': '416' },
  factuurcodes: { '303': '448' },
  xsdVersie: { basisschema: '1.2.0', bericht: '1.0.0' },
};

/** iJw 3.0: JW303, BerichtCode 432 (declaratie) or 450 (factuur). */
export const iJw30: Standaard = {
  ...iJw,
  release: release30,
  berichtcodes: { '303': '432' },
  factuurcodes: { '303': '450' },
  xsdVersie: { basisschema: '1.2.0', bericht: '1.0.0' },
};

/** The standards of the release the pipeline works in (3.2). */
export const standaarden: readonly Standaard[] = [iWmo, iJw];

/** Every descriptor the project knows: the current release and the legacy 3.0 (the 303 only). */
export const alleStandaarden: readonly Standaard[] = [iWmo, iJw, iWmo30, iJw30];

/** The BerichtCode of a message in this release (for the 303: the declaratie's). */
export function berichtcode(s: Standaard, nummer: Berichtnummer): string {
  const code = s.berichtcodes[nummer];
  if (code === undefined) throw new Error(`${s.id} ${s.release.naam} has no message ${nummer}`);
  return code;
}

/** Every BerichtCode a message may carry in this release: the declaratie's, and the factuur's where there is one. */
export function berichtcodesVan(s: Standaard, nummer: Berichtnummer): readonly string[] {
  const factuur = s.factuurcodes?.[nummer];
  return [berichtcode(s, nummer), ...(factuur !== undefined ? [factuur] : [])];
}

export function basisschemaNamespace(s: Standaard): string {
  return `http://www.istandaarden.nl/${s.nsNaam}/${s.release.namespaceDeel}/basisschema/schema`;
}

/** `wmo323`, `jw301`: the message's own prefix and namespace segment. */
export function berichtPrefix(s: Standaard, nummer: Berichtnummer): string {
  return `${s.berichtPrefix.toLowerCase()}${nummer}`;
}

export function berichtNamespace(s: Standaard, nummer: Berichtnummer): string {
  return `http://www.istandaarden.nl/${s.nsNaam}/${s.release.namespaceDeel}/${berichtPrefix(s, nummer)}/schema`;
}

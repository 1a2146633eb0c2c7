/**
 * The facts earlier messages established and the reference registers hold, as the controls read
 * them: plain values, no database types. The pipeline loads the facts a message needs into an
 * in-memory context before its controls run, so every control is a pure function and a unit test.
 * All facts of one context belong to one wettelijk domein (the message's standard).
 */

export interface ToewijzingFeit {
  readonly gemeente: string;
  readonly agb: string;
  readonly bsn: string;
  readonly toewijzingNummer: number;
  readonly referentieAanbieder?: string;
  readonly productcategorie?: string;
  readonly productcode?: string;
  readonly toewijzingsdatum: string;
  readonly toewijzingstijd: string;
  readonly ingangsdatum: string;
  readonly einddatum?: string;
  readonly redenWijziging?: string;
  readonly volume?: number;
  readonly eenheid?: string;
  readonly frequentie?: string;
  /** Eurocents. */
  readonly budget?: number;
  /** The message it came from. */
  readonly berichtId?: number;
}

export interface StartFeit {
  readonly gemeente: string;
  readonly agb: string;
  readonly bsn: string;
  readonly toewijzingNummer?: number;
  readonly productcategorie?: string;
  readonly productcode?: string;
  readonly toewijzingIngangsdatum?: string;
  readonly begindatum: string;
  readonly statusAanlevering: string;
  /** Only accepted lines are facts; rejected ones are kept for the record. */
  readonly beoordeling: 'toegekend' | 'afgewezen';
  /** Deleted by a later line with StatusAanlevering 3. */
  readonly verwijderd: boolean;
  readonly berichtId?: number;
}

export interface StopFeit extends StartFeit {
  readonly redenBeeindiging: string;
  readonly einddatum: string;
}

export interface PrestatieFeit {
  readonly agb: string;
  readonly gemeente: string;
  readonly bsn: string;
  readonly referentieNummer: string;
  readonly vorigReferentieNummer?: string;
  readonly toewijzingNummer: number;
  readonly productcategorie: string;
  readonly productcode: string;
  readonly periodeBegin: string;
  readonly periodeEind: string;
  readonly geleverdVolume: number;
  readonly eenheid: string;
  readonly productTarief?: number;
  /** Eurocents, unsigned, with its D/C. */
  readonly bedrag: number;
  readonly debetCredit: 'D' | 'C';
  /** The decision in force. */
  readonly status: 'toegekend' | 'afgewezen' | 'in-onderzoek';
}

/**
 * A verzoek the aanbieder sent: one per AangevraagdProduct of a 315, one per Verzoek of a 317, by its
 * ReferentieAanbieder (unique for the aanbieder within the wettelijk domein, TR347). TR379 checks that
 * a toewijzing's ReferentieAanbieder refers to one.
 */
export interface VerzoekFeit {
  readonly gemeente: string;
  readonly agb: string;
  readonly bsn: string;
  readonly referentieAanbieder: string;
  readonly berichtsoort: '315' | '317';
  readonly berichtId?: number;
}

export interface DeclaratieFeit {
  readonly agb: string;
  readonly gemeente: string;
  readonly declaratieNummer: string;
  readonly periodeBegin: string;
  readonly periodeEind: string;
}

export type Bekostiging = 'inspanningsgericht' | 'outputgericht' | 'taakgericht';

export interface Contract {
  readonly agb: string;
  readonly gemeentecode: string;
  readonly productcategorie: string;
  /** Absent: the contract covers the whole categorie. */
  readonly productcode?: string;
  readonly ingangsdatum: string;
  readonly einddatum?: string;
  /** Eurocents per eenheid. */
  readonly tarief: number;
  readonly eenheid: string;
  readonly frequentie?: string;
  readonly bekostiging: Bekostiging;
  readonly perceel: 'regionaal' | 'lokaal';
  readonly segment: string;
}

export interface Woonplaats {
  readonly bsn: string;
  readonly gemeentecode: string;
  readonly ingangsdatum: string;
  readonly einddatum?: string;
}

export interface Gemeente {
  readonly gemeentecode: string;
  readonly naam: string;
  readonly ingangsdatum: string;
  readonly einddatum?: string;
}

export interface Productcode {
  readonly gemeentecode: string;
  readonly productcategorie: string;
  readonly productcode: string;
  readonly ingangsdatum: string;
  readonly einddatum?: string;
}

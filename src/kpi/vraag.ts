/**
 * A question to the KPI snapshots, the same from the command line and the API: which figure, as of
 * which peildatum (or which range of peildata, for a trend), filtered how, grouped by what.
 */
import { CEL_DIMENSIE_NAMEN, type CelDimensie, type Dimensie, type Filter } from '../db/repositories/kpi.js';
import { AFREKENWIJZEN, type Afrekenwijze } from './afrekening.js';

export const FIGUREN = ['wachttijd', 'wachtlijst', 'wachtlijst-langst', 'doorlooptijd', 'stroom', 'bezetting', 'budget'] as const;
export type Figuur = (typeof FIGUREN)[number];

export const FIGUUR_OMSCHRIJVING: Readonly<Record<Figuur, string>> = {
  wachttijd: 'Wachttijd (dagen van toewijzing tot start zorg) van de trajecten die dit jaar startten',
  wachtlijst: 'Wachtlijst op de peildatum: lopende toewijzing, nog geen start',
  'wachtlijst-langst': 'De langst wachtenden op de peildatum (per toewijzing, zonder cliëntgegevens)',
  doorlooptijd: 'Doorlooptijd van dit jaar afgesloten trajecten (per reden beëindiging) en leeftijd van lopende',
  stroom: 'Instroom en uitstroom per maand; einde ten opzichte van de einddatum van de toewijzing',
  bezetting: 'Bezette plekken per jaar tegenover afgesproken plekken',
  budget: 'Realisatie, prognose tot jaareinde en verwachte afrekening tegenover plafond of budgetafspraak',
};

/** The dimensions each figure may be grouped by. */
export const DIMENSIES: Readonly<Record<Figuur, readonly Dimensie[]>> = {
  wachttijd: ['peildatum', ...CEL_DIMENSIE_NAMEN],
  wachtlijst: ['peildatum', ...CEL_DIMENSIE_NAMEN],
  'wachtlijst-langst': [],
  doorlooptijd: ['peildatum', ...CEL_DIMENSIE_NAMEN, 'reden'],
  stroom: ['peildatum', ...CEL_DIMENSIE_NAMEN, 'maand'],
  bezetting: ['peildatum', ...CEL_DIMENSIE_NAMEN],
  // `maand`: the realisation and the forecast spread over the months of the year (the burn line).
  budget: ['peildatum', ...CEL_DIMENSIE_NAMEN, 'maand'],
};

/** Grouping when none is asked for. */
export const STANDAARD_PER: Readonly<Record<Figuur, readonly Dimensie[]>> = {
  wachttijd: [],
  wachtlijst: [],
  'wachtlijst-langst': [],
  doorlooptijd: [],
  stroom: ['maand'],
  bezetting: ['aanbieder', 'gemeente', 'segment'],
  budget: ['aanbieder', 'gemeente', 'segment'],
};

export interface KpiVraag {
  readonly figuur: Figuur;
  /** Default: the newest snapshot. */
  readonly peildatum?: string;
  /** With `per` peildatum: the range of peildata (a trend). */
  readonly van?: string;
  readonly tot?: string;
  readonly per?: readonly Dimensie[];
  readonly filter?: Filter;
  /** Budget: how a realisation outside the bandbreedte is settled (default `buiten-band`). */
  readonly afrekenwijze?: Afrekenwijze;
  /** Wachtlijst-langst: how many (default 10, at most 25). */
  readonly limiet?: number;
}

export class KpiVraagFout extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KpiVraagFout';
  }
}

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

/** A date as given (`JJJJ-MM-DD`), checked; undefined when empty. */
export function leesDatum(naam: string, v: string | undefined): string | undefined {
  if (v === undefined || v === '') return undefined;
  const d = new Date(`${v}T00:00:00Z`);
  if (!DATUM.test(v) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
    throw new KpiVraagFout(`${naam} '${v}' is geen datum (JJJJ-MM-DD).`);
  }
  return v;
}

function lijst(v: string | readonly string[] | undefined): string[] {
  if (v === undefined) return [];
  const delen = typeof v === 'string' ? [v] : v;
  return delen.flatMap((d) => d.split(',')).map((d) => d.trim()).filter((d) => d !== '');
}

export function isFiguur(v: string): v is Figuur {
  return (FIGUREN as readonly string[]).includes(v);
}

/** The raw options as the CLI or a query string gives them: strings or repeated strings. */
export type RuweVraag = Readonly<Partial<Record<CelDimensie | 'peildatum' | 'van' | 'tot' | 'per' | 'afrekening' | 'limiet', string | readonly string[]>>>;

/** Validates and normalises raw options into a question; throws `KpiVraagFout` with a Dutch sentence. */
export function leesVraag(figuur: string, ruw: RuweVraag): KpiVraag {
  if (!isFiguur(figuur)) throw new KpiVraagFout(`Onbekend kengetal '${figuur}'; kies uit: ${FIGUREN.join(', ')}.`);
  const enkel = (k: keyof RuweVraag): string | undefined => {
    const w = lijst(ruw[k]);
    if (w.length > 1) throw new KpiVraagFout(`Geef ${k} één keer.`);
    return w[0];
  };
  const filter: Partial<Record<CelDimensie, string[]>> = {};
  for (const d of CEL_DIMENSIE_NAMEN) {
    const w = lijst(ruw[d]);
    if (w.length > 0) filter[d] = w;
  }
  // `per=totaal`: no grouping at all (one row), also where the figure groups by default.
  const perLijst = lijst(ruw.per);
  const totaal = perLijst.length === 1 && perLijst[0] === 'totaal';
  const perRuw = totaal ? [] : perLijst;
  const toegestaan = DIMENSIES[figuur];
  for (const d of perRuw) {
    if (!(toegestaan as readonly string[]).includes(d)) {
      throw new KpiVraagFout(
        toegestaan.length === 0
          ? `${figuur} kent geen indeling (per).`
          : `${figuur} kan niet worden ingedeeld per '${d}'; kies uit: ${toegestaan.join(', ')}.`,
      );
    }
  }
  const afrekening = enkel('afrekening');
  if (afrekening !== undefined && !(AFREKENWIJZEN as readonly string[]).includes(afrekening)) {
    throw new KpiVraagFout(`Afrekenwijze '${afrekening}' bestaat niet; kies uit: ${AFREKENWIJZEN.join(', ')}.`);
  }
  const limietTekst = enkel('limiet');
  let limiet: number | undefined;
  if (limietTekst !== undefined) {
    limiet = Number(limietTekst);
    if (!Number.isInteger(limiet) || limiet < 1 || limiet > 25) throw new KpiVraagFout(`Limiet '${limietTekst}' moet een geheel getal van 1 tot en met 25 zijn.`);
  }
  const peildatum = leesDatum('Peildatum', enkel('peildatum'));
  const van = leesDatum('Van', enkel('van'));
  const tot = leesDatum('Tot', enkel('tot'));
  if ((van !== undefined || tot !== undefined) && !perRuw.includes('peildatum')) {
    throw new KpiVraagFout('Van en tot gelden voor een reeks peildata: geef ook per=peildatum.');
  }
  if (van && tot && van > tot) throw new KpiVraagFout(`Van (${van}) ligt na tot (${tot}).`);
  return {
    figuur,
    ...(peildatum ? { peildatum } : {}),
    ...(van ? { van } : {}),
    ...(tot ? { tot } : {}),
    per: perRuw.length > 0 || totaal ? [...new Set(perRuw as Dimensie[])] : STANDAARD_PER[figuur],
    filter,
    ...(afrekening ? { afrekenwijze: afrekening as Afrekenwijze } : {}),
    ...(limiet !== undefined ? { limiet } : {}),
  };
}

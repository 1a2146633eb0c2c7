/**
 * The columns of each figure's rows, in order, with a Dutch heading and a kind that says how the
 * value is written (CSV, text tables). The rows `figuren.ts` makes carry exactly these fields.
 */
import type { Dimensie } from '../db/repositories/kpi.js';
import type { Figuur } from './vraag.js';

/**
 * - `code`: an identifier made of digits and letters (gemeentecode, AGB, productcode, ...): kept as
 *   text, leading zeros included;
 * - `tekst`, `datum` (`YYYY-MM-DD`), `maand` (`YYYY-MM`);
 * - `geheel`, `decimaal` (days, plekken), `procent`;
 * - `euro`: the value is integer eurocents, written in euro with two decimals;
 * - `ja-nee`: a boolean.
 */
export type KolomSoort = 'code' | 'tekst' | 'datum' | 'maand' | 'geheel' | 'decimaal' | 'procent' | 'euro' | 'ja-nee';

export interface Kolom {
  readonly sleutel: string;
  readonly kop: string;
  readonly soort: KolomSoort;
}

const k = (sleutel: string, kop: string, soort: KolomSoort): Kolom => ({ sleutel, kop, soort });

const DIMENSIE_KOLOMMEN: Readonly<Record<Dimensie, readonly Kolom[]>> = {
  peildatum: [k('peildatum', 'Peildatum', 'datum')],
  gemeente: [k('gemeente', 'Gemeente', 'code'), k('gemeenteNaam', 'Gemeentenaam', 'tekst')],
  aanbieder: [k('aanbieder', 'AGB-code aanbieder', 'code'), k('aanbiederNaam', 'Aanbieder', 'tekst')],
  segment: [k('segment', 'Segment', 'tekst')],
  perceel: [k('perceel', 'Perceel', 'tekst')],
  productcategorie: [k('productcategorie', 'Productcategorie', 'code')],
  productcode: [k('productcode', 'Productcode', 'code')],
  maand: [k('maand', 'Maand', 'maand')],
  reden: [k('standaard', 'Standaard', 'tekst'), k('reden', 'Reden beëindiging', 'code'), k('redenOmschrijving', 'Omschrijving reden', 'tekst')],
  standaard: [],
};

/** The wait classes of wachttijd and wachtlijst (`WACHTKLASSEN`), one column each. */
export const WACHTKLASSE_KOLOMMEN: readonly Kolom[] = [
  k('dagen0tot7', '0-7 dagen', 'geheel'),
  k('dagen8tot14', '8-14 dagen', 'geheel'),
  k('dagen15tot28', '15-28 dagen', 'geheel'),
  k('dagen29tot56', '29-56 dagen', 'geheel'),
  k('dagen57tot91', '57-91 dagen', 'geheel'),
  k('dagen92plus', '92 dagen of meer', 'geheel'),
];

const MAATSTAVEN: Readonly<Record<Figuur, readonly Kolom[]>> = {
  wachttijd: [
    k('aantal', 'Gestarte trajecten', 'geheel'),
    k('gemiddeldDagen', 'Gemiddelde wachttijd (dagen)', 'decimaal'),
    k('mediaanDagen', 'Mediaan (dagen)', 'decimaal'),
    k('p90Dagen', '90e percentiel (dagen)', 'decimaal'),
    k('aantalBoven28', 'Langer dan 4 weken', 'geheel'),
    k('aandeelBoven28Pct', 'Langer dan 4 weken (%)', 'procent'),
    k('gestartVoorToewijzing', 'Gestart vóór de toewijzing', 'geheel'),
    ...WACHTKLASSE_KOLOMMEN,
  ],
  wachtlijst: [
    k('aantal', 'Wachtenden', 'geheel'),
    k('gemiddeldDagen', 'Gemiddeld gewacht (dagen)', 'decimaal'),
    k('mediaanDagen', 'Mediaan (dagen)', 'decimaal'),
    k('langsteDagen', 'Langste wachttijd (dagen)', 'geheel'),
    k('aantalBoven28', 'Langer dan 4 weken', 'geheel'),
    k('aandeelBoven28Pct', 'Langer dan 4 weken (%)', 'procent'),
    ...WACHTKLASSE_KOLOMMEN,
  ],
  'wachtlijst-langst': [
    k('peildatum', 'Peildatum', 'datum'),
    k('gemeente', 'Gemeente', 'code'),
    k('aanbieder', 'AGB-code aanbieder', 'code'),
    k('segment', 'Segment', 'tekst'),
    k('perceel', 'Perceel', 'tekst'),
    k('productcategorie', 'Productcategorie', 'code'),
    k('productcode', 'Productcode', 'code'),
    k('standaard', 'Standaard', 'tekst'),
    k('toewijzingNummer', 'ToewijzingNummer', 'code'),
    k('wachtSinds', 'Wacht sinds', 'datum'),
    k('dagen', 'Dagen gewacht', 'geheel'),
  ],
  doorlooptijd: [
    k('soort', 'Soort', 'tekst'),
    k('aantal', 'Trajecten', 'geheel'),
    k('gemiddeldDagen', 'Gemiddelde doorlooptijd (dagen)', 'decimaal'),
    k('gemiddeldWeken', 'Gemiddelde doorlooptijd (weken)', 'decimaal'),
    k('mediaanWeken', 'Mediaan (weken)', 'decimaal'),
    k('p90Weken', '90e percentiel (weken)', 'decimaal'),
  ],
  stroom: [
    k('instroom', 'Instroom', 'geheel'),
    k('uitstroom', 'Uitstroom', 'geheel'),
    k('netto', 'Netto', 'geheel'),
    k('eindeVoor', 'Einde vóór einddatum toewijzing', 'geheel'),
    k('eindeOp', 'Einde op einddatum toewijzing', 'geheel'),
    k('eindeNa', 'Einde na einddatum toewijzing', 'geheel'),
    k('eindeOpen', 'Toewijzing zonder einddatum', 'geheel'),
    k('aandeelVoorPct', 'Vóór einddatum (%)', 'procent'),
    k('aandeelOpPct', 'Op einddatum (%)', 'procent'),
    k('aandeelNaPct', 'Na einddatum (%)', 'procent'),
    k('aandeelOpenPct', 'Zonder einddatum (%)', 'procent'),
  ],
  bezetting: [
    k('jaar', 'Jaar', 'geheel'),
    k('trajecten', 'Trajecten', 'geheel'),
    k('zorgdagen', 'Zorgdagen', 'geheel'),
    k('plekkenBezet', 'Bezette plekken (gemiddeld)', 'decimaal'),
    k('plekkenJaar', 'Plekken-jaar gebruikt', 'decimaal'),
    k('gemiddeldeBezettingPct', 'Gemiddelde bezetting per cliënt (%)', 'procent'),
    k('clientenPerPlek', 'Cliënten per plek', 'decimaal'),
    k('afgesprokenPlekken', 'Afgesproken plekken', 'decimaal'),
    k('onbezettePlekken', 'Onbezette plekken', 'decimaal'),
    k('bezettingsgraadPct', 'Bezettingsgraad (%)', 'procent'),
    k('terugbetalingCent', 'Terugbetaling onbezette plekken (€)', 'euro'),
  ],
  budget: [
    k('jaar', 'Jaar', 'geheel'),
    k('realisatieCent', 'Realisatie (€)', 'euro'),
    k('inOnderzoekCent', 'In onderzoek (€)', 'euro'),
    k('basisMaanden', 'Maanden in prognose', 'geheel'),
    k('prognoseLineairCent', 'Prognose lineair (€)', 'euro'),
    k('prognoseSeizoenCent', 'Prognose seizoen (€)', 'euro'),
    k('prognoseCent', 'Prognose jaareinde (€)', 'euro'),
    k('prognoseMethode', 'Prognosemethode', 'tekst'),
    k('soort', 'Soort afspraak', 'tekst'),
    k('bedragCent', 'Budget (€)', 'euro'),
    k('bandbreedtePct', 'Bandbreedte (%)', 'procent'),
    k('voorschotCent', 'Voorschot (€)', 'euro'),
    k('uitputtingPct', 'Uitputting (%)', 'procent'),
    k('verwachteAfwijkingCent', 'Verwachte over-/onderschrijding (€)', 'euro'),
    k('verwachteAfwijkingPct', 'Verwachte over-/onderschrijding (%)', 'procent'),
    k('binnenBand', 'Binnen bandbreedte', 'ja-nee'),
    k('afrekenwijze', 'Afrekenwijze', 'tekst'),
    k('verwachteVerrekeningCent', 'Verwachte verrekening (€)', 'euro'),
    k('verwachteVergoedingCent', 'Verwachte vergoeding (€)', 'euro'),
    k('verwachteOverschrijdingCent', 'Boven plafond (€)', 'euro'),
    k('verwachteAfrekeningCent', 'Verwachte afrekening: voorschot − vergoeding (€)', 'euro'),
  ],
};

/** Budget per month (`per` includes `maand`): an agreement is per year, so no agreement columns. */
const BUDGET_PER_MAAND: readonly Kolom[] = [
  k('jaar', 'Jaar', 'geheel'),
  k('realisatieCent', 'Realisatie (€)', 'euro'),
  k('realisatieCumulatiefCent', 'Realisatie cumulatief (€)', 'euro'),
  k('inOnderzoekCent', 'In onderzoek (€)', 'euro'),
  k('prognoseCent', 'Prognose (€)', 'euro'),
  k('prognoseCumulatiefCent', 'Prognose cumulatief (€)', 'euro'),
  k('prognoseMethode', 'Prognosemethode', 'tekst'),
];

/** The columns of a figure's rows grouped `per`, in order. */
export function kolommenVoor(figuur: Figuur, per: readonly Dimensie[]): Kolom[] {
  if (figuur === 'wachtlijst-langst') return [...MAATSTAVEN[figuur]];
  if (figuur === 'budget' && per.includes('maand')) return [...per.flatMap((d) => DIMENSIE_KOLOMMEN[d]), ...BUDGET_PER_MAAND];
  return [...per.flatMap((d) => DIMENSIE_KOLOMMEN[d]), ...MAATSTAVEN[figuur]];
}

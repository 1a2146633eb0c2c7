/**
 * The KPI dashboard (`/kpi`, role contractmanager): wachttijd (distribution and trend), wachtlijst
 * (distribution and trend), instroom/uitstroom per month, bezetting against the agreed plekken, and
 * budget burn against plafond or afspraak with the forecast and the bandbreedte. Every figure is the
 * KPI API's own answer (`kpiAntwoord`, the same function `GET /api/v1/kpi/{kengetal}` answers with),
 * drawn as a chart with its table beside it and a link to the API's CSV of exactly that question
 * (`formaat=csv&komma=true`: `;` and a decimal comma for Dutch Excel).
 *
 * Chosen: a peildatum (a snapshot; default the newest), optionally a gemeente and an aanbieder.
 * Trends are the snapshots of the twelve months up to the peildatum, the last one of each month.
 */
import type { FastifyInstance } from 'fastify';
import { AfkeurRepository } from '../../db/repositories/afkeuren.js';
import { KpiRepository } from '../../db/repositories/kpi.js';
import { ToegangRepository } from '../../db/repositories/toegang.js';
import { GeenSnapshot, type KpiRij, type Waarde } from '../../kpi/figuren.js';
import type { Kolom } from '../../kpi/kolommen.js';
import { KpiVraagFout, type RuweVraag } from '../../kpi/vraag.js';
import { API_PREFIX } from '../app.js';
import { kpiAntwoord, type KpiApiAntwoord } from '../kpi-antwoord.js';
import { aantal, datum, decimaal, euro } from './formaat.js';
import { lijnGrafiek, staafGrafiek } from './grafiek.js';
import { html, type Html } from './html.js';
import { pagina } from './layout.js';
import type { BackofficeOpties } from './opties.js';
import { aangemeld, paginaToegang, stuurPagina } from './toegang.js';

// ── the choice on the page ───────────────────────────────────────────────────

export interface KpiKeuze {
  readonly peildatum: string;
  readonly gemeente?: string;
  readonly aanbieder?: string;
}

/** The page's query: a peildatum that has a snapshot (else the newest), a gemeente (4 digits), an AGB (8). */
export function leesKpiKeuze(q: Record<string, unknown>, peildata: readonly string[]): KpiKeuze | undefined {
  const s = (k: string) => (typeof q[k] === 'string' ? (q[k] as string).trim() : '');
  if (peildata.length === 0) return undefined;
  return {
    peildatum: peildata.includes(s('peildatum')) ? s('peildatum') : peildata[0]!,
    ...(/^\d{4}$/.test(s('gemeente')) ? { gemeente: s('gemeente') } : {}),
    ...(/^\d{8}$/.test(s('aanbieder')) ? { aanbieder: s('aanbieder') } : {}),
  };
}

/** The first day of the month eleven months before the peildatum's: twelve months of trend. */
export function trendBegin(peildatum: string): string {
  const d = new Date(Date.UTC(Number(peildatum.slice(0, 4)), Number(peildatum.slice(5, 7)) - 12, 1));
  return d.toISOString().slice(0, 10);
}

/** The API question of one chart, as query parameters (the same for its JSON and its CSV). */
export interface Vraag {
  readonly figuur: string;
  readonly parameters: Readonly<Record<string, string>>;
}

function vraag(figuur: string, k: KpiKeuze, extra: Record<string, string>): Vraag {
  return {
    figuur,
    parameters: {
      ...(extra['per'] === 'peildatum' ? { van: trendBegin(k.peildatum), tot: k.peildatum } : { peildatum: k.peildatum }),
      ...extra,
      ...(k.gemeente ? { gemeente: k.gemeente } : {}),
      ...(k.aanbieder ? { aanbieder: k.aanbieder } : {}),
    },
  };
}

/** The link to the API's CSV of a question, for Dutch Excel. */
export function csvUrl(v: Vraag): string {
  return `${API_PREFIX}/kpi/${v.figuur}?${new URLSearchParams({ ...v.parameters, formaat: 'csv', komma: 'true' })}`;
}

/** The page's own query string (for the audit log and links). */
export function paginaParameters(k: KpiKeuze): string {
  const p = new URLSearchParams({ peildatum: k.peildatum });
  if (k.gemeente) p.set('gemeente', k.gemeente);
  if (k.aanbieder) p.set('aanbieder', k.aanbieder);
  return p.toString();
}

// ── reading the API's rows ──────────────────────────────────────────────────

const getal = (r: KpiRij | undefined, k: string): number | null => {
  const w = r?.[k];
  return typeof w === 'number' ? w : null;
};
const tekst = (r: KpiRij | undefined, k: string): string | null => {
  const w = r?.[k];
  return w === null || w === undefined ? null : String(w);
};
const MAANDEN = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
/** `2025-03` → `mrt 2025` (a non-breaking space: never over two lines). */
export const maandNaam = (m: string): string => `${MAANDEN[Number(m.slice(5, 7)) - 1] ?? m.slice(5, 7)}\u00a0${m.slice(0, 4)}`;
const euroAs = (n: number): string => {
  const e = n / 100;
  return Math.abs(e) >= 1_000_000 ? `€ ${decimaal((e / 1_000_000).toFixed(1))} mln` : Math.abs(e) >= 1000 ? `€ ${Math.round(e / 1000)}k` : `€ ${Math.round(e)}`;
};

/** A value as the table shows it, by the kind of its column. */
export function celTekst(soort: Kolom['soort'], w: Waarde | undefined): string {
  if (w === null || w === undefined || w === '') return '–';
  switch (soort) {
    case 'euro':
      return euro(Number(w));
    case 'geheel':
      return aantal(Number(w));
    case 'decimaal':
    case 'procent':
      return decimaal(w as number).replace(/^-/, '−');
    case 'datum':
      return datum(String(w));
    case 'maand':
      return maandNaam(String(w));
    case 'ja-nee':
      return w === true ? 'ja' : 'nee';
    default:
      return String(w);
  }
}

const NUMERIEK: ReadonlySet<Kolom['soort']> = new Set(['euro', 'geheel', 'decimaal', 'procent']);

export interface KpiTabel {
  readonly titel: string;
  readonly koppen: readonly { readonly kop: string; readonly getal: boolean }[];
  /** Cells as written; the first of each row heads it. */
  readonly rijen: readonly (readonly string[])[];
}

/** A table of some of the API's columns (by key), one line per row, with the API's headings. */
function apiTabel(titel: string, a: KpiApiAntwoord, sleutels: readonly string[], rijen: readonly KpiRij[] = a.rijen): KpiTabel {
  const kolommen = sleutels.map((s) => a.kolommen.find((k) => k.sleutel === s)).filter((k): k is Kolom => k !== undefined);
  return {
    titel,
    koppen: kolommen.map((k, i) => ({ kop: k.kop, getal: i > 0 && NUMERIEK.has(k.soort) })),
    rijen: rijen.map((r) => kolommen.map((k) => celTekst(k.soort, r[k.sleutel]))),
  };
}

/** The wait classes of one row (`dagen0tot7`, ...) as a two-column table, with the API's headings. */
function klassenTabel(titel: string, a: KpiApiAntwoord, wat: string): { tabel: KpiTabel; labels: string[]; waarden: number[] } {
  const klassen = a.kolommen.filter((k) => /^dagen\d/.test(k.sleutel));
  const r = a.rijen[0];
  const waarden = klassen.map((k) => getal(r, k.sleutel) ?? 0);
  return {
    tabel: { titel, koppen: [{ kop: 'Wachttijd', getal: false }, { kop: wat, getal: true }], rijen: klassen.map((k, i) => [k.kop, aantal(waarden[i]!)]) },
    labels: klassen.map((k) => k.kop),
    waarden,
  };
}

/** Of a trend (rows per peildatum), the last snapshot of each month, oldest first. */
export function laatstePerMaand(rijen: readonly KpiRij[]): KpiRij[] {
  const perMaand = new Map<string, KpiRij>();
  for (const r of [...rijen].sort((a, b) => String(a['peildatum']).localeCompare(String(b['peildatum'])))) perMaand.set(String(r['peildatum']).slice(0, 7), r);
  return [...perMaand.values()];
}

// ── the parts: a chart with its table and its CSV ───────────────────────────

export interface KpiOnderdeel {
  readonly id: string;
  readonly titel: string;
  /** The table goes under the chart (many or wide columns), else beside it. */
  readonly breed?: boolean;
  readonly grafiek: { svg: Html; legenda: Html };
  readonly tabel: KpiTabel;
  readonly csv: string;
}

type Uitkomst = { ok: true; a: KpiApiAntwoord } | { ok: false; reden: string };

interface Blok {
  readonly figuur: string;
  readonly titel: string;
  readonly uitleg: string;
  readonly samenvatting?: Html;
  readonly onderdelen: readonly KpiOnderdeel[];
  /** Why (part of) the figure cannot be shown. */
  readonly niet?: string;
}

async function haal(o: BackofficeOpties, v: Vraag): Promise<Uitkomst> {
  try {
    return { ok: true, a: await kpiAntwoord(o.database, v.figuur, v.parameters as RuweVraag) };
  } catch (e) {
    if (e instanceof GeenSnapshot || e instanceof KpiVraagFout) return { ok: false, reden: e.message };
    throw e;
  }
}

const samenvatting = (items: readonly (readonly [string, string])[]): Html =>
  html`<ul class="kpi-samenvatting">${items.map(([w, t]) => html`<li><strong>${w}</strong> ${t}</li>`)}</ul>`;

async function wachttijdBlok(o: BackofficeOpties, k: KpiKeuze): Promise<Blok> {
  const nu = vraag('wachttijd', k, { per: 'totaal' });
  const reeks = vraag('wachttijd', k, { per: 'peildatum' });
  const [a, t] = await Promise.all([haal(o, nu), haal(o, reeks)]);
  const basis = { figuur: 'wachttijd', titel: 'Wachttijd', uitleg: 'Dagen tussen de toewijzing (301) en de start van de zorg (305), van de trajecten die dit jaar startten. Boven 28 dagen moet de aanbieder overbruggingshulp bieden.' };
  if (!a.ok) return { ...basis, onderdelen: [], niet: a.reden };
  const r = a.a.rijen[0];
  const kl = klassenTabel('Verdeling van de wachttijd', a.a, 'Gestarte trajecten');
  const onderdelen: KpiOnderdeel[] = [
    {
      id: 'wachttijd-verdeling',
      titel: `Verdeling op ${datum(k.peildatum)}`,
      grafiek: staafGrafiek({
        id: 'g-wachttijd-verdeling',
        geheel: true,
        titel: 'Verdeling van de wachttijd in dagen',
        beschrijving: `Gestarte trajecten per wachttijdklasse, ${aantal(getal(r, 'aantal') ?? 0)} in totaal.`,
        labels: kl.labels,
        reeksen: [{ naam: 'Gestarte trajecten', waarden: kl.waarden }],
      }),
      tabel: kl.tabel,
      csv: csvUrl(nu),
    },
  ];
  if (t.ok) {
    const rijen = laatstePerMaand(t.a.rijen);
    onderdelen.push({
      id: 'wachttijd-trend',
      titel: 'Verloop',
      breed: true,
      grafiek: lijnGrafiek({
        id: 'g-wachttijd-trend',
        titel: 'Mediaan en 90e percentiel van de wachttijd per momentopname',
        beschrijving: 'Per maand de laatste momentopname; de rode lijn is de grens van 28 dagen (overbruggingshulp).',
        labels: rijen.map((x) => datum(tekst(x, 'peildatum'))),
        reeksen: [
          { naam: 'Mediaan', waarden: rijen.map((x) => getal(x, 'mediaanDagen')) },
          { naam: '90e percentiel', waarden: rijen.map((x) => getal(x, 'p90Dagen')), kleur: 1 },
        ],
        referenties: [{ waarde: 28, naam: '28 dagen' }],
        formaat: (n) => `${n} d`,
      }),
      tabel: apiTabel('Wachttijd per momentopname', t.a, ['peildatum', 'aantal', 'gemiddeldDagen', 'mediaanDagen', 'p90Dagen', 'aandeelBoven28Pct'], rijen),
      csv: csvUrl(reeks),
    });
  }
  return {
    ...basis,
    samenvatting: samenvatting([
      [aantal(getal(r, 'aantal') ?? 0), 'gestart'],
      [decimaal(getal(r, 'mediaanDagen')), 'dagen mediaan'],
      [decimaal(getal(r, 'p90Dagen')), 'dagen 90e percentiel'],
      [`${decimaal(getal(r, 'aandeelBoven28Pct'))}%`, 'langer dan 28 dagen'],
    ]),
    onderdelen,
  };
}

async function wachtlijstBlok(o: BackofficeOpties, k: KpiKeuze): Promise<Blok> {
  const nu = vraag('wachtlijst', k, { per: 'totaal' });
  const reeks = vraag('wachtlijst', k, { per: 'peildatum' });
  const [a, t] = await Promise.all([haal(o, nu), haal(o, reeks)]);
  const basis = { figuur: 'wachtlijst', titel: 'Wachtlijst', uitleg: 'Trajecten met een lopende toewijzing zonder start van de zorg op de peildatum, naar hoe lang ze al wachten.' };
  if (!a.ok) return { ...basis, onderdelen: [], niet: a.reden };
  const r = a.a.rijen[0];
  const kl = klassenTabel('Wachtlijst naar wachtduur', a.a, 'Wachtenden');
  const onderdelen: KpiOnderdeel[] = [
    {
      id: 'wachtlijst-verdeling',
      titel: `Op de wachtlijst op ${datum(k.peildatum)}`,
      grafiek: staafGrafiek({
        id: 'g-wachtlijst-verdeling',
        geheel: true,
        titel: 'Wachtlijst naar wachtduur',
        beschrijving: `${aantal(getal(r, 'aantal') ?? 0)} wachtenden op ${datum(k.peildatum)}, per klasse van wachtduur.`,
        labels: kl.labels,
        reeksen: [{ naam: 'Wachtenden', waarden: kl.waarden, kleur: 3 }],
      }),
      tabel: kl.tabel,
      csv: csvUrl(nu),
    },
  ];
  if (t.ok) {
    const rijen = laatstePerMaand(t.a.rijen);
    onderdelen.push({
      id: 'wachtlijst-trend',
      titel: 'Verloop',
      grafiek: lijnGrafiek({
        id: 'g-wachtlijst-trend',
        geheel: true,
        titel: 'Lengte van de wachtlijst per momentopname',
        beschrijving: 'Aantal wachtenden, per maand de laatste momentopname.',
        labels: rijen.map((x) => datum(tekst(x, 'peildatum'))),
        reeksen: [
          { naam: 'Wachtenden', waarden: rijen.map((x) => getal(x, 'aantal')), kleur: 3 },
          { naam: 'Langer dan 4 weken', waarden: rijen.map((x) => getal(x, 'aantalBoven28')), kleur: 4 },
        ],
      }),
      tabel: apiTabel('Wachtlijst per momentopname', t.a, ['peildatum', 'aantal', 'gemiddeldDagen', 'langsteDagen', 'aantalBoven28'], rijen),
      csv: csvUrl(reeks),
    });
  }
  return {
    ...basis,
    samenvatting: samenvatting([
      [aantal(getal(r, 'aantal') ?? 0), `wachtenden op ${datum(k.peildatum)}`],
      [decimaal(getal(r, 'gemiddeldDagen')), 'dagen gemiddeld gewacht'],
      [decimaal(getal(r, 'langsteDagen')), 'dagen het langst'],
      [aantal(getal(r, 'aantalBoven28') ?? 0), 'langer dan 28 dagen'],
    ]),
    onderdelen,
  };
}

async function stroomBlok(o: BackofficeOpties, k: KpiKeuze): Promise<Blok> {
  const v = vraag('stroom', k, { per: 'maand' });
  const a = await haal(o, v);
  const basis = { figuur: 'stroom', titel: 'Instroom en uitstroom', uitleg: 'Trajecten per maand van hun eerste start (instroom) en van hun einde (uitstroom), dit jaar tot de peildatum.' };
  if (!a.ok) return { ...basis, onderdelen: [], niet: a.reden };
  const rijen = a.a.rijen;
  return {
    ...basis,
    samenvatting: samenvatting([
      [aantal(rijen.reduce((s, r) => s + (getal(r, 'instroom') ?? 0), 0)), 'ingestroomd'],
      [aantal(rijen.reduce((s, r) => s + (getal(r, 'uitstroom') ?? 0), 0)), 'uitgestroomd'],
    ]),
    onderdelen: [
      {
        id: 'instroom-uitstroom',
        titel: 'Per maand',
        grafiek: staafGrafiek({
          id: 'g-instroom-uitstroom',
          geheel: true,
          titel: 'Instroom en uitstroom per maand',
          beschrijving: 'Per maand de trajecten die startten (instroom) en die eindigden (uitstroom), naast elkaar.',
          labels: rijen.map((r) => maandNaam(String(r['maand']))),
          reeksen: [
            { naam: 'Instroom', waarden: rijen.map((r) => getal(r, 'instroom')), kleur: 2 },
            { naam: 'Uitstroom', waarden: rijen.map((r) => getal(r, 'uitstroom')), kleur: 1 },
          ],
        }),
        tabel: apiTabel('Instroom en uitstroom per maand', a.a, ['maand', 'instroom', 'uitstroom', 'netto']),
        csv: csvUrl(v),
      },
    ],
  };
}

const aanbiederLabel = (r: KpiRij): string => tekst(r, 'aanbiederNaam') ?? tekst(r, 'aanbieder') ?? '–';

async function bezettingBlok(o: BackofficeOpties, k: KpiKeuze): Promise<Blok> {
  const v = vraag('bezetting', k, { per: 'aanbieder' });
  const a = await haal(o, v);
  const basis = {
    figuur: 'bezetting',
    titel: 'Bezetting en plekken',
    uitleg: 'Bezette plekken per aanbieder (zorgdagen dit jaar gedeeld door de verstreken dagen) tegenover de plekken uit de budgetafspraak.',
  };
  if (!a.ok) return { ...basis, onderdelen: [], niet: a.reden };
  const rijen = a.a.rijen;
  return {
    ...basis,
    onderdelen: [
      {
        id: 'bezetting',
        titel: `Per aanbieder op ${datum(k.peildatum)}`,
        breed: true,
        grafiek: staafGrafiek({
          id: 'g-bezetting',
          titel: 'Bezette plekken tegenover afgesproken plekken per aanbieder',
          beschrijving: 'Per aanbieder de gemiddeld bezette plekken dit jaar en, waar afgesproken, het aantal plekken.',
          labels: rijen.map(aanbiederLabel),
          reeksen: [
            { naam: 'Bezet', waarden: rijen.map((r) => getal(r, 'plekkenBezet')) },
            { naam: 'Afgesproken', waarden: rijen.map((r) => getal(r, 'afgesprokenPlekken')), kleur: 5 },
          ],
        }),
        tabel: apiTabel('Bezetting per aanbieder', a.a, ['aanbiederNaam', 'trajecten', 'plekkenBezet', 'afgesprokenPlekken', 'bezettingsgraadPct'].map((s, i) => (i === 0 && rijen.every((r) => r['aanbiederNaam'] === null) ? 'aanbieder' : s))),
        csv: csvUrl(v),
      },
    ],
  };
}

async function budgetBlok(o: BackofficeOpties, k: KpiKeuze): Promise<Blok> {
  const totaal = vraag('budget', k, { per: 'totaal' });
  const maanden = vraag('budget', k, { per: 'maand' });
  const aanbieders = vraag('budget', k, { per: 'aanbieder' });
  const [t, m, p] = await Promise.all([haal(o, totaal), haal(o, maanden), haal(o, aanbieders)]);
  const basis = {
    figuur: 'budget',
    titel: 'Budget',
    uitleg: 'Toegekende declaraties (naar de maand van de prestatie) tegenover het budgetplafond of de budgetafspraak, met de prognose tot het eind van het jaar en de bandbreedte.',
  };
  if (!t.ok || !m.ok) return { ...basis, onderdelen: [], niet: (!t.ok ? t.reden : !m.ok ? m.reden : '') || 'onbekend' };
  const r = t.a.rijen[0];
  const bedrag = getal(r, 'bedragCent');
  const band = getal(r, 'bandbreedtePct');
  const soort = tekst(r, 'soort');
  const budgetNaam = soort === 'plafond' ? 'Plafond' : soort === 'afspraak' ? 'Budgetafspraak' : 'Budget';
  const mr = m.a.rijen;
  const onderdelen: KpiOnderdeel[] = [
    {
      id: 'budget-verloop',
      titel: 'Uitputting per maand',
      grafiek: lijnGrafiek({
        id: 'g-budget',
        titel: `Toegekend bedrag cumulatief tegenover het ${budgetNaam.toLowerCase()}`,
        beschrijving:
          'De doorgetrokken lijn is wat tot de peildatum is toegekend, de gestippelde lijn de prognose tot het eind van het jaar; de rode lijn het budget' +
          (band !== null ? `, het vlak de bandbreedte van ${decimaal(band)}%.` : '.'),
        labels: mr.map((x) => maandNaam(String(x['maand']))),
        reeksen: [
          { naam: 'Prognose (cumulatief)', waarden: mr.map((x) => getal(x, 'prognoseCumulatiefCent')), stijl: 'streep', kleur: 1 },
          { naam: 'Toegekend (cumulatief)', waarden: mr.map((x) => getal(x, 'realisatieCumulatiefCent')), kleur: 0 },
        ],
        ...(bedrag !== null ? { referenties: [{ waarde: bedrag, naam: budgetNaam }] } : {}),
        ...(bedrag !== null && band !== null
          ? { band: { naam: `Bandbreedte ±${decimaal(band)}%`, onder: mr.map(() => (bedrag * (100 - band)) / 100), boven: mr.map(() => (bedrag * (100 + band)) / 100) } }
          : {}),
        formaat: euroAs,
      }),
      tabel: apiTabel('Toegekend en prognose per maand', m.a, ['maand', 'realisatieCent', 'realisatieCumulatiefCent', 'prognoseCent', 'prognoseCumulatiefCent']),
      csv: csvUrl(maanden),
    },
  ];
  if (p.ok) {
    const rijen = p.a.rijen;
    onderdelen.push({
      id: 'budget-aanbieders',
      titel: 'Per aanbieder',
      breed: true,
      grafiek: staafGrafiek({
        id: 'g-budget-aanbieders',
        titel: 'Toegekend, prognose en budget per aanbieder',
        beschrijving: 'Per aanbieder wat dit jaar is toegekend, de prognose tot het eind van het jaar en het budget (plafond of afspraak), in euro.',
        labels: rijen.map(aanbiederLabel),
        reeksen: [
          { naam: 'Toegekend', waarden: rijen.map((x) => getal(x, 'realisatieCent')) },
          { naam: 'Prognose jaareinde', waarden: rijen.map((x) => getal(x, 'prognoseCent')), kleur: 1 },
          { naam: 'Budget', waarden: rijen.map((x) => getal(x, 'bedragCent')), kleur: 5 },
        ],
        formaat: euroAs,
      }),
      tabel: apiTabel(
        'Budget per aanbieder',
        p.a,
        ['aanbiederNaam', 'soort', 'bedragCent', 'realisatieCent', 'prognoseCent', 'verwachteAfwijkingCent', 'verwachteAfwijkingPct', 'binnenBand'].map((s, i) =>
          i === 0 && rijen.every((x) => x['aanbiederNaam'] === null) ? 'aanbieder' : s,
        ),
      ),
      csv: csvUrl(aanbieders),
    });
  }
  const realisatie = getal(r, 'realisatieCent') ?? 0;
  return {
    ...basis,
    samenvatting: samenvatting([
      [bedrag !== null ? euro(bedrag) : '–', soort === 'plafond' ? 'plafond' : soort === 'afspraak' ? 'budgetafspraak' : 'budget (plafonds en afspraken)'],
      [euro(realisatie), `toegekend${getal(r, 'uitputtingPct') !== null ? ` (${decimaal(getal(r, 'uitputtingPct'))}%)` : ''}`],
      [getal(r, 'prognoseCent') !== null ? euro(getal(r, 'prognoseCent')!) : '–', 'prognose jaareinde'],
      ...(getal(r, 'verwachteAfwijkingCent') !== null ? [[euro(getal(r, 'verwachteAfwijkingCent')!), `verwachte afwijking (${decimaal(getal(r, 'verwachteAfwijkingPct'))}%)`] as const] : []),
      ...(band !== null ? [[`±${decimaal(band)}%`, 'bandbreedte'] as const] : []),
    ]),
    onderdelen,
  };
}

// ── the page ──────────────────────────────────────────────────────────────────

function tabelHtml(t: KpiTabel): Html {
  const klasse = (i: number) => (t.koppen[i]?.getal ? html` class="getal"` : '');
  return html`<div class="kpi-tabel"><table class="lijst"><caption class="sr-only">${t.titel}</caption>
  <thead><tr>${t.koppen.map((k, i) => html`<th scope="col"${klasse(i)}>${k.kop}</th>`)}</tr></thead>
  <tbody>${t.rijen.map((r) => html`<tr>${r.map((c, i) => (i === 0 ? html`<th scope="row">${c}</th>` : html`<td${klasse(i)}>${c}</td>`))}</tr>`)}</tbody>
  </table></div>`;
}

function onderdeelHtml(o: KpiOnderdeel): Html {
  return html`<div class="kpi-onderdeel" id="${o.id}"><h3>${o.titel}</h3>
  <div class="kpi-inhoud${o.breed ? ' breed' : ''}"><figure class="grafiek-figuur"><div>${o.grafiek.svg}</div><figcaption>${o.grafiek.legenda}</figcaption></figure>
  <div>${tabelHtml(o.tabel)}<a class="download" href="${o.csv}" download>CSV voor Excel: ${o.tabel.titel.toLowerCase()}</a></div></div></div>`;
}

function blokHtml(b: Blok): Html {
  return html`<section class="kpi-blok" aria-labelledby="kop-${b.figuur}"><h2 id="kop-${b.figuur}">${b.titel}</h2>
    <p class="uitleg">${b.uitleg}</p>
    ${b.niet ? html`<p class="niet-beschikbaar">Niet beschikbaar: ${b.niet}</p>` : html`${b.samenvatting ?? ''}${b.onderdelen.map(onderdeelHtml)}`}
  </section>`;
}

export async function kpiRoutes(app: FastifyInstance, o: BackofficeOpties): Promise<void> {
  const toegang = paginaToegang(o, ['contractmanager']);

  app.get('/kpi', { preHandler: toegang }, async (request, reply) => {
    const g = aangemeld(request);
    const peildata = await new KpiRepository(o.database.db).peildata();
    const k = leesKpiKeuze(request.query as Record<string, unknown>, peildata);
    if (!k) {
      return stuurPagina(
        reply,
        200,
        pagina({
          titel: "KPI's",
          gebruiker: g.gebruiker,
          csrf: g.csrf,
          actief: '/kpi',
          inhoud: html`<p class="niet-beschikbaar">Er is nog geen momentopname van de kengetallen. Ze worden elke nacht ververst; een beheerder kan het ook nu doen met <code>iwj kpi refresh</code>.</p>`,
        }),
      );
    }
    const waarden = await new AfkeurRepository(o.database.db).filterWaarden();
    const blokken = await Promise.all([wachttijdBlok(o, k), wachtlijstBlok(o, k), stroomBlok(o, k), bezettingBlok(o, k), budgetBlok(o, k)]);
    await new ToegangRepository(o.database.db).audit({
      wie: `gebruiker:${g.gebruiker.id}`,
      actie: 'bekeken',
      onderwerp: 'kpi',
      details: { peildatum: k.peildatum, ...(k.gemeente ? { gemeente: k.gemeente } : {}), ...(k.aanbieder ? { aanbieder: k.aanbieder } : {}) },
    });
    const keuze = (naam: string, label: string, opties: readonly (readonly [string, string])[], gekozen?: string, alle = true) =>
      html`<p><label for="k-${naam}">${label}</label><select id="k-${naam}" name="${naam}">${alle ? html`<option value="">Alle</option>` : ''}${opties.map(
        ([w, t]) => html`<option value="${w}"${w === gekozen ? html` selected` : ''}>${t}</option>`,
      )}</select></p>`;
    const inhoud = html`<form method="get" action="/kpi" class="filters" aria-label="Kies de momentopname en filter de KPI's">
  <div class="filter-rij">
    ${keuze('peildatum', 'Peildatum (momentopname)', peildata.map((p) => [p, datum(p)] as const), k.peildatum, false)}
    ${keuze('gemeente', 'Gemeente', waarden.gemeenten.map((x) => [x, x] as const), k.gemeente)}
    ${keuze('aanbieder', 'Aanbieder', waarden.aanbieders.map((a) => [a.agb, `${a.agb} ${a.naam}`] as const), k.aanbieder)}
  </div>
  <p class="knoppen"><button type="submit">Toon</button></p>
</form>
<p class="uitleg">Cijfers van de momentopname van ${datum(k.peildatum)}; de verlopen tonen per maand de laatste momentopname sinds ${datum(trendBegin(k.peildatum))}.
Elke tabel heeft een CSV voor Excel (puntkomma, decimale komma) met alle kolommen van de KPI-API.</p>
${blokken.map(blokHtml)}`;
    return stuurPagina(reply, 200, pagina({ titel: "KPI's", gebruiker: g.gebruiker, csrf: g.csrf, actief: '/kpi', inhoud }));
  });
}

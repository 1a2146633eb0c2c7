/**
 * The figures, computed from the snapshots: the repository sums the snapshot rows of the selection
 * per group (set-based), this module applies the maths of `src/kpi/` per group and shapes one flat
 * row per group — the same rows for the API's JSON, the CSV export and `iwj kpi show`.
 *
 * Budget and bezetting compare with the budgetafspraken, which exist per aanbieder × gemeente ×
 * segment: they are computed per agreement first and then added up to the asked grouping. Grouped
 * or filtered by perceel or product, an agreement cannot be split: the agreement columns stay empty.
 */
import type {
  BudgetafspraakSnapshot,
  CelDimensie,
  Dimensie,
  Filter,
  Groep,
  HistogramGroep,
  KpiRepository,
  Selectie,
} from '../db/repositories/kpi.js';
import { betekenis } from '../standard/codes.js';
import type { StandaardId } from '../standard/standaard.js';
import type { Afrekenwijze } from './afrekening.js';
import { bezettingCijfers, somBezetting, type BezettingCijfers } from './bezetting.js';
import { budgetCijfers, somBudget, type BudgetCijfers, type PrognoseMethode } from './budget.js';
import { doorlooptijdCijfers, GEEN_STOPBERICHT, type WekenRij } from './doorlooptijd.js';
import { basisMaanden, prognosePerMaand } from './prognose.js';
import { somStroom, stroomCijfers, type StroomTelling } from './stroom.js';
import { verdeling } from './verdeling.js';
import type { KpiVraag } from './vraag.js';
import { wachtlijstCijfers } from './wachtlijst.js';
import { wachttijdCijfers } from './wachttijd.js';

/** What the figures read: the KPI repository's reads. */
export type KpiBron = Pick<
  KpiRepository,
  'peildata' | 'peildataTussen' | 'histogram' | 'doorlooptijd' | 'stroom' | 'bezetting' | 'budgetMaanden' | 'budgetafspraken' | 'wachtlijstLangst'
>;

/** Names for codes, from the registers (optional). */
export interface NamenBron {
  aanbieders(agbs?: readonly string[]): Promise<readonly { agb: string; naam: string }[]>;
  gemeenten(): Promise<readonly { gemeentecode: string; naam: string; ingangsdatum: string }[]>;
}

export type Waarde = string | number | boolean | null;
export type KpiRij = Readonly<Record<string, Waarde>>;

export interface KpiAntwoord {
  readonly figuur: KpiVraag['figuur'];
  /** The peildata the rows are of, oldest first. */
  readonly peildata: readonly string[];
  readonly per: readonly Dimensie[];
  readonly rijen: readonly KpiRij[];
}

/** No snapshot to answer from (none made yet, or not of the asked peildatum). */
export class GeenSnapshot extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GeenSnapshot';
  }
}

const AFSPRAAK_DIMENSIES: readonly Dimensie[] = ['peildatum', 'gemeente', 'aanbieder', 'segment'];
const AFSPRAAK_FILTERS: readonly CelDimensie[] = ['gemeente', 'aanbieder', 'segment'];

/** Can the agreements (per aanbieder × gemeente × segment) be set against this selection? */
export function afspraakVergelijkbaar(per: readonly Dimensie[], filter: Filter): boolean {
  return (
    per.every((d) => AFSPRAAK_DIMENSIES.includes(d)) &&
    Object.entries(filter).every(([d, w]) => !w || w.length === 0 || AFSPRAAK_FILTERS.includes(d as CelDimensie))
  );
}

async function peildataVan(bron: KpiBron, v: KpiVraag, per: readonly Dimensie[]): Promise<string[]> {
  if (per.includes('peildatum')) {
    const r = await bron.peildataTussen(v.van ?? '1900-01-01', v.tot ?? '9999-12-31');
    if (r.length === 0) throw new GeenSnapshot('Er is geen momentopname van de kengetallen in deze periode.');
    return r;
  }
  const alle = await bron.peildata();
  if (alle.length === 0) throw new GeenSnapshot('Er is nog geen momentopname van de kengetallen: ververs ze eerst (iwj kpi refresh).');
  if (v.peildatum === undefined) return [alle[0]!];
  if (!alle.includes(v.peildatum)) throw new GeenSnapshot(`Er is geen momentopname van de kengetallen op peildatum ${v.peildatum}.`);
  return [v.peildatum];
}

const sleutel = (g: Groep, per: readonly Dimensie[]): string => per.map((d) => g[d] ?? '').join('\u0000');

function groepeer<T extends { groep: Groep }>(rijen: readonly T[], per: readonly Dimensie[]): Map<string, { groep: Groep; rijen: T[] }> {
  const m = new Map<string, { groep: Groep; rijen: T[] }>();
  for (const r of rijen) {
    const k = sleutel(r.groep, per);
    let g = m.get(k);
    if (!g) {
      g = { groep: Object.fromEntries(per.map((d) => [d, r.groep[d] ?? ''])) as Groep, rijen: [] };
      m.set(k, g);
    }
    g.rijen.push(r);
  }
  return m;
}

/** The group's own dimensions as output fields (empty productcode → null), with names where known. */
function dimensieVelden(g: Groep, per: readonly Dimensie[], namen: Namen): Record<string, Waarde> {
  const uit: Record<string, Waarde> = {};
  for (const d of per) {
    if (d === 'standaard') continue;
    const w = g[d] ?? '';
    uit[d] = d === 'productcode' && w === '' ? null : w;
    if (d === 'aanbieder') uit['aanbiederNaam'] = namen.aanbieders.get(w) ?? null;
    if (d === 'gemeente') uit['gemeenteNaam'] = namen.gemeenten.get(w) ?? null;
    if (d === 'reden') {
      const std = g['standaard'];
      uit['standaard'] = std ?? null;
      uit['redenOmschrijving'] =
        w === GEEN_STOPBERICHT ? 'Einddatum toewijzing verstreken zonder stopbericht (307)' : w === '' || !std ? null : (betekenis('RedenBeeindiging', std as StandaardId, w) ?? null);
    }
  }
  return uit;
}

interface Namen {
  readonly aanbieders: ReadonlyMap<string, string>;
  readonly gemeenten: ReadonlyMap<string, string>;
}

async function namenVoor(namen: NamenBron | undefined, per: readonly Dimensie[]): Promise<Namen> {
  const aanbieders = new Map<string, string>();
  const gemeenten = new Map<string, string>();
  if (namen && per.includes('aanbieder')) for (const a of await namen.aanbieders()) aanbieders.set(a.agb, a.naam);
  if (namen && per.includes('gemeente')) {
    // The newest name of each gemeente.
    for (const g of [...(await namen.gemeenten())].sort((a, b) => a.ingangsdatum.localeCompare(b.ingangsdatum))) gemeenten.set(g.gemeentecode, g.naam);
  }
  return { aanbieders, gemeenten };
}

function sorteer(rijen: Record<string, Waarde>[], sleutels: readonly string[]): Record<string, Waarde>[] {
  return rijen.sort((a, b) => {
    for (const k of sleutels) {
      const x = String(a[k] ?? '');
      const y = String(b[k] ?? '');
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
}

/** Computes a figure from the snapshots. */
export async function kpiFiguur(bron: KpiBron, v: KpiVraag, namenBron?: NamenBron): Promise<KpiAntwoord> {
  const per = [...(v.per ?? [])];
  const filter = v.filter ?? {};
  const peildata = await peildataVan(bron, v, per);
  const s: Selectie = { peildata, filter, per };
  const namen = await namenVoor(namenBron, per);
  const uit = (rijen: Record<string, Waarde>[], extraSleutels: readonly string[] = []): KpiAntwoord => ({
    figuur: v.figuur,
    peildata,
    per,
    rijen: sorteer(rijen, [...per.filter((d) => d !== 'standaard'), ...extraSleutels]),
  });

  switch (v.figuur) {
    case 'wachttijd':
    case 'wachtlijst': {
      const rijen = await bron.histogram(v.figuur === 'wachttijd' ? 'kpi_wachttijd' : 'kpi_wachtlijst', s);
      const groepen = groepeer<HistogramGroep>(rijen, per);
      if (groepen.size === 0 && per.length === 0) groepen.set('', { groep: {}, rijen: [] });
      // A trend has a row for every peildatum, also one where nobody waited or started (0, not a gap).
      if (per.length === 1 && per[0] === 'peildatum') for (const p of peildata) if (!groepen.has(p)) groepen.set(p, { groep: { peildatum: p }, rijen: [] });
      return uit(
        [...groepen.values()].map(({ groep, rijen: r }) => {
          const vd = verdeling(r);
          // Class counts as columns (`dagen0tot7`, ..., `dagen92plus`): the distribution for a chart.
          const kolommenVan = (k: readonly { klasse: string; aantal: number }[]) =>
            Object.fromEntries(k.map((x) => [`dagen${x.klasse.replace('-', 'tot').replace('+', 'plus')}`, x.aantal]));
          if (v.figuur === 'wachttijd') {
            const c = wachttijdCijfers(vd);
            return {
              ...dimensieVelden(groep, per, namen),
              aantal: c.aantal,
              gemiddeldDagen: c.gemiddeld,
              mediaanDagen: c.mediaan,
              p90Dagen: c.p90,
              aantalBoven28: c.aantalBoven28,
              aandeelBoven28Pct: c.aandeelBoven28,
              gestartVoorToewijzing: c.gestartVoorToewijzing,
              ...kolommenVan(c.verdeling),
            };
          }
          const c = wachtlijstCijfers(vd);
          return {
            ...dimensieVelden(groep, per, namen),
            aantal: c.aantal,
            gemiddeldDagen: c.gemiddeld,
            mediaanDagen: c.mediaan,
            langsteDagen: c.langste,
            aantalBoven28: c.aantalBoven28,
            aandeelBoven28Pct: c.aandeelBoven28,
            ...kolommenVan(c.verdeling),
          };
        }),
      );
    }

    case 'wachtlijst-langst': {
      const rijen = await bron.wachtlijstLangst(peildata[0]!, filter, v.limiet ?? 10);
      return {
        figuur: v.figuur,
        peildata,
        per,
        rijen: rijen.map((r) => ({ ...r, productcode: r.productcode === '' ? null : r.productcode })),
      };
    }

    case 'doorlooptijd': {
      const uitRijen: Record<string, Waarde>[] = [];
      for (const soort of ['afgesloten', 'lopend'] as const) {
        const rijen = await bron.doorlooptijd(soort, s);
        const groepPer: Dimensie[] = per.includes('reden') ? [...per, 'standaard'] : per;
        const groepen = groepeer(rijen, groepPer);
        if (groepen.size === 0 && per.length === 0) groepen.set('', { groep: {}, rijen: [] });
        for (const { groep, rijen: r } of groepen.values()) {
          const c = doorlooptijdCijfers(r as WekenRij[]);
          uitRijen.push({
            ...dimensieVelden(groep, groepPer, namen),
            soort,
            aantal: c.aantal,
            gemiddeldDagen: c.gemiddeldDagen,
            gemiddeldWeken: c.gemiddeldWeken,
            mediaanWeken: c.mediaanWeken,
            p90Weken: c.p90Weken,
          });
        }
      }
      return uit(uitRijen, ['soort', 'standaard']);
    }

    case 'stroom': {
      const rijen = await bron.stroom(s);
      const perZonderMaand = per.filter((d) => d !== 'maand');
      const groepen = new Map<string, { groep: Groep; telling: StroomTelling }>();
      for (const r of rijen) groepen.set(sleutel(r.groep, per), { groep: r.groep, telling: r });
      if (per.includes('maand')) {
        // Every month of the year up to the peildatum, also the empty ones.
        const basis = new Map<string, Groep>();
        for (const r of rijen) basis.set(sleutel(r.groep, perZonderMaand), r.groep);
        if (basis.size === 0 && perZonderMaand.length === 0) basis.set('', {});
        for (const g of basis.values()) {
          const peil = per.includes('peildatum') ? g['peildatum']! : peildata[0]!;
          const maanden = Number(peil.slice(5, 7));
          for (let m = 1; m <= maanden; m++) {
            const groep: Groep = { ...g, maand: `${peil.slice(0, 4)}-${String(m).padStart(2, '0')}` };
            const k = sleutel(groep, per);
            if (!groepen.has(k)) groepen.set(k, { groep, telling: somStroom([]) });
          }
        }
      } else if (groepen.size === 0 && per.length === 0) groepen.set('', { groep: {}, telling: somStroom([]) });
      return uit(
        [...groepen.values()].map(({ groep, telling }) => {
          const c = stroomCijfers(telling);
          return {
            ...dimensieVelden(groep, per, namen),
            instroom: c.instroom,
            uitstroom: c.uitstroom,
            netto: c.netto,
            eindeVoor: c.eindeVoor,
            eindeOp: c.eindeOp,
            eindeNa: c.eindeNa,
            eindeOpen: c.eindeOpen,
            aandeelVoorPct: c.aandeelVoor,
            aandeelOpPct: c.aandeelOp,
            aandeelNaPct: c.aandeelNa,
            aandeelOpenPct: c.aandeelOpen,
          };
        }),
      );
    }

    case 'bezetting': {
      const vergelijkbaar = afspraakVergelijkbaar(per, filter);
      const korrel: Dimensie[] = vergelijkbaar ? uniek(['peildatum', 'aanbieder', 'gemeente', 'segment', ...per]) : uniek(['peildatum', ...per]);
      const rijen = await bron.bezetting({ ...s, per: korrel });
      const afspraken = vergelijkbaar ? afsprakenPerSleutel(await bron.budgetafspraken(peildata, filter)) : new Map<string, BudgetafspraakSnapshot>();
      const delen = new Map<string, { groep: Groep; trajecten: number; zorgdagen: number }>();
      for (const r of rijen) delen.set(sleutel(r.groep, korrel), { groep: r.groep, trajecten: r.trajecten, zorgdagen: r.zorgdagen });
      for (const [k, a] of afspraken) {
        if (a.plekken !== null && !delen.has(k)) delen.set(k, { groep: afspraakGroep(a), trajecten: 0, zorgdagen: 0 });
      }
      const perGroep = new Map<string, { groep: Groep; jaar: number; peildatum: string; delen: BezettingCijfers[] }>();
      for (const [k, d] of delen) {
        const peildatum = d.groep['peildatum']!;
        const jaar = Number(peildatum.slice(0, 4));
        const a = afspraken.get(k);
        const c = bezettingCijfers({
          jaar,
          peildatum,
          trajecten: d.trajecten,
          zorgdagen: d.zorgdagen,
          ...(a?.plekken != null ? { afgesprokenPlekken: a.plekken, afspraakBedrag: a.bedrag } : {}),
        });
        const gk = sleutel(d.groep, per);
        let g = perGroep.get(gk);
        if (!g) perGroep.set(gk, (g = { groep: d.groep, jaar, peildatum, delen: [] }));
        g.delen.push(c);
      }
      if (perGroep.size === 0 && per.length === 0) {
        const peildatum = peildata[0]!;
        perGroep.set('', { groep: {}, jaar: Number(peildatum.slice(0, 4)), peildatum, delen: [] });
      }
      return uit(
        [...perGroep.values()].map(({ groep, jaar, peildatum, delen: dl }) => {
          const c = somBezetting(jaar, peildatum, dl);
          return {
            ...dimensieVelden(groep, per, namen),
            jaar,
            trajecten: c.trajecten,
            zorgdagen: c.zorgdagen,
            plekkenBezet: c.plekkenBezet,
            plekkenJaar: c.plekkenJaar,
            gemiddeldeBezettingPct: c.gemiddeldeBezetting,
            clientenPerPlek: c.clientenPerPlek,
            afgesprokenPlekken: c.afgesprokenPlekken,
            onbezettePlekken: c.onbezettePlekken,
            bezettingsgraadPct: c.bezettingsgraad,
            terugbetalingCent: c.terugbetalingCent,
          };
        }),
      );
    }

    case 'budget': {
      if (per.includes('maand')) return uit(await budgetPerMaand(bron, s, per, namen));
      const wijze: Afrekenwijze = v.afrekenwijze ?? 'buiten-band';
      const vergelijkbaar = afspraakVergelijkbaar(per, filter);
      const korrel: Dimensie[] = vergelijkbaar ? uniek(['peildatum', 'aanbieder', 'gemeente', 'segment', ...per]) : uniek(['peildatum', ...per]);
      const maanden = await bron.budgetMaanden({ ...s, per: korrel });
      const afspraken = vergelijkbaar ? afsprakenPerSleutel(await bron.budgetafspraken(peildata, filter)) : new Map<string, BudgetafspraakSnapshot>();
      const delen = new Map<string, { groep: Groep; dit: number[]; vorig: number[]; vorigBekend: boolean; inOnderzoek: number }>();
      const deel = (groep: Groep) => {
        const k = sleutel(groep, korrel);
        let d = delen.get(k);
        if (!d) delen.set(k, (d = { groep, dit: Array(12).fill(0), vorig: Array(12).fill(0), vorigBekend: false, inOnderzoek: 0 }));
        return d;
      };
      for (const m of maanden) {
        const jaar = Number(m.groep['peildatum']!.slice(0, 4));
        const d = deel(m.groep);
        if (m.jaar === jaar) {
          d.dit[m.maand - 1] = (d.dit[m.maand - 1] ?? 0) + m.toegekend;
          d.inOnderzoek += m.inOnderzoek;
        } else if (m.jaar === jaar - 1) {
          d.vorig[m.maand - 1] = (d.vorig[m.maand - 1] ?? 0) + m.toegekend;
          if (m.prestaties > 0 || m.toegekend !== 0) d.vorigBekend = true;
        }
      }
      for (const a of afspraken.values()) deel(afspraakGroep(a));
      const perGroep = new Map<string, { groep: Groep; jaar: number; delen: BudgetCijfers[] }>();
      for (const [k, d] of delen) {
        const peildatum = d.groep['peildatum']!;
        const jaar = Number(peildatum.slice(0, 4));
        const a = afspraken.get(k);
        const c = budgetCijfers({
          jaar,
          peildatum,
          maanden: d.dit,
          ...(d.vorigBekend ? { vorigJaar: d.vorig } : {}),
          inOnderzoek: d.inOnderzoek,
          ...(a
            ? {
                afspraak: {
                  soort: a.soort,
                  bedrag: a.bedrag,
                  ...(a.bandbreedte !== null ? { bandbreedte: a.bandbreedte } : {}),
                  ...(a.voorschot !== null ? { voorschot: a.voorschot } : {}),
                },
              }
            : {}),
          afrekenwijze: wijze,
        });
        const gk = sleutel(d.groep, per);
        let g = perGroep.get(gk);
        if (!g) perGroep.set(gk, (g = { groep: d.groep, jaar, delen: [] }));
        g.delen.push(c);
      }
      if (perGroep.size === 0 && per.length === 0) perGroep.set('', { groep: {}, jaar: Number(peildata[0]!.slice(0, 4)), delen: [] });
      return uit(
        [...perGroep.values()].map(({ groep, jaar, delen: dl }) => {
          const c = dl.length === 0 ? leegBudget(jaar, peildata[0]!, wijze) : somBudget(dl);
          return {
            ...dimensieVelden(groep, per, namen),
            jaar,
            realisatieCent: c.realisatie,
            inOnderzoekCent: c.inOnderzoek,
            basisMaanden: c.basisMaanden,
            prognoseLineairCent: c.prognoseLineair,
            prognoseSeizoenCent: c.prognoseSeizoen,
            prognoseCent: c.prognose,
            prognoseMethode: c.prognoseMethode,
            soort: c.soort,
            bedragCent: c.bedrag,
            bandbreedtePct: c.bandbreedte === null ? null : Number(c.bandbreedte),
            voorschotCent: c.voorschot,
            uitputtingPct: c.uitputting,
            verwachteAfwijkingCent: c.verwachteAfwijking,
            verwachteAfwijkingPct: c.verwachteAfwijkingPct,
            binnenBand: c.binnenBand,
            afrekenwijze: c.bedrag === null ? null : wijze,
            verwachteVerrekeningCent: c.verwachteVerrekening,
            verwachteVergoedingCent: c.verwachteVergoeding,
            verwachteOverschrijdingCent: c.verwachteOverschrijding,
            verwachteAfrekeningCent: c.verwachteAfrekening,
          };
        }),
      );
    }
  }
}

function uniek(d: readonly Dimensie[]): Dimensie[] {
  return [...new Set(d)];
}

function afspraakGroep(a: BudgetafspraakSnapshot): Groep {
  return { peildatum: a.peildatum, aanbieder: a.agb, gemeente: a.gemeente, segment: a.segment };
}

function afsprakenPerSleutel(afspraken: readonly BudgetafspraakSnapshot[]): Map<string, BudgetafspraakSnapshot> {
  const korrel: Dimensie[] = ['peildatum', 'aanbieder', 'gemeente', 'segment'];
  const m = new Map<string, BudgetafspraakSnapshot>();
  for (const a of afspraken) m.set(sleutel(afspraakGroep(a), korrel), a);
  return m;
}

function leegBudget(jaar: number, peildatum: string, wijze: Afrekenwijze): BudgetCijfers {
  return budgetCijfers({ jaar, peildatum, maanden: Array(12).fill(0), inOnderzoek: 0, afrekenwijze: wijze });
}

/**
 * Budget per month of the peildatum's year (`per` includes `maand`): the realisation of each month
 * and the forecast spread over the months (`prognosePerMaand`), both also cumulative — the burn
 * line. Each part at the grain of an agreement (aanbieder × gemeente × segment, or finer) gets its
 * own forecast method, as in the year figure, so the months add up to the year's `prognoseCent`. An
 * agreement is per year: its columns are not part of these rows. Months after the peildatum's month
 * have no realisation (null).
 */
async function budgetPerMaand(bron: KpiBron, s: Selectie, per: readonly Dimensie[], namen: Namen): Promise<Record<string, Waarde>[]> {
  const zonderMaand = per.filter((d) => d !== 'maand');
  const korrel: Dimensie[] = uniek(['peildatum', 'aanbieder', 'gemeente', 'segment', ...zonderMaand]);
  const delen = new Map<string, { groep: Groep; dit: number[]; vorig: number[]; vorigBekend: boolean; onderzoek: number[] }>();
  const deel = (groep: Groep) => {
    const k = sleutel(groep, korrel);
    let d = delen.get(k);
    if (!d) delen.set(k, (d = { groep, dit: Array(12).fill(0), vorig: Array(12).fill(0), vorigBekend: false, onderzoek: Array(12).fill(0) }));
    return d;
  };
  for (const m of await bron.budgetMaanden({ ...s, per: korrel })) {
    const jaar = Number(m.groep['peildatum']!.slice(0, 4));
    const d = deel(m.groep);
    const i = m.maand - 1;
    if (m.jaar === jaar) {
      d.dit[i] = d.dit[i]! + m.toegekend;
      d.onderzoek[i] = d.onderzoek[i]! + m.inOnderzoek;
    } else if (m.jaar === jaar - 1) {
      d.vorig[i] = d.vorig[i]! + m.toegekend;
      if (m.prestaties > 0 || m.toegekend !== 0) d.vorigBekend = true;
    }
  }
  if (delen.size === 0 && zonderMaand.length === 0) deel({ peildatum: s.peildata[0]! });

  const groepen = new Map<string, { groep: Groep; peildatum: string; realisatie: number[]; onderzoek: number[]; prognose: number[] | null; methoden: Set<PrognoseMethode | null> }>();
  for (const d of delen.values()) {
    const peildatum = d.groep['peildatum']!;
    const basis = basisMaanden(Number(peildatum.slice(0, 4)), peildatum);
    const methode: PrognoseMethode | null = basis >= 12 ? 'realisatie' : basis > 0 && d.vorigBekend ? 'seizoen' : basis > 0 ? 'lineair' : null;
    const prognose = methode ? prognosePerMaand(d.dit, d.vorigBekend ? d.vorig : undefined, basis, methode) : null;
    const gk = sleutel(d.groep, zonderMaand);
    let g = groepen.get(gk);
    if (!g) groepen.set(gk, (g = { groep: d.groep, peildatum, realisatie: Array(12).fill(0), onderzoek: Array(12).fill(0), prognose: Array(12).fill(0), methoden: new Set() }));
    for (let i = 0; i < 12; i++) {
      g.realisatie[i] = g.realisatie[i]! + d.dit[i]!;
      g.onderzoek[i] = g.onderzoek[i]! + d.onderzoek[i]!;
    }
    g.prognose = g.prognose === null || prognose === null ? null : g.prognose.map((w, i) => w + prognose[i]!);
    g.methoden.add(methode);
  }

  const rijen: Record<string, Waarde>[] = [];
  for (const g of groepen.values()) {
    const jaar = Number(g.peildatum.slice(0, 4));
    const peilMaand = Number(g.peildatum.slice(5, 7));
    const methode = g.methoden.size === 1 ? [...g.methoden][0]! : null;
    let realisatieTot = 0;
    let prognoseTot = 0;
    for (let m = 1; m <= 12; m++) {
      const gerealiseerd = m <= peilMaand;
      realisatieTot += g.realisatie[m - 1]!;
      if (g.prognose) prognoseTot += g.prognose[m - 1]!;
      rijen.push({
        ...dimensieVelden(g.groep, zonderMaand, namen),
        maand: `${jaar}-${String(m).padStart(2, '0')}`,
        jaar,
        realisatieCent: gerealiseerd ? g.realisatie[m - 1]! : null,
        realisatieCumulatiefCent: gerealiseerd ? realisatieTot : null,
        inOnderzoekCent: gerealiseerd ? g.onderzoek[m - 1]! : null,
        prognoseCent: g.prognose ? g.prognose[m - 1]! : null,
        prognoseCumulatiefCent: g.prognose ? prognoseTot : null,
        prognoseMethode: methode,
      });
    }
  }
  return rijen;
}

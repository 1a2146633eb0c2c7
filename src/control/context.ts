/**
 * What a cross-message control may read: the memory of earlier messages (`Geheugen`) and the
 * reference registers (`Registers`), both synchronous and read-only. `InMemoryContext` implements
 * them over plain arrays: unit tests fill it directly; the pipeline fills it from the database with
 * the facts one message needs (`src/control/load-context.ts`).
 */
import type { RuleContext } from '../rules/rule.js';
import type {
  Contract,
  DeclaratieFeit,
  Gemeente,
  PrestatieFeit,
  Productcode,
  StartFeit,
  StopFeit,
  ToewijzingFeit,
  VerzoekFeit,
  Woonplaats,
} from './feiten.js';

export interface Geheugen {
  /** Every version of the toegewezen product with this number in this gemeente, oldest first. */
  toewijzingVersies(gemeente: string, toewijzingNummer: number): readonly ToewijzingFeit[];
  /** The version in force (latest Toewijzingsdatum + Toewijzingstijd), if any. */
  toewijzing(gemeente: string, toewijzingNummer: number): ToewijzingFeit | undefined;
  /** The versions in force of every toewijzing of this client in this gemeente. */
  toewijzingenVanClient(gemeente: string, bsn: string): readonly ToewijzingFeit[];
  /** Start lines an aanbieder sent for a client (accepted and rejected, deleted ones included). */
  startProducten(gemeente: string, agb: string, bsn: string): readonly StartFeit[];
  stopProducten(gemeente: string, agb: string, bsn: string): readonly StopFeit[];
  /** A prestatie the aanbieder sent earlier, by its ReferentieNummer (not a TR314 duplicate). */
  prestatie(agb: string, referentieNummer: string): PrestatieFeit | undefined;
  /** Every earlier prestatie on this toewijzing. */
  prestatiesOpToewijzing(gemeente: string, toewijzingNummer: number): readonly PrestatieFeit[];
  /** An earlier declaratie of this aanbieder with this DeclaratieNummer (TR333). */
  declaratie(agb: string, declaratieNummer: string): DeclaratieFeit | undefined;
  /** The aanbieder's earlier declaraties to this gemeente, oldest period first (TR318). */
  declaraties(agb: string, gemeente: string): readonly DeclaratieFeit[];
  /** The verzoek (315 AangevraagdProduct or 317) of this aanbieder with this ReferentieAanbieder (TR379). */
  verzoek(agb: string, referentieAanbieder: string): VerzoekFeit | undefined;
}

export interface Registers {
  /** The CBS gemeente with this code on that date (TR378). */
  gemeente(gemeentecode: string, peildatum: string): Gemeente | undefined;
  /** Whether the register has any product codes for this gemeente at all. */
  heeftProductcodelijst(gemeentecode: string): boolean;
  /** The product code of this gemeente on that date (TR381). */
  productcode(gemeentecode: string, productcategorie: string, productcode: string, peildatum: string): Productcode | undefined;
  /** Every contract of the aanbieder with the gemeente (all periods, all products). */
  contracten(agb: string, gemeentecode: string): readonly Contract[];
  /** The client's woonplaats history. */
  woonplaatsen(bsn: string): readonly Woonplaats[];
  aanbiederNaam(agb: string): string | undefined;
}

export interface ControlContext extends RuleContext {
  readonly geheugen: Geheugen;
  readonly registers: Registers;
  /** The gemeenten this installation works for. */
  readonly eigenGemeenten: ReadonlySet<string>;
  /** Today, `YYYY-MM-DD` (TR135: Dagtekening not in the future). */
  readonly vandaag: string;
}

export interface ContextData {
  readonly toewijzingen?: readonly ToewijzingFeit[];
  readonly startProducten?: readonly StartFeit[];
  readonly stopProducten?: readonly StopFeit[];
  readonly prestaties?: readonly PrestatieFeit[];
  readonly declaraties?: readonly DeclaratieFeit[];
  readonly verzoeken?: readonly VerzoekFeit[];
  readonly gemeenten?: readonly Gemeente[];
  readonly productcodes?: readonly Productcode[];
  readonly contracten?: readonly Contract[];
  readonly woonplaatsen?: readonly Woonplaats[];
  readonly aanbieders?: readonly { agb: string; naam: string }[];
}

const geldigOp = (p: { ingangsdatum: string; einddatum?: string }, d: string): boolean =>
  p.ingangsdatum <= d && (p.einddatum === undefined || d <= p.einddatum);

const volgorde = (a: ToewijzingFeit, b: ToewijzingFeit): number =>
  a.toewijzingsdatum.localeCompare(b.toewijzingsdatum) || a.toewijzingstijd.localeCompare(b.toewijzingstijd);

function groupBy<T>(items: readonly T[] | undefined, key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const i of items ?? []) {
    const k = key(i);
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  }
  return m;
}

export class InMemoryContext implements Geheugen, Registers {
  private readonly toewijzingenByNummer: Map<string, ToewijzingFeit[]>;
  private readonly toewijzingenByClient: Map<string, ToewijzingFeit[]>;
  private readonly starts: Map<string, StartFeit[]>;
  private readonly stops: Map<string, StopFeit[]>;
  private readonly prestatieByRef: Map<string, PrestatieFeit>;
  private readonly prestatiesByToewijzing: Map<string, PrestatieFeit[]>;
  private readonly declaratieByNummer: Map<string, DeclaratieFeit>;
  private readonly declaratiesByAanbieder: Map<string, DeclaratieFeit[]>;
  private readonly verzoekByReferentie: Map<string, VerzoekFeit>;
  private readonly gemeenten: Map<string, Gemeente[]>;
  private readonly productcodes: Map<string, Productcode[]>;
  private readonly gemeentenMetLijst: Set<string>;
  private readonly contractenBy: Map<string, Contract[]>;
  private readonly woonplaatsBy: Map<string, Woonplaats[]>;
  private readonly aanbieders: Map<string, string>;

  constructor(data: ContextData = {}) {
    this.toewijzingenByNummer = groupBy(data.toewijzingen, (t) => `${t.gemeente}/${t.toewijzingNummer}`);
    for (const l of this.toewijzingenByNummer.values()) l.sort(volgorde);
    this.toewijzingenByClient = groupBy(data.toewijzingen, (t) => `${t.gemeente}/${t.bsn}`);
    this.starts = groupBy(data.startProducten, (s) => `${s.gemeente}/${s.agb}/${s.bsn}`);
    this.stops = groupBy(data.stopProducten, (s) => `${s.gemeente}/${s.agb}/${s.bsn}`);
    this.prestatieByRef = new Map((data.prestaties ?? []).map((p) => [`${p.agb}/${p.referentieNummer}`, p]));
    this.prestatiesByToewijzing = groupBy(data.prestaties, (p) => `${p.gemeente}/${p.toewijzingNummer}`);
    this.declaratieByNummer = new Map((data.declaraties ?? []).map((d) => [`${d.agb}/${d.declaratieNummer}`, d]));
    this.declaratiesByAanbieder = groupBy(data.declaraties, (d) => `${d.agb}/${d.gemeente}`);
    for (const l of this.declaratiesByAanbieder.values()) l.sort((a, b) => a.periodeBegin.localeCompare(b.periodeBegin));
    this.verzoekByReferentie = new Map((data.verzoeken ?? []).map((v) => [`${v.agb}/${v.referentieAanbieder}`, v]));
    this.gemeenten = groupBy(data.gemeenten, (g) => g.gemeentecode);
    this.productcodes = groupBy(data.productcodes, (p) => `${p.gemeentecode}/${p.productcategorie}/${p.productcode}`);
    this.gemeentenMetLijst = new Set((data.productcodes ?? []).map((p) => p.gemeentecode));
    this.contractenBy = groupBy(data.contracten, (c) => `${c.agb}/${c.gemeentecode}`);
    this.woonplaatsBy = groupBy(data.woonplaatsen, (w) => w.bsn);
    this.aanbieders = new Map((data.aanbieders ?? []).map((a) => [a.agb, a.naam]));
  }

  /**
   * Adds facts established after the context was filled (decisions taken earlier in the same chunk
   * of work), so the next message is controlled against them too.
   */
  voegToe(data: ContextData): void {
    const push = <T>(m: Map<string, T[]>, k: string, v: T): T[] => {
      const l = m.get(k);
      if (l) {
        l.push(v);
        return l;
      }
      const n = [v];
      m.set(k, n);
      return n;
    };
    for (const t of data.toewijzingen ?? []) {
      push(this.toewijzingenByNummer, `${t.gemeente}/${t.toewijzingNummer}`, t).sort(volgorde);
      push(this.toewijzingenByClient, `${t.gemeente}/${t.bsn}`, t);
    }
    for (const f of data.startProducten ?? []) push(this.starts, `${f.gemeente}/${f.agb}/${f.bsn}`, f);
    for (const f of data.stopProducten ?? []) push(this.stops, `${f.gemeente}/${f.agb}/${f.bsn}`, f);
    for (const p of data.prestaties ?? []) {
      if (!this.prestatieByRef.has(`${p.agb}/${p.referentieNummer}`)) this.prestatieByRef.set(`${p.agb}/${p.referentieNummer}`, p);
      push(this.prestatiesByToewijzing, `${p.gemeente}/${p.toewijzingNummer}`, p);
    }
    for (const d of data.declaraties ?? []) {
      this.declaratieByNummer.set(`${d.agb}/${d.declaratieNummer}`, d);
      push(this.declaratiesByAanbieder, `${d.agb}/${d.gemeente}`, d).sort((a, b) => a.periodeBegin.localeCompare(b.periodeBegin));
    }
    for (const v of data.verzoeken ?? []) this.verzoekByReferentie.set(`${v.agb}/${v.referentieAanbieder}`, v);
  }

  /** Adds the woonplaats history of more clients (read once for a whole chunk of messages). */
  voegWoonplaatsenToe(woonplaatsen: readonly Woonplaats[]): void {
    for (const w of woonplaatsen) {
      const l = this.woonplaatsBy.get(w.bsn);
      if (l) l.push(w);
      else this.woonplaatsBy.set(w.bsn, [w]);
    }
  }

  /** Replaces a start or stop line by its changed self (deleted by a later StatusAanlevering 3). */
  vervangZorgregel<T extends StartFeit>(oud: T, nieuw: T): void {
    const m = 'redenBeeindiging' in oud ? (this.stops as Map<string, StartFeit[]>) : this.starts;
    const l = m.get(`${oud.gemeente}/${oud.agb}/${oud.bsn}`);
    const i = l?.indexOf(oud) ?? -1;
    if (l && i >= 0) l[i] = nieuw;
  }

  toewijzingVersies(gemeente: string, nummer: number): readonly ToewijzingFeit[] {
    return this.toewijzingenByNummer.get(`${gemeente}/${nummer}`) ?? [];
  }
  toewijzing(gemeente: string, nummer: number): ToewijzingFeit | undefined {
    return this.toewijzingVersies(gemeente, nummer).at(-1);
  }
  toewijzingenVanClient(gemeente: string, bsn: string): readonly ToewijzingFeit[] {
    const nummers = new Set((this.toewijzingenByClient.get(`${gemeente}/${bsn}`) ?? []).map((t) => t.toewijzingNummer));
    return [...nummers].map((n) => this.toewijzing(gemeente, n)!);
  }
  startProducten(gemeente: string, agb: string, bsn: string): readonly StartFeit[] {
    return this.starts.get(`${gemeente}/${agb}/${bsn}`) ?? [];
  }
  stopProducten(gemeente: string, agb: string, bsn: string): readonly StopFeit[] {
    return this.stops.get(`${gemeente}/${agb}/${bsn}`) ?? [];
  }
  prestatie(agb: string, referentieNummer: string): PrestatieFeit | undefined {
    return this.prestatieByRef.get(`${agb}/${referentieNummer}`);
  }
  prestatiesOpToewijzing(gemeente: string, nummer: number): readonly PrestatieFeit[] {
    return this.prestatiesByToewijzing.get(`${gemeente}/${nummer}`) ?? [];
  }
  declaratie(agb: string, declaratieNummer: string): DeclaratieFeit | undefined {
    return this.declaratieByNummer.get(`${agb}/${declaratieNummer}`);
  }
  declaraties(agb: string, gemeente: string): readonly DeclaratieFeit[] {
    return this.declaratiesByAanbieder.get(`${agb}/${gemeente}`) ?? [];
  }
  verzoek(agb: string, referentieAanbieder: string): VerzoekFeit | undefined {
    return this.verzoekByReferentie.get(`${agb}/${referentieAanbieder}`);
  }
  gemeente(code: string, peildatum: string): Gemeente | undefined {
    return (this.gemeenten.get(code) ?? []).find((g) => geldigOp(g, peildatum));
  }
  heeftProductcodelijst(gemeentecode: string): boolean {
    return this.gemeentenMetLijst.has(gemeentecode);
  }
  productcode(gemeentecode: string, categorie: string, code: string, peildatum: string): Productcode | undefined {
    return (this.productcodes.get(`${gemeentecode}/${categorie}/${code}`) ?? []).find((p) => geldigOp(p, peildatum));
  }
  contracten(agb: string, gemeentecode: string): readonly Contract[] {
    return this.contractenBy.get(`${agb}/${gemeentecode}`) ?? [];
  }
  woonplaatsen(bsn: string): readonly Woonplaats[] {
    return this.woonplaatsBy.get(bsn) ?? [];
  }
  aanbiederNaam(agb: string): string | undefined {
    return this.aanbieders.get(agb);
  }
}

/**
 * The KPI snapshots: the refresh (set-based SQL over the facts) and the reads the figures are made
 * from. The only code that touches the `kpi_*` tables.
 *
 * A refresh for a peildatum P runs in one transaction (readers see the previous snapshot until it
 * commits; an advisory lock makes concurrent refreshes wait for each other):
 *  1. working tables (`create unlogged table … as`, so PostgreSQL may scan in parallel; dropped
 *     before the commit):
 *     - `kpi_werk_toewijzing`: per toegewezen product the version in force at P (the latest not held
 *       back with Toewijzingsdatum ≤ P) and the first Toewijzingsdatum;
 *     - `kpi_werk_zorg`: per traject its accepted, not deleted starts (Begindatum ≤ P) with the stop
 *       of each (the latest with Einddatum ≤ P for that Begindatum): first start, open start, last
 *       stop and its reden, care days of the stopped periods in P's year;
 *     - `kpi_werk_traject`: the two joined, verwijderd toewijzingen (RedenWijziging 13) left out: one
 *       row per traject with its wachtstart, first start, end and reden, care days in P's year;
 *     - `kpi_werk_prestatie`: toegekend and in onderzoek per cell and month of P's year and the year
 *       before (one parallel pass over the prestaties);
 *     - `kpi_werk_cel`: segment and perceel per cell, from the contract covering the product.
 *  2. one pass per figure into its snapshot table (histograms, counts and sums per cell);
 *  3. the refresh recorded in `kpi_refresh`; snapshots past the retention removed.
 * The definitions behind every column are in `src/kpi/` (wachttijd.ts, wachtlijst.ts, ...).
 */
import { sql, type SQL } from 'drizzle-orm';
import { GEEN_STOPBERICHT } from '../../kpi/doorlooptijd.js';
import type { Executor } from '../client.js';

/** The slicing dimensions of every cell, and the column each reads. */
export const CEL_DIMENSIES = {
  gemeente: 'gemeente',
  aanbieder: 'agb',
  segment: 'segment',
  perceel: 'perceel',
  productcategorie: 'productcategorie',
  productcode: 'productcode',
} as const;
export type CelDimensie = keyof typeof CEL_DIMENSIES;
export const CEL_DIMENSIE_NAMEN = Object.keys(CEL_DIMENSIES) as CelDimensie[];

/** Figure-specific dimensions. */
export type Dimensie = CelDimensie | 'peildatum' | 'maand' | 'reden' | 'standaard';

export type Filter = Partial<Record<CelDimensie, readonly string[]>>;

/** Which snapshot rows: one peildatum or a range (for trends), a filter, and the dimensions to group by. */
export interface Selectie {
  readonly peildata: readonly string[];
  readonly filter: Filter;
  readonly per: readonly Dimensie[];
}

export interface VerversOpties {
  readonly peildatum: string;
  /** `cli:<user>`, `nachtelijk`, ... */
  readonly door: string;
  /** Keep every snapshot of the last N days before the newest; older ones only the last of each month. Default 35. */
  readonly bewaarDagen?: number;
  /** Told the duration of every step (for the bench). */
  readonly meet?: (stap: string, ms: number) => void;
}

export interface VerversUitkomst {
  readonly refreshId: number;
  readonly peildatum: string;
  readonly duurMs: number;
  readonly rijen: number;
  readonly rijenPerTabel: Readonly<Record<string, number>>;
  readonly trajecten: number;
  readonly prestaties: number;
  /** Peildata whose snapshots the retention removed. */
  readonly opgeruimd: readonly string[];
}

export interface KpiRefreshRij {
  readonly id: number;
  readonly peildatum: string;
  readonly door: string;
  readonly gestartOp: Date;
  readonly klaarOp: Date | null;
  readonly duurMs: number | null;
  readonly status: string;
  readonly rijen: number | null;
  readonly trajecten: number | null;
  readonly prestaties: number | null;
  readonly fout: string | null;
}

export type Groep = Readonly<Partial<Record<Dimensie, string>>>;

export interface HistogramGroep {
  readonly groep: Groep;
  readonly dagen: number;
  readonly aantal: number;
}

export interface DoorlooptijdGroep {
  readonly groep: Groep;
  readonly weken: number;
  readonly aantal: number;
  readonly somDagen: number;
}

export interface StroomGroep {
  readonly groep: Groep;
  readonly instroom: number;
  readonly uitstroom: number;
  readonly eindeVoor: number;
  readonly eindeOp: number;
  readonly eindeNa: number;
  readonly eindeOpen: number;
}

export interface BezettingGroep {
  readonly groep: Groep;
  readonly jaar: number;
  readonly trajecten: number;
  readonly zorgdagen: number;
}

export interface BudgetMaandGroep {
  readonly groep: Groep;
  readonly jaar: number;
  readonly maand: number;
  readonly toegekend: number;
  readonly inOnderzoek: number;
  readonly prestaties: number;
}

export interface BudgetafspraakSnapshot {
  readonly peildatum: string;
  readonly agb: string;
  readonly gemeente: string;
  readonly segment: string;
  readonly jaar: number;
  readonly soort: 'plafond' | 'afspraak';
  readonly bedrag: number;
  readonly bandbreedte: string | null;
  readonly voorschot: number | null;
  readonly plekken: string | null;
}

export interface LangsteWachtende {
  readonly peildatum: string;
  readonly gemeente: string;
  readonly aanbieder: string;
  readonly segment: string;
  readonly perceel: string;
  readonly productcategorie: string;
  readonly productcode: string;
  readonly standaard: string;
  readonly toewijzingNummer: number;
  readonly wachtSinds: string;
  readonly dagen: number;
}

/** The histogram snapshot tables. */
export type HistogramTabel = 'kpi_wachttijd' | 'kpi_wachtlijst';

export const SNAPSHOT_TABELLEN = [
  'kpi_wachttijd',
  'kpi_wachtlijst',
  'kpi_wachtlijst_langst',
  'kpi_doorlooptijd',
  'kpi_stroom',
  'kpi_bezetting',
  'kpi_budget_maand',
  'kpi_budgetafspraak',
] as const;

/** Keeps parallel refreshes apart (pg_advisory_xact_lock key). */
const REFRESH_SLOT = 0x6b7069;

/** At most this many longest waits per cell are kept. */
export const LANGST_PER_CEL = 25;

const WERKTABELLEN = ['kpi_werk_traject', 'kpi_werk_prestatie', 'kpi_werk_cel'];

type Rij = Record<string, unknown>;

function rijen<T = Rij>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** A strict ISO date, as a SQL literal (dates are inlined: utility statements take no parameters). */
export function datumLiteral(datum: string): SQL {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(datum) ? new Date(`${datum}T00:00:00Z`) : undefined;
  if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== datum) throw new Error(`geen geldige datum: '${datum}'`);
  return sql.raw(`date '${datum}'`);
}

const CEL_KOLOMMEN = 'gemeente, agb, segment, perceel, productcategorie, productcode';

export class KpiRepository {
  constructor(private readonly db: Executor) {}

  // ── refresh ────────────────────────────────────────────────────────────────

  /** Recomputes every figure as of the peildatum and replaces that peildatum's snapshot. */
  async ververs(o: VerversOpties): Promise<VerversUitkomst> {
    const P = datumLiteral(o.peildatum);
    const jaar = Number(o.peildatum.slice(0, 4));
    const jaarBegin = datumLiteral(`${jaar}-01-01`);
    const vorigJaarBegin = datumLiteral(`${jaar - 1}-01-01`);
    const bewaarDagen = Math.max(0, Math.floor(o.bewaarDagen ?? 35));
    const start = performance.now();
    const [refresh] = rijen<{ id: number }>(
      await this.db.execute(sql`insert into kpi_refresh (peildatum, door, status) values (${o.peildatum}, ${o.door}, 'bezig') returning id`),
    );
    const refreshId = Number(refresh!.id);
    try {
      const uitkomst = await this.db.transaction(async (tx) => {
        let tik = performance.now();
        const stap = (naam: string): void => {
          const nu = performance.now();
          o.meet?.(naam, nu - tik);
          tik = nu;
        };
        await tx.execute(sql`select pg_advisory_xact_lock(${REFRESH_SLOT})`);
        // Room to hash a million trajecten in memory; for this transaction only.
        await tx.execute(sql`set local work_mem = '256MB'`);
        // Compiling a dozen statements costs more than it saves, but for the one pass over the prestaties.
        await tx.execute(sql`set local jit = off`);
        for (const t of WERKTABELLEN) await tx.execute(sql.raw(`drop table if exists ${t}`));

        // One row per traject. The version in force is, nearly always, the one marked `actueel`; only
        // for a toegewezen product whose actueel version is later than P or held back is the latest
        // earlier version looked up. A stop's end and reden travel together as one integer (days since
        // 1900 × 100 + the two-digit RedenBeeindiging), so "the reden of the last stop" is a max().
        await tx.execute(sql`
          create unlogged table kpi_werk_traject as
          with versie as (
            select standaard, gemeente, toewijzing_nummer, agb, productcategorie, coalesce(productcode, '') as productcode,
                   toewijzingsdatum, ingangsdatum, einddatum, reden_wijziging
            from toewijzing
            where actueel and status <> 'tegengehouden' and toewijzingsdatum <= ${P} and productcategorie is not null
            union all
            select * from (
              select distinct on (standaard collate "C", gemeente collate "C", toewijzing_nummer)
                     standaard, gemeente, toewijzing_nummer, agb, productcategorie, coalesce(productcode, ''),
                     toewijzingsdatum, ingangsdatum, einddatum, reden_wijziging
              from toewijzing w
              where not actueel and status <> 'tegengehouden' and toewijzingsdatum <= ${P} and productcategorie is not null
                and not exists (select 1 from toewijzing a
                                where a.actueel and a.standaard = w.standaard and a.gemeente = w.gemeente
                                  and a.toewijzing_nummer = w.toewijzing_nummer and a.status <> 'tegengehouden'
                                  and a.toewijzingsdatum <= ${P})
              order by standaard collate "C", gemeente collate "C", toewijzing_nummer, toewijzingsdatum desc,
                       toewijzingstijd collate "C" desc, id desc
            ) eerdere
          ), eerste as (
            select standaard, gemeente, toewijzing_nummer, min(toewijzingsdatum) as toewijzingsdatum
            from toewijzing
            where not actueel and status <> 'tegengehouden' and toewijzingsdatum <= ${P}
            group by 1, 2, 3
          ), start as (
            select standaard, gemeente, toewijzing_nummer, agb, begindatum
            from start_product
            where beoordeling = 'toegekend' and not verwijderd and toewijzing_nummer is not null and begindatum <= ${P}
            group by 1, 2, 3, 4, 5
          ), stop as (
            select standaard, gemeente, toewijzing_nummer, agb, begindatum,
                   -- RedenBeeindiging is a two-digit code (the schema allows no other); anything else would read as 00
                   max((einddatum - date '1900-01-01')::bigint * 100
                       + case when reden_beeindiging ~ '^[0-9]{2}$' then reden_beeindiging::int else 0 end) as einde_reden
            from stop_product
            where beoordeling = 'toegekend' and not verwijderd and toewijzing_nummer is not null and einddatum <= ${P}
            group by 1, 2, 3, 4, 5
          ), zorg as (
            select s.standaard, s.gemeente, s.toewijzing_nummer, s.agb,
                   min(s.begindatum) as eerste_begin,
                   max(s.begindatum) filter (where e.einde_reden is null) as open_begin,
                   max(e.einde_reden) as laatste_einde_reden,
                   coalesce(sum(greatest(0, (date '1900-01-01' + (e.einde_reden / 100)::int) - greatest(s.begindatum, ${jaarBegin}) + 1)), 0)::int
                     as zorgdagen_gestopt
            from start s left join stop e using (standaard, gemeente, toewijzing_nummer, agb, begindatum)
            group by 1, 2, 3, 4
          ), traject as (
            select v.standaard, v.gemeente, v.toewijzing_nummer, v.agb, v.productcategorie, v.productcode,
                   greatest(least(v.toewijzingsdatum, coalesce(r.toewijzingsdatum, v.toewijzingsdatum)), v.ingangsdatum) as wachtstart,
                   v.ingangsdatum, v.einddatum as toewijzing_einde,
                   z.eerste_begin, z.open_begin,
                   date '1900-01-01' + (z.laatste_einde_reden / 100)::int as laatste_stop,
                   lpad((z.laatste_einde_reden % 100)::text, 2, '0') as laatste_reden,
                   coalesce(z.zorgdagen_gestopt, 0) as zorgdagen_gestopt
            from versie v
            left join eerste r using (standaard, gemeente, toewijzing_nummer)
            left join zorg z using (standaard, gemeente, toewijzing_nummer, agb)
            where v.reden_wijziging is distinct from '13'
          )
          select t.standaard, t.gemeente, t.toewijzing_nummer, t.agb, t.productcategorie, t.productcode, t.wachtstart,
                 t.ingangsdatum, t.toewijzing_einde, t.eerste_begin,
                 case when t.eerste_begin is null then null
                      when t.open_begin is null then t.laatste_stop
                      when t.toewijzing_einde < ${P} then greatest(t.toewijzing_einde, t.open_begin) end as einde,
                 case when t.eerste_begin is null then null
                      when t.open_begin is null then t.laatste_reden
                      when t.toewijzing_einde < ${P} then ${sql.raw(`'${GEEN_STOPBERICHT}'`)} end as reden,
                 least(${P} - ${jaarBegin} + 1,
                       t.zorgdagen_gestopt + case when t.open_begin is null then 0
                         else greatest(0, least(coalesce(t.toewijzing_einde, ${P}), ${P}) - greatest(t.open_begin, ${jaarBegin}) + 1) end)
                   as zorgdagen
          from traject t`);
        stap('kpi_werk_traject');

        await tx.execute(sql`set local jit = on`);
        await tx.execute(sql`
          create unlogged table kpi_werk_prestatie as
          select gemeente, agb, productcategorie, productcode, periode_begin,
                 sum(case when status = 'toegekend' then case when debet_credit = 'C' then -toegekend_bedrag else toegekend_bedrag end else 0 end)::bigint as toegekend,
                 sum(case when status = 'in-onderzoek' then case when debet_credit = 'C' then -bedrag else bedrag end else 0 end)::bigint as in_onderzoek,
                 (count(*) filter (where status = 'toegekend'))::int as prestaties,
                 count(*)::bigint as gelezen
          from prestatie
          where not dubbel and periode_begin >= ${vorigJaarBegin} and periode_begin <= ${P}
          group by 1, 2, 3, 4, 5`);
        await tx.execute(sql`set local jit = off`);
        stap('kpi_werk_prestatie');

        // Segment and perceel of each cell: the contract for the product (the exact productcode before
        // the whole categorie), in force at P, else the latest that began before P, else the first.
        await tx.execute(sql`
          create unlogged table kpi_werk_cel as
          select c.gemeente, c.agb, c.productcategorie, c.productcode,
                 coalesce(k.segment, 'onbekend') as segment, coalesce(k.perceel, 'onbekend') as perceel
          from (
            select distinct gemeente, agb, productcategorie, productcode from kpi_werk_traject
            union
            select distinct gemeente, agb, productcategorie, productcode from kpi_werk_prestatie
          ) c
          left join lateral (
            select k.segment, k.perceel from contract k
            where k.agb = c.agb and k.gemeentecode = c.gemeente and k.productcategorie = c.productcategorie
              and (c.productcode = '' or k.productcode is null or k.productcode = c.productcode)
            order by (k.productcode is not distinct from nullif(c.productcode, '')) desc, (k.productcode is null) desc,
                     (k.ingangsdatum <= ${P} and (k.einddatum is null or k.einddatum >= ${P})) desc,
                     (k.ingangsdatum <= ${P}) desc, k.ingangsdatum desc, k.productcode, k.id
            limit 1
          ) k on true`);
        stap('kpi_werk_cel');
        await tx.execute(sql.raw('analyze kpi_werk_traject, kpi_werk_cel'));
        for (const t of SNAPSHOT_TABELLEN) await tx.execute(sql`delete from ${sql.identifier(t)} where peildatum = ${o.peildatum}`);
        stap('analyse en vorige snapshot weg');


        const ingevoegd: Record<string, number> = {};
        const voegIn = async (tabel: string, q: SQL): Promise<void> => {
          const r = (await tx.execute(q)) as unknown as { rowCount?: number | null; affectedRows?: number };
          ingevoegd[tabel] = Number(r.rowCount ?? r.affectedRows ?? 0);
          stap(tabel);
        };
        const kop = sql`${o.peildatum}::date, ${refreshId}::bigint, c.gemeente, c.agb, c.segment, c.perceel, c.productcategorie, c.productcode`;
        const cel = sql.raw('join kpi_werk_cel c using (gemeente, agb, productcategorie, productcode)');

        // Each figure: one pass over the trajecten, aggregated on the raw cell first, then the (small)
        // result joined to the cell's segment and perceel.
        const rauw = sql.raw('gemeente, agb, productcategorie, productcode');
        await voegIn('kpi_wachttijd', sql`
          insert into kpi_wachttijd (peildatum, refresh_id, ${sql.raw(CEL_KOLOMMEN)}, dagen, aantal)
          select ${kop}, a.dagen, a.aantal
          from (select ${rauw}, eerste_begin - wachtstart as dagen, count(*) as aantal
                from kpi_werk_traject where eerste_begin between ${jaarBegin} and ${P}
                group by 1, 2, 3, 4, 5) a ${cel}`);

        const wachtend = sql`eerste_begin is null and ingangsdatum <= ${P} and (toewijzing_einde is null or toewijzing_einde >= ${P})`;
        await voegIn('kpi_wachtlijst', sql`
          insert into kpi_wachtlijst (peildatum, refresh_id, ${sql.raw(CEL_KOLOMMEN)}, dagen, aantal)
          select ${kop}, a.dagen, a.aantal
          from (select ${rauw}, ${P} - wachtstart as dagen, count(*) as aantal
                from kpi_werk_traject where ${wachtend}
                group by 1, 2, 3, 4, 5) a ${cel}`);

        await voegIn('kpi_wachtlijst_langst', sql`
          insert into kpi_wachtlijst_langst (peildatum, refresh_id, ${sql.raw(CEL_KOLOMMEN)}, standaard, toewijzing_nummer, wacht_sinds, dagen)
          select ${kop}, a.standaard, a.toewijzing_nummer, a.wachtstart, ${P} - a.wachtstart
          from (select ${rauw}, standaard, toewijzing_nummer, wachtstart,
                       row_number() over (partition by ${rauw} order by wachtstart, standaard, toewijzing_nummer) as rang
                from kpi_werk_traject where ${wachtend}) a ${cel}
          where a.rang <= ${LANGST_PER_CEL}`);

        await voegIn('kpi_doorlooptijd', sql`
          insert into kpi_doorlooptijd (peildatum, refresh_id, ${sql.raw(CEL_KOLOMMEN)}, soort, standaard, reden_beeindiging, weken, aantal, som_dagen)
          select ${kop}, case when a.lopend then 'lopend' else 'afgesloten' end, a.standaard, a.reden, a.weken, a.aantal, a.som_dagen
          from (select ${rauw}, einde is null as lopend, standaard, coalesce(reden, '') as reden,
                       (coalesce(einde, ${P}) - eerste_begin + 7) / 7 as weken, count(*) as aantal,
                       sum(coalesce(einde, ${P}) - eerste_begin + 1) as som_dagen
                from kpi_werk_traject
                where eerste_begin is not null and (einde is null or einde between ${jaarBegin} and ${P})
                group by 1, 2, 3, 4, 5, 6, 7, 8) a ${cel}`);

        await voegIn('kpi_stroom', sql`
          insert into kpi_stroom (peildatum, refresh_id, ${sql.raw(CEL_KOLOMMEN)}, maand, instroom, uitstroom, einde_voor, einde_op, einde_na, einde_open)
          select ${kop}, make_date(${jaar}::int, a.maand, 1), a.instroom, a.uitstroom, a.voor, a.op, a.na, a.open
          from (select ${rauw}, maand, sum(instroom) as instroom, sum(uitstroom) as uitstroom, sum(voor) as voor, sum(op) as op,
                       sum(na) as na, sum(open) as open
                from (select ${rauw}, extract(month from eerste_begin)::int as maand,
                             1 as instroom, 0 as uitstroom, 0 as voor, 0 as op, 0 as na, 0 as open
                      from kpi_werk_traject where eerste_begin between ${jaarBegin} and ${P}
                      union all
                      select ${rauw}, extract(month from einde)::int,
                             0, 1, coalesce(einde < toewijzing_einde, false)::int, coalesce(einde = toewijzing_einde, false)::int,
                             coalesce(einde > toewijzing_einde, false)::int,
                             (toewijzing_einde is null)::int
                      from kpi_werk_traject where einde between ${jaarBegin} and ${P}) s
                group by 1, 2, 3, 4, 5) a ${cel}`);

        await voegIn('kpi_bezetting', sql`
          insert into kpi_bezetting (peildatum, refresh_id, ${sql.raw(CEL_KOLOMMEN)}, jaar, trajecten, zorgdagen)
          select ${kop}, ${jaar}::int, a.trajecten, a.zorgdagen
          from (select ${rauw}, count(*) as trajecten, sum(zorgdagen) as zorgdagen
                from kpi_werk_traject where zorgdagen > 0
                group by 1, 2, 3, 4) a ${cel}`);

        await voegIn('kpi_budget_maand', sql`
          insert into kpi_budget_maand (peildatum, refresh_id, ${sql.raw(CEL_KOLOMMEN)}, jaar, maand, toegekend, in_onderzoek, prestaties)
          select ${kop}, a.jaar, a.maand, a.toegekend, a.in_onderzoek, a.prestaties
          from (select ${rauw}, extract(year from periode_begin)::int as jaar, extract(month from periode_begin)::int as maand,
                       sum(toegekend) as toegekend, sum(in_onderzoek) as in_onderzoek, sum(prestaties) as prestaties
                from kpi_werk_prestatie group by 1, 2, 3, 4, 5, 6) a ${cel}`);

        await voegIn('kpi_budgetafspraak', sql`
          insert into kpi_budgetafspraak (peildatum, refresh_id, agb, gemeente, segment, jaar, soort, bedrag, bandbreedte, voorschot, plekken)
          select ${o.peildatum}::date, ${refreshId}::bigint, agb, gemeentecode, segment, jaar, soort, bedrag, bandbreedte, voorschot, plekken
          from budgetafspraak where jaar = ${jaar}`);

        const [gelezen] = rijen<{ trajecten: number; prestaties: number }>(
          await tx.execute(sql`select (select count(*) from kpi_werk_traject)::int as trajecten,
                                      (select coalesce(sum(gelezen), 0) from kpi_werk_prestatie)::bigint as prestaties`),
        );
        for (const t of WERKTABELLEN) await tx.execute(sql.raw(`drop table ${t}`));

        const totaal = Object.values(ingevoegd).reduce((s, n) => s + n, 0);
        const duurMs = Math.round(performance.now() - start);
        await tx.execute(sql`
          update kpi_refresh set status = 'klaar', klaar_op = now(), duur_ms = ${duurMs}, rijen = ${totaal},
                 rijen_per_tabel = ${JSON.stringify(ingevoegd)}::jsonb, trajecten = ${Number(gelezen!.trajecten)},
                 prestaties = ${Number(gelezen!.prestaties)}
          where id = ${refreshId}`);

        // The snapshot of this peildatum an earlier refresh wrote is gone: that refresh is `vervangen`.
        await tx.execute(sql`update kpi_refresh set status = 'vervangen' where peildatum = ${o.peildatum} and status = 'klaar' and id <> ${refreshId}`);
        const opgeruimd = await this.ruimOp(tx, bewaarDagen);
        await tx.execute(sql`update kpi_refresh set opgeruimd = ${opgeruimd.length} where id = ${refreshId}`);
        return {
          refreshId,
          peildatum: o.peildatum,
          duurMs,
          rijen: totaal,
          rijenPerTabel: ingevoegd,
          trajecten: Number(gelezen!.trajecten),
          prestaties: Number(gelezen!.prestaties),
          opgeruimd,
        };
      });
      return uitkomst;
    } catch (e) {
      await this.db.execute(sql`
        update kpi_refresh set status = 'mislukt', klaar_op = now(), duur_ms = ${Math.round(performance.now() - start)},
               fout = ${(e as Error).message.slice(0, 2000)}
        where id = ${refreshId}`);
      throw e;
    }
  }

  /**
   * Retention: every snapshot of the last `bewaarDagen` days before the newest peildatum, and before
   * that only the newest snapshot of each calendar month.
   */
  private async ruimOp(tx: Executor, bewaarDagen: number): Promise<string[]> {
    const weg = rijen<{ peildatum: string }>(
      await tx.execute(sql`
        with peil as (select distinct peildatum from kpi_refresh where status = 'klaar'),
             maandlaatste as (select max(peildatum) as peildatum from peil group by date_trunc('month', peildatum))
        select to_char(p.peildatum, 'YYYY-MM-DD') as peildatum from peil p
        where p.peildatum < (select max(peildatum) from peil) - ${bewaarDagen}::int
          and p.peildatum not in (select peildatum from maandlaatste)
        order by 1`),
    ).map((r) => r.peildatum);
    if (weg.length === 0) return [];
    for (const t of SNAPSHOT_TABELLEN) await tx.execute(sql`delete from ${sql.identifier(t)} where peildatum = any(${peildataArray(weg)})`);
    await tx.execute(sql`update kpi_refresh set status = 'opgeruimd' where status = 'klaar' and peildatum = any(${peildataArray(weg)})`);
    return weg;
  }

  // ── reading ────────────────────────────────────────────────────────────────

  /** The peildata with a complete snapshot, newest first. */
  async peildata(): Promise<string[]> {
    const r = rijen<{ peildatum: string }>(
      await this.db.execute(sql`select distinct to_char(peildatum, 'YYYY-MM-DD') as peildatum from kpi_refresh where status = 'klaar' order by 1 desc`),
    );
    return r.map((x) => x.peildatum);
  }

  /** Peildata with a snapshot between van and tot, oldest first. */
  async peildataTussen(van: string, tot: string): Promise<string[]> {
    datumLiteral(van);
    datumLiteral(tot);
    const r = rijen<{ peildatum: string }>(
      await this.db.execute(sql`
        select distinct to_char(peildatum, 'YYYY-MM-DD') as peildatum from kpi_refresh
        where status = 'klaar' and peildatum between ${van}::date and ${tot}::date
        order by 1`),
    );
    return r.map((x) => x.peildatum);
  }

  async refreshes(limiet = 20): Promise<KpiRefreshRij[]> {
    const r = rijen<Rij>(
      await this.db.execute(sql`
        select id, to_char(peildatum, 'YYYY-MM-DD') as peildatum, door, gestart_op, klaar_op, duur_ms, status, rijen, trajecten, prestaties, fout
        from kpi_refresh order by id desc limit ${limiet}`),
    );
    return r.map((x) => ({
      id: Number(x['id']),
      peildatum: String(x['peildatum']),
      door: String(x['door']),
      gestartOp: new Date(x['gestart_op'] as string),
      klaarOp: x['klaar_op'] === null ? null : new Date(x['klaar_op'] as string),
      duurMs: x['duur_ms'] === null ? null : Number(x['duur_ms']),
      status: String(x['status']),
      rijen: x['rijen'] === null ? null : Number(x['rijen']),
      trajecten: x['trajecten'] === null ? null : Number(x['trajecten']),
      prestaties: x['prestaties'] === null ? null : Number(x['prestaties']),
      fout: (x['fout'] as string | null) ?? null,
    }));
  }

  /** A histogram table summed per group and day. */
  async histogram(tabel: HistogramTabel, s: Selectie): Promise<HistogramGroep[]> {
    const { select, groep, where } = bouw(s);
    const r = rijen<Rij>(
      await this.db.execute(sql`
        select ${select} dagen, sum(aantal)::bigint as aantal
        from ${sql.identifier(tabel)}
        where ${where}
        group by ${groep} dagen`),
    );
    return r.map((x) => ({ groep: groepVan(x, s.per), dagen: Number(x['dagen']), aantal: Number(x['aantal']) }));
  }

  /** Doorlooptijd (`afgesloten`) or age (`lopend`) per group and whole week, with the sum of days. */
  async doorlooptijd(soort: 'afgesloten' | 'lopend', s: Selectie): Promise<DoorlooptijdGroep[]> {
    // A RedenBeeindiging code means different things in iJw and iWmo: grouped by reden, grouped by standaard too.
    const metStandaard: Selectie = s.per.includes('reden') ? { ...s, per: [...s.per, 'standaard'] } : s;
    const { select, groep, where } = bouw(metStandaard, { reden: 'reden_beeindiging', standaard: 'standaard' });
    const r = rijen<Rij>(
      await this.db.execute(sql`
        select ${select} weken, sum(aantal)::bigint as aantal, sum(som_dagen)::bigint as som_dagen
        from kpi_doorlooptijd
        where ${where} and soort = ${soort}
        group by ${groep} weken`),
    );
    return r.map((x) => ({ groep: groepVan(x, metStandaard.per), weken: Number(x['weken']), aantal: Number(x['aantal']), somDagen: Number(x['som_dagen']) }));
  }

  async stroom(s: Selectie): Promise<StroomGroep[]> {
    const { select, groepBy, where } = bouw(s, { maand: "to_char(maand, 'YYYY-MM')" });
    const r = rijen<Rij>(
      await this.db.execute(sql`
        select ${select} sum(instroom)::bigint as instroom, sum(uitstroom)::bigint as uitstroom, sum(einde_voor)::bigint as voor,
               sum(einde_op)::bigint as op, sum(einde_na)::bigint as na, sum(einde_open)::bigint as open
        from kpi_stroom where ${where}
        ${groepBy}`),
    );
    return r.map((x) => ({
      groep: groepVan(x, s.per),
      instroom: Number(x['instroom']),
      uitstroom: Number(x['uitstroom']),
      eindeVoor: Number(x['voor']),
      eindeOp: Number(x['op']),
      eindeNa: Number(x['na']),
      eindeOpen: Number(x['open']),
    }));
  }

  async bezetting(s: Selectie): Promise<BezettingGroep[]> {
    const { select, groep, where } = bouw(s);
    const r = rijen<Rij>(
      await this.db.execute(sql`
        select ${select} jaar, sum(trajecten)::bigint as trajecten, sum(zorgdagen)::bigint as zorgdagen
        from kpi_bezetting where ${where}
        group by ${groep} jaar`),
    );
    return r.map((x) => ({ groep: groepVan(x, s.per), jaar: Number(x['jaar']), trajecten: Number(x['trajecten']), zorgdagen: Number(x['zorgdagen']) }));
  }

  async budgetMaanden(s: Selectie): Promise<BudgetMaandGroep[]> {
    const { select, groep, where } = bouw(s);
    const r = rijen<Rij>(
      await this.db.execute(sql`
        select ${select} jaar, maand, sum(toegekend)::bigint as toegekend, sum(in_onderzoek)::bigint as in_onderzoek,
               sum(prestaties)::bigint as prestaties
        from kpi_budget_maand where ${where}
        group by ${groep} jaar, maand`),
    );
    return r.map((x) => ({
      groep: groepVan(x, s.per),
      jaar: Number(x['jaar']),
      maand: Number(x['maand']),
      toegekend: Number(x['toegekend']),
      inOnderzoek: Number(x['in_onderzoek']),
      prestaties: Number(x['prestaties']),
    }));
  }

  /** The agreements as snapshotted, of these peildata, filtered on gemeente, aanbieder and segment. */
  async budgetafspraken(peildata: readonly string[], filter: Filter): Promise<BudgetafspraakSnapshot[]> {
    if (peildata.length === 0) return [];
    const conds: SQL[] = [sql`peildatum = any(${peildataArray(peildata)})`];
    for (const d of ['gemeente', 'aanbieder', 'segment'] as const) {
      const w = filter[d];
      if (w && w.length > 0) conds.push(sql`${sql.identifier(CEL_DIMENSIES[d])} in (${sql.join(w.map((v) => sql`${v}`), sql`, `)})`);
    }
    const r = rijen<Rij>(
      await this.db.execute(sql`
        select to_char(peildatum, 'YYYY-MM-DD') as peildatum, agb, gemeente, segment, jaar, soort, bedrag, bandbreedte::text as bandbreedte,
               voorschot, plekken::text as plekken
        from kpi_budgetafspraak where ${sql.join(conds, sql` and `)}
        order by peildatum, agb, gemeente, segment`),
    );
    return r.map((x) => ({
      peildatum: String(x['peildatum']),
      agb: String(x['agb']),
      gemeente: String(x['gemeente']),
      segment: String(x['segment']),
      jaar: Number(x['jaar']),
      soort: x['soort'] as 'plafond' | 'afspraak',
      bedrag: Number(x['bedrag']),
      bandbreedte: x['bandbreedte'] === null ? null : String(x['bandbreedte']),
      voorschot: x['voorschot'] === null ? null : Number(x['voorschot']),
      plekken: x['plekken'] === null ? null : String(x['plekken']),
    }));
  }

  /** The longest waits of the selection (one peildatum), longest first. */
  async wachtlijstLangst(peildatum: string, filter: Filter, limiet: number): Promise<LangsteWachtende[]> {
    const { where } = bouw({ peildata: [peildatum], filter, per: [] });
    const r = rijen<Rij>(
      await this.db.execute(sql`
        select to_char(peildatum, 'YYYY-MM-DD') as peildatum, ${sql.raw(CEL_KOLOMMEN)}, standaard, toewijzing_nummer,
               to_char(wacht_sinds, 'YYYY-MM-DD') as wacht_sinds, dagen
        from kpi_wachtlijst_langst where ${where}
        order by dagen desc, gemeente, standaard, toewijzing_nummer
        limit ${Math.min(Math.max(1, Math.floor(limiet)), LANGST_PER_CEL)}`),
    );
    return r.map((x) => ({
      peildatum: String(x['peildatum']),
      gemeente: String(x['gemeente']),
      aanbieder: String(x['agb']),
      segment: String(x['segment']),
      perceel: String(x['perceel']),
      productcategorie: String(x['productcategorie']),
      productcode: String(x['productcode']),
      standaard: String(x['standaard']),
      toewijzingNummer: Number(x['toewijzing_nummer']),
      wachtSinds: String(x['wacht_sinds']),
      dagen: Number(x['dagen']),
    }));
  }
}

function peildataArray(peildata: readonly string[]): SQL {
  for (const p of peildata) datumLiteral(p);
  return sql.raw(`array[${peildata.map((p) => `'${p}'`).join(',')}]::date[]`);
}

/**
 * The SELECT list and GROUP BY list of a selection's dimensions (each ending in a comma when not
 * empty, to put before further columns), a whole `group by` clause (empty without dimensions) and
 * the WHERE clause.
 */
function bouw(s: Selectie, kolommen: Partial<Record<Dimensie, string>> = {}): { select: SQL; groep: SQL; groepBy: SQL; where: SQL } {
  const expressie = (d: Dimensie): string => {
    if (d === 'peildatum') return "to_char(peildatum, 'YYYY-MM-DD')";
    if (d in CEL_DIMENSIES) return CEL_DIMENSIES[d as CelDimensie];
    const k = kolommen[d];
    if (!k) throw new Error(`dimensie ${d} hoort niet bij deze tabel`);
    return k;
  };
  const per = [...new Set(s.per)];
  const select = per.length === 0 ? sql.raw('') : sql.raw(per.map((d) => `${expressie(d)} as "${d}", `).join(''));
  const groep = per.length === 0 ? sql.raw('') : sql.raw(per.map((d) => `${expressie(d)}, `).join(''));
  const groepBy = per.length === 0 ? sql.raw('') : sql.raw(`group by ${per.map(expressie).join(', ')}`);
  const conds: SQL[] = [sql`peildatum = any(${peildataArray(s.peildata)})`];
  for (const d of CEL_DIMENSIE_NAMEN) {
    const w = s.filter[d];
    if (w && w.length > 0) conds.push(sql`${sql.identifier(CEL_DIMENSIES[d])} in (${sql.join(w.map((v) => sql`${v}`), sql`, `)})`);
  }
  return { select, groep, groepBy, where: sql.join(conds, sql` and `) };
}

function groepVan(x: Rij, per: readonly Dimensie[]): Groep {
  const g: Partial<Record<Dimensie, string>> = {};
  for (const d of per) g[d] = String(x[d]);
  return g;
}

/**
 * A region-year at national-scale density, bulk-loaded straight into PostgreSQL with set-based SQL
 * (`insert … select … generate_series`), not through the message pipeline: the Noord-Limburg
 * contracts of the fixtures generator's reference data, and per traject a toewijzing (301, one in
 * eight with a second version: a verlenging), its start (305) after a wait, its stop (307) for the
 * ones that ended, and one prestatie (323) per month in care. Deterministic: every value follows from
 * the traject's number through multiplicative hashes.
 *
 * The shape: toewijzingen issued over 2024-01-01 … 2025-11-30, waits of 0–130 days (one in twenty
 * never starts), care of 70–120 % of the toewijzing's length, the data ending on 2025-12-31; about
 * 12 prestaties per traject (most in 2025, the rest in 2024 for the seasonal-naive forecast).
 */
import type pg from 'pg';
import { maakReferentie } from '../src/fixtures/referentie.js';
import { noordLimburg } from '../src/fixtures/regio.js';
import type { Budgetafspraak } from '../src/registers/budgetafspraken.js';
import type { ContractRij } from '../src/registers/contracten.js';

export const BENCH_JAAR = 2025;
export const BENCH_PEILDATUM = '2025-12-31';

/** The region's contracts as register rows (both years), with their domain. */
export function benchContracten(): ContractRij[] {
  const ref = maakReferentie(BENCH_JAAR, noordLimburg.map((g) => g.code), ['iWmo', 'iJw']);
  const standaardVan = new Map(ref.producten.map((p) => [p.categorie, p.standaard]));
  return ref.contracten.map((c) => ({
    standaard: standaardVan.get(c.productcategorie)!,
    agb: c.agb,
    gemeentecode: c.gemeentecode,
    productcategorie: c.productcategorie,
    ...(c.productcode ? { productcode: c.productcode } : {}),
    ingangsdatum: c.ingangsdatum,
    ...(c.einddatum ? { einddatum: c.einddatum } : {}),
    tarief: c.tarief,
    eenheid: c.eenheid,
    ...(c.frequentie ? { frequentie: c.frequentie } : {}),
    bekostiging: c.bekostiging,
    perceel: c.perceel,
    segment: c.segment,
  }));
}

/**
 * Budget agreements for every aanbieder × gemeente × segment of the contracts: alternately an
 * afspraak (bandbreedte 5 %, voorschot 90 %) and a plafond; verblijf segments with agreed plekken.
 * The amounts are set from the loaded facts afterwards (`budgetBedragen`), so over- and underruns occur.
 */
export function benchBudgetafspraken(contracten: readonly ContractRij[]): Budgetafspraak[] {
  const sleutels = [...new Set(contracten.map((c) => `${c.agb}/${c.gemeentecode}/${c.segment}`))].sort();
  return sleutels.map((s, i) => {
    const [agb, gemeentecode, segment] = s.split('/') as [string, string, string];
    return {
      agb,
      gemeentecode,
      segment,
      jaar: BENCH_JAAR,
      soort: i % 3 === 2 ? 'plafond' : 'afspraak',
      bedrag: 100,
      ...(i % 3 === 2 ? {} : { bandbreedte: '5', voorschot: 90 }),
      ...(segment.includes('verblijf') || segment.includes('wonen') ? { plekken: '10' } : {}),
    };
  });
}

type Stap = (naam: string, sql: string) => Promise<void>;

/** Loads `aantal` trajecten with their facts; `stap` runs and times one statement. */
export async function laadFeiten(stap: Stap, aantal: number): Promise<void> {
  // One message row stands in for every 301 and one for every received message: the facts point at it.
  await stap(
    'berichten',
    `insert into bericht (richting, raw, sha256, grootte, status, fase, berichttype)
     values ('uit', '\\x00', 'bench-301', 1, 'gereed', 'beslist', 'JW301'),
            ('uit', '\\x00', 'bench-301-verlenging', 1, 'gereed', 'beslist', 'JW301'),
            ('in', '\\x00', 'bench-in', 1, 'beantwoord', 'retour', 'JW323')`,
  );
  await stap(
    'cellen',
    `create unlogged table bench_cel as
     select row_number() over (order by agb, gemeentecode, productcategorie, productcode)::int as nr,
            standaard, gemeentecode as gemeente, agb, productcategorie, productcode, tarief, eenheid
     from contract where ingangsdatum = date '${BENCH_JAAR}-01-01' and productcode is not null`,
  );
  // Each traject from its number i: deterministic hashes pick the cell, the dates and the outcome.
  await stap(
    'trajecten',
    `create unlogged table bench_traject as
     with basis as (
       select i,
              (1 + mod(i * 7919, (select count(*) from bench_cel)))::int as cel,
              date '2023-07-01' + mod(i * 104729, 880)::int as toewijzingsdatum,
              case mod(i, 10) when 0 then 14 when 1 then -7 else 0 end as verschuiving,
              240 + mod(i * 31, 661)::int as duur,
              case when mod(i, 20) = 0 then null
                   else mod(i * 37, 41)::int + case when mod(i, 7) = 0 then mod(i * 13, 90)::int else 0 end end as wacht,
              70 + mod(i * 11, 51)::int as zorgprocent
       from generate_series(1::bigint, ${aantal}::bigint) as i
     ), datums as (
       select b.*, b.toewijzingsdatum + b.verschuiving as ingangsdatum,
              case when mod(b.i, 12) = 0 then null else b.toewijzingsdatum + b.verschuiving + b.duur - 1 end as einddatum
       from basis b
     ), start as (
       select d.*, case when d.wacht is null then null
                        when greatest(d.toewijzingsdatum, d.ingangsdatum) + d.wacht > date '${BENCH_PEILDATUM}' then null
                        else greatest(d.toewijzingsdatum, d.ingangsdatum) + d.wacht end as begindatum
       from datums d
     )
     select s.i, c.standaard, c.gemeente, c.agb, c.productcategorie, c.productcode, c.tarief, c.eenheid,
            lpad(s.i::text, 9, '0') as bsn, s.toewijzingsdatum, s.ingangsdatum, s.einddatum, s.begindatum,
            case when s.begindatum is not null and s.begindatum + (s.duur * s.zorgprocent / 100) - 1 <= date '${BENCH_PEILDATUM}'
                 then s.begindatum + (s.duur * s.zorgprocent / 100) - 1 end as stopdatum,
            case when c.standaard = 'iJw' then (array['31','31','31','31','32','33','34','35','38','20'])[1 + mod(s.i * 3, 10)::int]
                 else (array['19','19','19','19','21','22','23','02','38','20'])[1 + mod(s.i * 3, 10)::int] end as reden
     from start s join bench_cel c on c.nr = s.cel`,
  );
  await stap(
    'toewijzingen',
    `insert into toewijzing (bericht_id, standaard, gemeente, agb, bsn, toewijzing_nummer, productcategorie, productcode,
                             toewijzingsdatum, toewijzingstijd, ingangsdatum, einddatum, reden_wijziging, pad, actueel, status, geboortedatum)
     select (select id from bericht where sha256 = 'bench-301'), standaard, gemeente, agb, bsn, i, productcategorie, productcode,
            toewijzingsdatum, '09:00:00', ingangsdatum, einddatum, null, '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]',
            not (mod(i, 8) = 0 and einddatum is not null and einddatum - 30 <= date '${BENCH_PEILDATUM}'), 'verzonden',
            date '2010-01-01' + mod(i * 17, 3000)::int
     from bench_traject`,
  );
  // A verlenging (RedenWijziging 04) for one in eight: a later version with a later Einddatum.
  await stap(
    'verlengingen',
    `insert into toewijzing (bericht_id, standaard, gemeente, agb, bsn, toewijzing_nummer, productcategorie, productcode,
                             toewijzingsdatum, toewijzingstijd, ingangsdatum, einddatum, reden_wijziging, pad, actueel, status, geboortedatum)
     select (select id from bericht where sha256 = 'bench-301-verlenging'), standaard, gemeente, agb, bsn, i, productcategorie, productcode,
            einddatum - 30, '10:00:00', ingangsdatum, einddatum + 180, '04', '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]',
            true, 'verzonden', date '2010-01-01' + mod(i * 17, 3000)::int
     from bench_traject where mod(i, 8) = 0 and einddatum is not null and einddatum - 30 <= date '${BENCH_PEILDATUM}'`,
  );
  await stap(
    'starts',
    `insert into start_product (bericht_id, standaard, gemeente, agb, bsn, toewijzing_nummer, productcategorie, productcode,
                                toewijzing_ingangsdatum, begindatum, status_aanlevering, beoordeling, verwijderd, pad)
     select (select id from bericht where sha256 = 'bench-in'), standaard, gemeente, agb, bsn, i, productcategorie, productcode,
            ingangsdatum, begindatum, '1', 'toegekend', false, '/Bericht/Client/StartProducten/StartProduct[1]'
     from bench_traject where begindatum is not null
     union all
     -- one in a hundred was first sent with a wrong date and rejected: not a fact
     select (select id from bericht where sha256 = 'bench-in'), standaard, gemeente, agb, bsn, i, productcategorie, productcode,
            ingangsdatum, begindatum - 3, '1', 'afgewezen', false, '/Bericht/Client/StartProducten/StartProduct[1]'
     from bench_traject where begindatum is not null and mod(i, 100) = 0`,
  );
  await stap(
    'stops',
    `insert into stop_product (bericht_id, standaard, gemeente, agb, bsn, toewijzing_nummer, productcategorie, productcode,
                               toewijzing_ingangsdatum, begindatum, status_aanlevering, beoordeling, verwijderd, pad,
                               reden_beeindiging, einddatum)
     select (select id from bericht where sha256 = 'bench-in'), standaard, gemeente, agb, bsn, i, productcategorie, productcode,
            ingangsdatum, begindatum, '1', 'toegekend', false, '/Bericht/Client/StopProducten/StopProduct[1]', reden, stopdatum
     from bench_traject where stopdatum is not null`,
  );
  await stap(
    'declaraties',
    `insert into declaratie (bericht_id, standaard, gemeente, agb, declaratie_nummer, periode_begin, periode_eind,
                             declaratie_dagtekening, totaal_ingediend, totaal_toegekend)
     select (select id from bericht where sha256 = 'bench-in'), c.standaard, c.gemeente, c.agb, c.gemeente || '-' || to_char(m, 'YYYYMM'),
            m::date, (m + interval '1 month' - interval '1 day')::date, (m + interval '1 month 9 days')::date, 0, 0
     from (select distinct standaard, gemeente, agb from bench_cel) c
     cross join generate_series(date '2023-07-01', date '${BENCH_PEILDATUM}', interval '1 month') as m`,
  );
  await stap('statistieken', 'analyze bench_traject, declaratie');
  await stap(
    'prestaties',
    `insert into prestatie (declaratie_id, bericht_id, standaard, gemeente, agb, bsn, referentie_nummer, toewijzing_nummer,
                            productcategorie, productcode, periode_begin, periode_eind, geleverd_volume, eenheid, product_tarief,
                            bedrag, debet_credit, dubbel, status, toegekend_bedrag, pad)
     select d.id, d.bericht_id, t.standaard, t.gemeente, t.agb, t.bsn, t.i || '-' || to_char(m.maand, 'YYYYMM'), t.i,
            t.productcategorie, t.productcode, greatest(m.maand, t.begindatum),
            least((m.maand + interval '1 month' - interval '1 day')::date, coalesce(t.stopdatum, date '${BENCH_PEILDATUM}')),
            v.volume, t.eenheid, t.tarief, v.volume * t.tarief, 'D', false,
            case when mod(t.i + m.n, 50) = 0 then 'afgewezen' when mod(t.i + m.n, 97) = 0 then 'in-onderzoek' else 'toegekend' end,
            case when mod(t.i + m.n, 50) = 0 or mod(t.i + m.n, 97) = 0 then 0 else v.volume * t.tarief end,
            '/Bericht/Client/Prestaties/Prestatie[1]'
     from bench_traject t
     cross join lateral (
       select maand::date, row_number() over () as n
       from generate_series(date_trunc('month', t.begindatum), date_trunc('month', coalesce(t.stopdatum, date '${BENCH_PEILDATUM}')), interval '1 month') as maand
     ) m
     cross join lateral (select (1 + mod(t.i * 7 + m.n * 3, 12))::int as volume) v
     join declaratie d on d.standaard = t.standaard and d.agb = t.agb and d.declaratie_nummer = t.gemeente || '-' || to_char(m.maand, 'YYYYMM')
     where t.begindatum is not null`,
  );
}

/**
 * Sets the agreed amounts from the realised 2025 figures: afspraken at 85–115 % of the realisation,
 * plafonds at 90–110 %, voorschot 90 % of the agreement; agreed plekken near the occupied ones.
 */
export async function budgetBedragen(client: pg.ClientBase): Promise<void> {
  await client.query(`
    with realisatie as (
      select p.agb, p.gemeente, c.segment, sum(p.toegekend_bedrag) as bedrag
      from prestatie p
      join (select distinct agb, gemeentecode, productcode, segment from contract) c
        on c.agb = p.agb and c.gemeentecode = p.gemeente and c.productcode = p.productcode
      where p.periode_begin >= date '${BENCH_JAAR}-01-01'
      group by 1, 2, 3
    )
    update budgetafspraak b
       set bedrag = greatest(100, r.bedrag * (85 + mod(b.id * 7, 31)) / 100),
           voorschot = case when b.soort = 'afspraak' then greatest(100, r.bedrag * (85 + mod(b.id * 7, 31)) / 100) * 9 / 10 end
      from realisatie r
     where r.agb = b.agb and r.gemeente = b.gemeentecode and r.segment = b.segment`);
}

/** The secondary indexes of the fact tables: dropped before the bulk load, rebuilt after it. */
export async function secundaireIndexen(client: pg.ClientBase): Promise<{ naam: string; definitie: string }[]> {
  const r = await client.query<{ indexname: string; indexdef: string }>(
    `select indexname, indexdef from pg_indexes
     where schemaname = 'public' and tablename in ('toewijzing', 'start_product', 'stop_product', 'prestatie')
       and indexname not like '%_pkey' order by indexname`,
  );
  return r.rows.map((x) => ({ naam: x.indexname, definitie: x.indexdef }));
}

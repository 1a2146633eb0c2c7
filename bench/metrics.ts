/**
 * `npm run bench -- metrics [--berichten 100000] [--url postgres://…]`: what one scrape of
 * `/api/v1/metrics` costs the database. Builds a throw-away PostgreSQL database (on the server of
 * `DATABASE_URL`, or 127.0.0.1:5432) with that many received messages in deliveries of 30 — raw XML
 * of a few kB each, as stored — their retours, findings and re-deliveries, then times the scrape's
 * queries (median of repeated runs) and prints the plans of the two that read the most rows.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { maakWegwerpDatabase, STANDAARD_ADMIN_URL } from '../src/db/wegwerp.js';
import { alsTekst } from '../src/metrics/prometheus.js';
import { verzamelMetrics } from '../src/metrics/verzamel.js';

async function vul(database: Database, berichten: number): Promise<void> {
  const db = database.db;
  const t0 = performance.now();
  const batches = Math.ceil(berichten / 30);
  await db.execute(sql`
    insert into batch (bron, kanaal, ontvangen_op, aantal_berichten, aantal_geweigerd, verwerkt_op)
    select (array['http', 'ggk', 'map'])[1 + i % 3], (array['vecozo', 'ggk-regio', 'inbox'])[1 + i % 3],
      timestamptz '2025-01-01 08:00+01' + i * interval '1 hour' * (8760.0 / ${batches}), 30, (i % 50 = 0)::int,
      timestamptz '2025-01-01 08:05+01' + i * interval '1 hour' * (8760.0 / ${batches})
    from generate_series(1, ${batches}) i`);
  // Received messages: 5% technically rejected, 2% rejected by the rules, 3% of the 323s in onderzoek, the rest answered.
  await db.execute(sql`
    insert into bericht (batch_id, richting, raw, sha256, grootte, bestandsnaam, ontvangen_op, berichttype, standaard, release, afzender, ontvanger,
                         identificatie, dagtekening, status, fase)
    select 1 + (i - 1) / 30, 'in',
      convert_to('<?xml version="1.0" encoding="UTF-8"?><Bericht><Header><Identificatie>B' || i || '</Identificatie></Header>' ||
                 repeat('<Prestatie><ReferentieNummer>' || md5(i::text) || '</ReferentieNummer><Bsn>' || lpad((100000000 + i)::text, 9, '0') ||
                        '</Bsn><ProductPeriode><Begindatum>2025-01-01</Begindatum></ProductPeriode></Prestatie>', 12) || '</Bericht>', 'UTF8'),
      md5('in' || i), 2600, 'bericht-' || i || '.xml',
      timestamptz '2025-01-01 08:00+01' + i * interval '1 second' * (31536000.0 / ${berichten}),
      (array['WMO305','JW305','WMO307','JW307','WMO323','JW323','WMO315','JW317'])[1 + i % 8], case when i % 2 = 0 then 'iJw' else 'iWmo' end, '3.2',
      lpad((98100000 + i % 40)::text, 8, '0'), (array['0983','0984','0986','0988'])[1 + i % 4], 'B' || i, date '2025-01-01' + (i % 365),
      case when i % 100 < 5 then 'technisch-afgekeurd' when i % 100 < 7 then 'beantwoord' when i % 100 < 10 and i % 8 in (4, 5) then 'in-onderzoek' else 'beantwoord' end,
      case when i % 100 < 5 then 'gevalideerd' when i % 100 < 10 and i % 8 in (4, 5) then 'beslist' else 'retour' end
    from generate_series(1, ${berichten}) i`);
  await db.execute(sql`
    insert into bericht (richting, raw, sha256, grootte, berichttype, standaard, release, afzender, ontvanger, dagtekening, status, fase, antwoord_op, ontvangen_op)
    select 'uit', convert_to('<Bericht>retour ' || b.id || '</Bericht>', 'UTF8'), md5('uit' || b.id), 30,
      regexp_replace(b.berichttype, '(305|307|315|317|323)$', '') || (case substring(b.berichttype from '[0-9]+$') when '305' then '306' when '307' then '308'
        when '315' then '316' when '317' then '318' else '325' end),
      b.standaard, '3.2', b.ontvanger, b.afzender, b.dagtekening, 'gereed', 'retour', b.id, b.ontvangen_op + interval '10 minutes'
    from bericht b where b.richting = 'in' and b.status = 'beantwoord'`);
  await db.execute(sql`
    insert into bevinding (bericht_id, fase, regel, retourcode, pad, melding)
    select id, case when id % 2 = 0 then 'xml' else 'xsd' end, 'XSD', null, '/Bericht', 'Het bericht voldoet niet aan zijn schema.'
    from bericht where richting = 'in' and status = 'technisch-afgekeurd'
    union all
    select id, 'regels', 'TR018', '8002', '/Bericht/Header', 'Regel geschonden.' from bericht where richting = 'in' and status = 'beantwoord' and id % 100 between 5 and 6
    union all
    select id, 'controle', 'TR307', '9307', '/Bericht/Client/Prestaties/Prestatie[1]', 'Buiten de toewijzing.'
    from bericht where richting = 'in' and berichttype ~ '323$' and id % 7 = 0
    union all
    select id, 'controle', 'WP001', null, '/Bericht/Client', 'Woonplaats wijkt af.' from bericht where richting = 'in' and status = 'in-onderzoek'`);
  await db.execute(sql`insert into batch_herhaling (batch_id, bericht_id, bestandsnaam) select 1 + i % ${batches}, i, 'opnieuw-' || i || '.xml' from generate_series(1, ${Math.floor(berichten / 100)}) i`);
  await db.execute(sql.raw('analyze'));
  const n = ((await db.execute(sql`
    select (select count(*) from bericht where richting = 'in') as ontvangen, (select count(*) from bericht where richting = 'uit') as retours,
           (select count(*) from bevinding) as bevindingen, (select count(*) from batch) as batches,
           pg_size_pretty(pg_total_relation_size('bericht')) as grootte`)) as unknown as { rows: Record<string, string>[] }).rows[0]!;
  process.stdout.write(
    `data: ${n['ontvangen']} ontvangen berichten in ${n['batches']} batches, ${n['retours']} retours, ${n['bevindingen']} bevindingen; bericht-tabel ${n['grootte']} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`,
  );
}

async function meet(label: string, fn: () => Promise<unknown>, keer = 9): Promise<void> {
  const koud = performance.now();
  await fn();
  const eerste = performance.now() - koud;
  const t: number[] = [];
  for (let i = 0; i < keer; i++) {
    const s = performance.now();
    await fn();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  process.stdout.write(`  ${label.padEnd(44)} first ${eerste.toFixed(1).padStart(7)} ms   median ${t[Math.floor(t.length / 2)]!.toFixed(1).padStart(7)} ms   max ${t[t.length - 1]!.toFixed(1).padStart(7)} ms\n`);
}

async function plan(database: Database, titel: string, query: string): Promise<void> {
  const r = (await database.db.execute(sql.raw(`explain (analyze, costs off, timing off, summary on) ${query}`))) as unknown as { rows: Record<string, string>[] };
  process.stdout.write(`plan: ${titel}\n${r.rows.map((x) => `    ${Object.values(x)[0]}`).join('\n')}\n`);
}

export async function benchMetrics(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { berichten: { type: 'string' }, url: { type: 'string' } } });
  const berichten = Number(values.berichten ?? 100_000);
  const adminUrl = values.url ?? process.env['DATABASE_URL'] ?? process.env['TEST_PG_ADMIN_URL'] ?? STANDAARD_ADMIN_URL;
  const database = await maakWegwerpDatabase('bench_metrics', { adminUrl, poolSize: 4 });
  try {
    await vul(database, berichten);
    const bronnen = { database, vandaag: () => '2026-01-15' };
    const tekst = alsTekst(await verzamelMetrics(bronnen));
    process.stdout.write(`scrape: ${tekst.split('\n').filter((r) => r && !r.startsWith('#')).length} samples, ${tekst.length} bytes\n`);
    await meet('whole scrape, right after loading', () => verzamelMetrics(bronnen));
    // What autovacuum gives a live database soon after: the visibility map that lets index-only scans skip the heap.
    await database.db.execute(sql.raw('vacuum analyze'));
    await meet('whole scrape, after vacuum (steady state)', () => verzamelMetrics(bronnen));
    await plan(database, 'messages per status and fase', `select status, fase, count(*) from bericht where richting = 'in' group by 1, 2`);
    await plan(database, 'rejections per stage', `select fase, count(distinct bericht_id) from bevinding where fase in ('xml', 'xsd') or retourcode is not null group by 1`);
    await plan(database, 'retours per type', `select berichttype, count(*) from bericht where antwoord_op is not null and richting = 'uit' group by 1`);
    return 0;
  } finally {
    await database.drop();
  }
}

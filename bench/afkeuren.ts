/**
 * `npm run bench -- afkeuren [--afkeuringen 100000] [--url postgres://…]`: the backoffice's
 * rejections queue at scale. Builds a throw-away PostgreSQL database (on the server of
 * `DATABASE_URL`, or 127.0.0.1:5432) with ~100,000 rejected or waiting items among ~4× as many
 * accepted prestaties, then times the queue: first page, a page deep in the list, filtered pages,
 * the other sorts, and the counts. Prints the median of repeated runs and the plan of the first page.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { maakWegwerpDatabase, STANDAARD_ADMIN_URL } from '../src/db/wegwerp.js';
import { AfkeurRepository, type AfkeurCursor, type AfkeurFilter, type AfkeurSortering } from '../src/db/repositories/afkeuren.js';

/** Synthetic traffic, set-based: messages, declaraties, prestaties (~24% rejected or waiting), findings. */
async function vul(database: Database, afkeuringen: number): Promise<void> {
  const prestatiesPerBericht = 16;
  // Of the prestaties 18 in 80 are rejected and 1 in 80 waits: 95% of the queue; whole messages 5%.
  const berichtAfgekeurd = Math.round(afkeuringen * 0.05);
  const totaalPrestaties = Math.round((afkeuringen * 0.95 * 80) / 19);
  const declaratieBerichten = Math.ceil(totaalPrestaties / prestatiesPerBericht);
  const db = database.db;
  const t0 = performance.now();
  // Messages: the 323s with declaraties, then messages rejected as a whole (half answered, half technical).
  await db.execute(sql`
    insert into bericht (richting, raw, sha256, grootte, berichttype, standaard, release, afzender, ontvanger, identificatie, dagtekening, status, fase, ontvangen_op)
    select 'in', convert_to('<Bericht/>', 'UTF8'), md5('b' || i), 10,
      case when i % 2 = 0 then 'JW323' else 'WMO323' end, case when i % 2 = 0 then 'iJw' else 'iWmo' end, '3.2',
      lpad((98100000 + i % 40)::text, 8, '0'), (array['0983','0984','0986','0988','0889','0893','0907'])[1 + i % 7],
      'B' || i, date '2025-01-01' + (i % 365), 'beantwoord', 'retour',
      timestamptz '2025-01-01 08:00+01' + (i * interval '1 second') * (365 * 86400 / ${declaratieBerichten + berichtAfgekeurd})
    from generate_series(1, ${declaratieBerichten}) i`);
  await db.execute(sql`
    insert into bericht (richting, raw, sha256, grootte, berichttype, standaard, release, afzender, ontvanger, identificatie, dagtekening, status, fase, ontvangen_op)
    select 'in', convert_to('<Bericht/>', 'UTF8'), md5('x' || i), 10,
      (array['WMO305','JW305','WMO307','JW323','WMO315'])[1 + i % 5], case when i % 2 = 0 then 'iJw' else 'iWmo' end, '3.2',
      lpad((98100000 + i % 40)::text, 8, '0'), (array['0983','0984','0986','0988','0889','0893','0907'])[1 + i % 7],
      'X' || i, date '2025-01-01' + (i % 365), case when i % 2 = 0 then 'beantwoord' else 'technisch-afgekeurd' end, 'retour',
      timestamptz '2025-01-01 08:00+01' + (i * interval '1 second') * (365 * 86400 / ${berichtAfgekeurd + 1})
    from generate_series(1, ${berichtAfgekeurd}) i`);
  await db.execute(sql`
    insert into bevinding (bericht_id, fase, regel, retourcode, pad, melding)
    select id, 'controle', 'TR056', '9056', '/Bericht/Header/BerichtIdentificatie/Identificatie', 'Identificatie niet uniek'
    from bericht where identificatie like 'X%' and status = 'beantwoord'`);
  await db.execute(sql`
    insert into declaratie (bericht_id, standaard, gemeente, agb, declaratie_nummer, periode_begin, periode_eind, declaratie_dagtekening, totaal_ingediend, totaal_toegekend)
    select id, standaard, ontvanger, afzender, 'D' || id, date_trunc('month', dagtekening)::date, (date_trunc('month', dagtekening) + interval '1 month - 1 day')::date, dagtekening, 0, 0
    from bericht where identificatie like 'B%'`);
  // Prestaties: every 4th rejected (mostly 9321/9307/0611), a few in onderzoek, the rest granted.
  await db.execute(sql`
    insert into prestatie (declaratie_id, bericht_id, standaard, gemeente, agb, bsn, referentie_nummer, toewijzing_nummer, productcategorie, productcode,
      periode_begin, periode_eind, geleverd_volume, eenheid, bedrag, debet_credit, status, retourcodes, toegekend_bedrag, pad)
    select d.id, d.bericht_id, d.standaard, d.gemeente, d.agb, lpad((900000000 + (d.id * 16 + k) % 250000)::text, 9, '0'), 'R' || d.id || '-' || k, 10000000 + (d.id * 16 + k) % 250000,
      '45', '45A02', d.periode_begin, d.periode_eind, 4, '04', 40876, 'D',
      case when (d.id * 16 + k) % 80 < 18 then 'afgewezen' when (d.id * 16 + k) % 80 = 18 then 'in-onderzoek' else 'toegekend' end,
      case when (d.id * 16 + k) % 80 < 18 then array[(array['9321','9307','0611','9308','9346','8021'])[1 + (d.id + k) % 6]] else '{}' end,
      case when (d.id * 16 + k) % 80 <= 18 then 0 else 40876 end,
      '/Bericht/Declaratie/Clienten/Client[' || (k + 1) || ']/Prestaties/Prestatie[1]'
    from declaratie d cross join generate_series(0, ${prestatiesPerBericht - 1}) k`);
  await db.execute(sql`analyze`);
  const [n] = (await db.execute(sql`select
      (select count(*) from prestatie) as prestaties,
      (select count(*) from prestatie where status = 'afgewezen') as afgewezen,
      (select count(*) from prestatie where status = 'in-onderzoek') as onderzoek,
      (select count(*) from bericht) as berichten`) as unknown as { rows: Record<string, string>[] }).rows;
  process.stdout.write(
    `data: ${n!['berichten']} berichten, ${n!['prestaties']} prestaties (${n!['afgewezen']} afgewezen, ${n!['onderzoek']} in onderzoek) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );
}

async function meet(label: string, fn: () => Promise<unknown>, keer = 7): Promise<void> {
  await fn();
  const t: number[] = [];
  for (let i = 0; i < keer; i++) {
    const s = performance.now();
    await fn();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  process.stdout.write(`  ${label.padEnd(58)} median ${t[Math.floor(t.length / 2)]!.toFixed(1).padStart(7)} ms   max ${t[t.length - 1]!.toFixed(1).padStart(7)} ms\n`);
}

export async function benchAfkeuren(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { afkeuringen: { type: 'string' }, url: { type: 'string' } } });
  const afkeuringen = Number(values.afkeuringen ?? 100_000);
  const adminUrl = values.url ?? process.env['DATABASE_URL'] ?? process.env['TEST_PG_ADMIN_URL'] ?? STANDAARD_ADMIN_URL;
  const database = await maakWegwerpDatabase('bench_afkeuren', { adminUrl, poolSize: 2 });
  try {
    await vul(database, afkeuringen);
    const repo = new AfkeurRepository(database.db);
    const totaal = await repo.aantal({});
    process.stdout.write(`queue: ${totaal} items (page size 50)\n`);
    const pagina = (f: AfkeurFilter, sortering: AfkeurSortering = 'nieuw', na?: AfkeurCursor) => repo.pagina(f, { sortering, grootte: 50, ...(na ? { na } : {}) });
    // A cursor halfway down the list, as if the user paged there.
    const [midden] = (await database.db.execute(sql`select bericht_id, id from prestatie where status in ('afgewezen', 'in-onderzoek') order by bericht_id desc, id desc offset ${Math.floor(totaal / 2)} limit 1`) as unknown as { rows: { bericht_id: string; id: string }[] }).rows;
    const diep: AfkeurCursor = { sleutel: '', berichtId: Number(midden!.bericht_id), rang: 1, id: Number(midden!.id) };
    const volgende = (await pagina({})).volgende!;
    await meet('first page, newest first', () => pagina({}));
    await meet('second page (keyset)', () => pagina({}, 'nieuw', volgende));
    await meet(`page halfway (~item ${Math.floor(totaal / 2)})`, () => pagina({}, 'nieuw', diep));
    await meet('first page, oldest first', () => pagina({}, 'oud'));
    await meet('filter gemeente 0986', () => pagina({ gemeente: '0986' }));
    await meet('filter aanbieder 98100007', () => pagina({ agb: '98100007' }));
    await meet('filter berichttype JW323', () => pagina({ berichttype: 'JW323' }));
    await meet('filter retourcode 0611', () => pagina({ retourcode: '0611' }));
    await meet('filter status in-onderzoek', () => pagina({ status: 'in-onderzoek' }));
    await meet('filter period (one month)', () => pagina({ van: '2025-06-01', tot: '2025-06-30' }));
    await meet('filter gemeente + retourcode + month', () => pagina({ gemeente: '0983', retourcode: '9321', van: '2025-03-01', tot: '2025-03-31' }));
    await meet('filter open (not yet handled)', () => pagina({ behandeling: 'open' }));
    await meet('sort by aanbieder, first page', () => pagina({}, 'aanbieder'));
    await meet('sort by gemeente, first page', () => pagina({}, 'gemeente'));
    await meet('count, no filter', () => repo.aantal({}));
    await meet('count, gemeente + status', () => repo.aantal({ gemeente: '0983', status: 'afgewezen' }));
    const plan = (await database.db.execute(sql.raw(`explain (analyze, costs off, timing off, summary on)
      select p.id from prestatie p join bericht b on b.id = p.bericht_id where p.status in ('afgewezen', 'in-onderzoek') order by p.bericht_id desc, p.id desc limit 51`)) as unknown as { rows: Record<string, string>[] }).rows;
    process.stdout.write(`plan of the prestatie branch, first page:\n${plan.map((r) => `    ${Object.values(r)[0]}`).join('\n')}\n`);
    return 0;
  } finally {
    await database.drop();
  }
}

/**
 * `npm run bench -- ingest [n] [--months m] [--fouten f] [--seed s]` (default about 4,000 messages over
 * 3 months; `ingest 20000 --months 1` is a region month of 20,000): messages/s of ingest into real
 * PostgreSQL through the code path of `iwj ingest` (store raw, check, control, decide, retour), on a
 * generated flow of the Noord-Limburg region — its registers imported first, so the controls really
 * run — delivered day by day in the order the generator sends it (each day one delivery, processed
 * with that day as today). Then bare libxml2-wasm validation of the same bytes in the same process, and
 * where ingest's time went per stage.
 *
 * The database is a throw-away one created on the server of `DATABASE_URL` (else
 * 127.0.0.1:5432) and dropped afterwards: a bench never writes into a database in use.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { maakWegwerpDatabase, STANDAARD_ADMIN_URL, type WegwerpDatabase } from '../src/db/wegwerp.js';
import { streamRegion, writeFixtures, type ManifestRegel } from '../src/fixtures/index.js';
import { leesBestand, type Invoer } from '../src/ingest/invoer.js';
import { configFromEnv, eigenGemeenten } from '../src/pipeline/config.js';
import { ontvang, verwerk } from '../src/pipeline/inline.js';
import { nieuwePipelineMeting, type PipelineStap } from '../src/pipeline/meting.js';
import { laadRegisterMap } from '../src/pipeline/registers-laden.js';
import { bareRound, fmt, machine, median, mix, perSecond, prepareBare } from './bare.js';

/**
 * Messages per new client of a generated region of `months` months (with the declaraties of the last
 * month after it): about 1.82 for one month, 2.37 for three (measured on the generator).
 */
const berichtenPerClient = (months: number): number => 1.82 + 0.28 * (months - 1);

export async function benchIngest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { months: { type: 'string' }, fouten: { type: 'string' }, seed: { type: 'string' }, rondes: { type: 'string' } },
  });
  const n = Number(positionals[0] ?? 4000);
  const months = Number(values.months ?? 3);
  const faultRate = Number(values.fouten ?? 0.02);
  const seed = Number(values.seed ?? 1);
  const rondes = Number(values.rondes ?? 5);
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(months) || months < 1 || !(faultRate >= 0) || !Number.isInteger(rondes) || rondes < 1) {
    process.stderr.write('bench ingest: gebruik: iwj bench ingest [aantal berichten] [--months m] [--fouten f] [--seed s] [--rondes r]\n');
    return 2;
  }
  const out = (t: string): boolean => process.stdout.write(`${t}\n`);
  const adminUrl = process.env['DATABASE_URL'] || process.env['TEST_PG_ADMIN_URL'] || STANDAARD_ADMIN_URL;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwj-bench-ingest-'));
  let database: WegwerpDatabase | undefined;
  try {
    // The region: enough clients for about n messages over the months, as `iwj generate` writes it;
    // the whole flow is ingested (cut short, it would lose the declaraties that come last).
    const clientsPerGemeente = Math.max(1, Math.ceil((n * 1.01) / (7 * berichtenPerClient(months))));
    const regio = streamRegion({ seed, clientsPerGemeente, months, faultRate });
    writeFixtures(dir, regio);
    const manifest = fs
      .readFileSync(path.join(dir, 'manifest.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ManifestRegel);
    // Read as `iwj ingest` reads files; one delivery per day of sending, in order.
    const dagen = new Map<string, Invoer[]>();
    for (const m of manifest) {
      const file = path.join(dir, m.file);
      const invoer = (await leesBestand(file, fs.readFileSync(file))) as Invoer;
      dagen.set(m.dagtekening, [...(dagen.get(m.dagtekening) ?? []), invoer]);
    }
    const bytes = [...dagen.values()].flat().flatMap((i) => ('bytes' in i ? [i.bytes] : []));
    const kB = bytes.reduce((s, b) => s + b.length, 0) / bytes.length / 1000;

    database = await maakWegwerpDatabase('bench_ingest', { adminUrl, poolSize: 4 });
    const registers = await laadRegisterMap(database, path.join(dir, 'registers'), 'bench');
    const eigen = await eigenGemeenten(configFromEnv({}), database);

    out(
      `bench ingest: ${fmt(manifest.length)} messages of a generated Noord-Limburg region (${clientsPerGemeente} new clients per gemeente, ` +
        `${months} month${months > 1 ? 's' : ''} and its declaraties; ${manifest.filter((m) => m.fault).length} with an injected fault), ${kB.toFixed(1)} kB on average`,
    );
    out(`  mix: ${mix(manifest.map((m) => m.type))}`);
    out(`  registers imported: ${registers.map((r) => `${r.register} ${fmt(r.rijen)}`).join(', ')}; ${dagen.size} daily deliveries`);
    out(`  PostgreSQL: throw-away database ${database.name} on ${database.where.replace(/\/[^/]*$/, '')}; ${machine()}`);

    const meting = nieuwePipelineMeting();
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (const [dag, invoer] of dagen) {
      const deps = { database, eigenGemeenten: eigen, vandaag: dag, outboxDir: path.join(dir, 'outbox'), meting };
      const ontvangen = await ontvang(deps, { bron: 'cli' }, invoer);
      await verwerk(
        deps,
        ontvangen.berichten.map((b) => b.berichtId),
      );
    }
    const ms = performance.now() - start;
    const cpuMs = (() => {
      const d = process.cpuUsage(cpu);
      return (d.user + d.system) / 1000;
    })();

    const statussen = (
      (await database.db.execute(
        sql`select status, count(*)::int as n from bericht where richting = 'in' group by status order by 2 desc`,
      )) as unknown as { rows: { status: string; n: number }[] }
    ).rows;
    const [uit] = ((await database.db.execute(sql`select count(*)::int as n from bericht where richting = 'uit'`)) as unknown as { rows: { n: number }[] }).rows;

    // Bare validation of the same bytes, in the same process, after the ingest.
    const bare = prepareBare(bytes);
    bareRound(bare);
    const kaal: number[] = [];
    for (let i = 0; i < rondes; i++) kaal.push(bareRound(bare));
    const ingestPs = perSecond(manifest.length, ms);
    const kaalPs = perSecond(bytes.length, median(kaal));

    out(`  ingest end-to-end (store, check, control, decide, retour): ${fmt(ingestPs).padStart(7)} messages/s (${(ms / 1000).toFixed(1)} s; this process busy ${Math.round((100 * cpuMs) / ms)}% of it, the rest waiting for PostgreSQL)`);
    out(`  bare libxml2-wasm validation of the same bytes:            ${fmt(kaalPs).padStart(7)} messages/s (median of ${rondes} rounds)`);
    out(`  ratio: ingest at ${((100 * ingestPs) / kaalPs).toFixed(1)}% of bare validation`);
    const stappen: PipelineStap[] = ['store', 'check', 'control', 'decide', 'retour'];
    const gemeten = stappen.reduce((s, st) => s + meting[st], 0);
    out(
      `  per stage (ms per message): ${stappen.map((st) => `${st} ${(meting[st] / manifest.length).toFixed(2)} (${Math.round((100 * meting[st]) / gemeten)}%)`).join(', ')}; ` +
        `other ${((ms - gemeten) / manifest.length).toFixed(2)}`,
    );
    out(`  outcome: ${statussen.map((s) => `${s.status} ${fmt(s.n)}`).join(', ')}; ${fmt(uit?.n ?? 0)} retours and outgoing messages`);
    return 0;
  } finally {
    await database?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

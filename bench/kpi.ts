/**
 * `npm run bench -- kpi [trajecten] [--houd]`: the KPI refresh at national-scale density. Bulk-loads
 * a region-year (default 1,000,000 trajecten, ~12 million prestaties: `kpi-data.ts`) into a fresh
 * PostgreSQL database, then times two full refreshes and prints the time, the facts read per second
 * and the time of every step. The database is dropped afterwards unless `--houd` is given.
 * The server: `BENCH_PG_ADMIN_URL` (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import os from 'node:os';
import pg from 'pg';
import { openDatabase } from '../src/db/client.js';
import { KpiRepository, type VerversUitkomst } from '../src/db/repositories/kpi.js';
import { RegisterRepository } from '../src/db/repositories/registers.js';
import { BENCH_PEILDATUM, benchBudgetafspraken, benchContracten, budgetBedragen, laadFeiten, secundaireIndexen } from './kpi-data.js';

const ADMIN_URL = process.env['BENCH_PG_ADMIN_URL'] ?? process.env['TEST_PG_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const belasting = (): string => os.loadavg().map((l) => l.toFixed(2)).join(' ');

async function admin(q: string): Promise<void> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(q);
  } finally {
    await c.end();
  }
}

export async function benchKpi(args: string[]): Promise<number> {
  const houd = args.includes('--houd');
  const aantal = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
  const naam = `iwj_bench_kpi_${Date.now().toString(36)}`;
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${naam}`);
  const out = (t: string): boolean => process.stdout.write(`${t}\n`);
  out(`bench kpi: ${aantal} trajecten in database ${naam} (${os.cpus().length} cores, belasting ${belasting()})`);
  await admin(`create database ${naam}`);
  try {
    const database = await openDatabase({ url, poolSize: 2 });
    const registers = new RegisterRepository(database.db);
    const contracten = benchContracten();
    const meta = { bestand: 'bench', sha256: 'bench', door: 'bench' };
    await registers.replace({ register: 'contracten', rows: contracten }, meta);
    await registers.replace({ register: 'budgetafspraken', rows: benchBudgetafspraken(contracten) }, meta);

    // Bulk load on one connection: without the secondary indexes and the foreign-key triggers (the data
    // is consistent by construction), indexes rebuilt afterwards, then vacuumed and analysed as
    // autovacuum would leave a production database.
    const laad = new pg.Client({ connectionString: url });
    await laad.connect();
    const begin = performance.now();
    try {
      await laad.query('set synchronous_commit = off');
      await laad.query('set session_replication_role = replica');
      await laad.query(`set work_mem = '256MB'`);
      await laad.query(`set maintenance_work_mem = '512MB'`);
      const indexen = await secundaireIndexen(laad);
      for (const i of indexen) await laad.query(`drop index ${i.naam}`);
      await laadFeiten(async (stap, q) => {
        const t = performance.now();
        const r = await laad.query(q);
        out(`  laden ${stap.padEnd(14)} ${String(r.rowCount ?? '').padStart(10)} rijen  ${s(performance.now() - t)}`);
      }, aantal);
      const t = performance.now();
      for (const i of indexen) await laad.query(i.definitie);
      out(`  ${indexen.length} indexen opnieuw opgebouwd  ${s(performance.now() - t)}`);
      await budgetBedragen(laad);
      await laad.query('set session_replication_role = origin');
      const v = performance.now();
      await laad.query('vacuum analyze');
      out(`  vacuum analyze  ${s(performance.now() - v)}`);
    } finally {
      await laad.end();
    }
    out(`geladen in ${s(performance.now() - begin)}`);

    const kpi = new KpiRepository(database.db);
    let laatste: VerversUitkomst | undefined;
    for (const ronde of ['eerste', 'tweede']) {
      const voor = belasting();
      const stappen: string[] = [];
      const r = await kpi.ververs({ peildatum: BENCH_PEILDATUM, door: 'bench', meet: (stap, ms) => stappen.push(`${stap} ${s(ms)}`) });
      const seconden = r.duurMs / 1000;
      out(
        `refresh (${ronde}): ${seconden.toFixed(1)} s voor ${r.trajecten} trajecten en ${r.prestaties} prestaties ` +
          `(${Math.round((r.trajecten + r.prestaties) / seconden)} feiten/s), ${r.rijen} rijen in de momentopname; ` +
          `belasting ervoor ${voor}, erna ${belasting()}`,
      );
      out(`  ${stappen.join(', ')}`);
      laatste = r;
    }
    out(`  momentopname per tabel: ${Object.entries(laatste!.rijenPerTabel).map(([t, n]) => `${t} ${n}`).join(', ')}`);
    await database.close();
  } finally {
    if (houd) out(`database ${naam} bewaard (${url})`);
    else await admin(`drop database if exists ${naam} with (force)`);
  }
  return 0;
}

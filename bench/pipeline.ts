/**
 * `npm run bench -- pipeline [n] [--workers 1,2] [--seed 1] [--cpu-prof[-dir d]]`: end-to-end throughput of
 * the production set-up — `iwj serve` (HTTP API) and `iwj work` processes on BullMQ (Redis) and
 * PostgreSQL — next to bare libxml2-wasm validation of the same bytes, in the same run.
 *
 * A region flow from the fixtures generator (301 → 305 → 323s → 307, 315s, both standards, 2% faulty
 * messages), its registers imported so the controls really run, is posted as VECOZO-like zips of 30
 * messages to `POST /api/v1/batches`, one after another, as fast as the API takes them; the clock
 * runs from the first POST until the last batch is marked processed (its `kpi-feiten` job). Each run
 * (1 worker, then 2) has a throw-away database of its own and a unique Redis key prefix on the
 * machine's Redis, both removed afterwards.
 *
 * Prints messages/s per run, the ratio to bare validation (target ≥ 25%), the latency from receipt
 * (`bericht.ontvangen_op`) to the retour (its `created_at`) from the database, and where the time
 * goes per stage, from the queues' own events (added → active → completed/delayed): jobs, work time,
 * busy share of the wall clock, queue wait, and for control the wait for earlier deliveries.
 * `--cpu-prof` runs the workers under `node --cpu-prof` and prints their CPU time per area of code;
 * `--cpu-prof-dir <dir>` keeps the profiles there (per run, for Chrome DevTools). `--control-apart`: with
 * two or more workers, the first serves only the control queue and the others the rest.
 */
import { bareRound, prepareBare, type BareCorpus } from './bare.js';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { QueueEvents } from 'bullmq';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.js';
import { ToegangRepository } from '../src/db/repositories/toegang.js';
import { maakWegwerpDatabase, STANDAARD_ADMIN_URL } from '../src/db/wegwerp.js';
import { generateRegion, writeFixtures, streamRegion, type GenerateOptions } from '../src/fixtures/index.js';
import { schrijfZip } from '../src/ingest/zip-schrijver.js';
import { laadRegisterMap } from '../src/pipeline/registers-laden.js';
import { STAGES, type Stage } from '../src/pipeline/wachtrij/jobs.js';
import { verwijderPrefix } from '../src/pipeline/wachtrij/opruimen.js';
import { STANDAARD_REDIS_URL, workerVerbinding } from '../src/pipeline/wachtrij/verbinding.js';
import { queueNaam } from '../src/pipeline/wachtrij/wachtrijen.js';
import { profielenIn, vatSamen } from './cpu-profiel.js';
import { IwjProces } from './iwj-proces.js';

/** About 2 minutes for the whole run (1 and 2 workers) on the project's 2-core machine. */
const STANDAARD_AANTAL = 8000;
const PER_ZIP = 30;
const DOEL = 0.25;
const VANDAAG = '2026-02-02';

interface Bericht {
  readonly naam: string;
  readonly bytes: Buffer;
  readonly type: string;
}

interface Regio {
  readonly dir: string;
  readonly berichten: readonly Bericht[];
  readonly clientsPerGemeente: number;
  opruimen(): void;
}

/** A region flow of (at least) n messages, written to a temporary directory; the first n, in send order. */
function maakRegio(n: number, seed: number): Regio {
  const opties = (c: number): GenerateOptions => ({ seed, clientsPerGemeente: c, months: 12, year: 2025, faultRate: 0.02 });
  let c = Math.max(1, Math.ceil(n / 40));
  for (let poging = 0; poging < 8; poging++) {
    let aantal = 0;
    for (const _ of streamRegion(opties(c)).berichten()) aantal++;
    if (aantal >= n) break;
    c = Math.ceil((c * n * 1.05) / Math.max(1, aantal)) + 1;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwj-bench-pijplijn-'));
  writeFixtures(dir, generateRegion(opties(c)));
  const berichtenDir = path.join(dir, 'berichten');
  const berichten = fs
    .readdirSync(berichtenDir)
    .sort()
    .slice(0, n)
    .map((naam) => ({ naam, bytes: fs.readFileSync(path.join(berichtenDir, naam)), type: naam.split('-')[1] ?? '?' }));
  return { dir, berichten, clientsPerGemeente: c, opruimen: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Bare validation (bench/bare.ts: libxml2-wasm parse + XSD of every message, nothing else), in messages/s. */
function kaleValidatie(kaal: BareCorpus): number {
  return kaal.bytes.length / (bareRound(kaal) / 1000);
}

type Gebeurtenis = { readonly soort: string; readonly ts: number };

/** Every job's events per stage, from the queues' event streams (the stream id is the moment, in ms). */
class JobGebeurtenissen {
  readonly perStage = new Map<Stage, Map<string, Gebeurtenis[]>>();
  private readonly luisteraars: QueueEvents[] = [];
  private readonly verbindingen: ReturnType<typeof workerVerbinding>[] = [];

  async start(redisUrl: string, prefix: string): Promise<void> {
    for (const stage of STAGES) {
      const jobs = new Map<string, Gebeurtenis[]>();
      this.perStage.set(stage, jobs);
      const verbinding = workerVerbinding(redisUrl);
      verbinding.on('error', () => {});
      this.verbindingen.push(verbinding);
      // A fresh prefix: reading from the start of the stream misses nothing.
      const q = new QueueEvents(queueNaam(stage), { connection: verbinding, prefix, lastEventId: '0-0' });
      q.on('error', () => {});
      for (const soort of ['added', 'waiting', 'active', 'completed', 'delayed', 'failed'] as const) {
        q.on(soort as 'added', (args: { jobId: string }, id: string) => {
          const l = jobs.get(args.jobId) ?? [];
          l.push({ soort, ts: Number(id.split('-')[0]) });
          jobs.set(args.jobId, l);
        });
      }
      await q.waitUntilReady();
      this.luisteraars.push(q);
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.luisteraars.map((q) => q.close()));
    for (const v of this.verbindingen) v.disconnect();
  }
}

interface StageCijfers {
  readonly stage: Stage;
  readonly jobs: number;
  readonly mislukt: number;
  /** Sum of the time jobs were active and finished (or failed), ms. */
  readonly werkMs: number;
  readonly werkPerJob: { p50: number; p99: number };
  /** From added until first picked up, ms. */
  readonly wachtrij: { p50: number; p99: number };
  /** From first picked up until last picked up (control: waiting for earlier deliveries), ms. */
  readonly volgorde: { p50: number; p99: number };
}

const perc = (l: readonly number[], p: number): number => {
  if (l.length === 0) return 0;
  const s = [...l].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
};

function stageCijfers(stage: Stage, jobs: Map<string, Gebeurtenis[]>): StageCijfers {
  const werk: number[] = [];
  const wachtrij: number[] = [];
  const volgorde: number[] = [];
  let mislukt = 0;
  let totaal = 0;
  for (const events of jobs.values()) {
    const e = [...events].sort((a, b) => a.ts - b.ts);
    const erbij = e.find((x) => x.soort === 'added' || x.soort === 'waiting');
    const actief = e.filter((x) => x.soort === 'active');
    if (!erbij || actief.length === 0) continue;
    let w = 0;
    for (const a of actief) {
      const eind = e.find((x) => x.ts >= a.ts && (x.soort === 'completed' || x.soort === 'failed' || x.soort === 'delayed'));
      if (eind && eind.soort !== 'delayed') w += eind.ts - a.ts;
      if (eind?.soort === 'failed') mislukt++;
    }
    if (!e.some((x) => x.soort === 'completed')) continue;
    werk.push(w);
    totaal += w;
    wachtrij.push(actief[0]!.ts - erbij.ts);
    volgorde.push(actief[actief.length - 1]!.ts - actief[0]!.ts);
  }
  const p = (l: number[]) => ({ p50: perc(l, 0.5), p99: perc(l, 0.99) });
  return { stage, jobs: werk.length, mislukt, werkMs: totaal, werkPerJob: p(werk), wachtrij: p(wachtrij), volgorde: p(volgorde) };
}

interface Meting {
  readonly werkers: number;
  readonly controlApart: boolean;
  readonly berichten: number;
  readonly seconden: number;
  readonly postSeconden: number;
  readonly postMs: { p50: number; p99: number };
  readonly latentie: { retours: number; p50: number; p99: number; max: number };
  readonly uitkomst: Record<string, number>;
  readonly stages: readonly StageCijfers[];
  readonly profiel?: ReturnType<typeof vatSamen>;
}

async function rijen<T>(database: Database, q: ReturnType<typeof sql>): Promise<T[]> {
  return ((await database.db.execute(q)) as unknown as { rows: T[] }).rows;
}

interface RunOpties {
  readonly werkers: number;
  readonly regio: Regio;
  readonly redisUrl: string;
  readonly adminUrl: string;
  readonly cpuProf: boolean;
  /** With 2 or more workers: the first serves only the control queue, the others every other queue. */
  readonly controlApart: boolean;
  /** Keep the worker profiles here (else a temporary directory, removed). */
  readonly profielDir?: string;
  readonly log: (regel: string) => void;
}

async function draai(o: RunOpties): Promise<Meting> {
  const database = await maakWegwerpDatabase(`bench_pijplijn_${o.werkers}`, { adminUrl: o.adminUrl, poolSize: 2 });
  const prefix = `iwjbench-${randomBytes(4).toString('hex')}`;
  const profielDir = o.profielDir ? path.join(o.profielDir, `${o.werkers}-workers`) : o.cpuProf ? fs.mkdtempSync(path.join(os.tmpdir(), 'iwj-bench-profiel-')) : undefined;
  if (o.profielDir) fs.mkdirSync(profielDir!, { recursive: true });
  const processen: IwjProces[] = [];
  const gebeurtenissen = new JobGebeurtenissen();
  try {
    await laadRegisterMap(database, path.join(o.regio.dir, 'registers'), 'bench');
    const { sleutel } = await new ToegangRepository(database.db).maakApiKey('vecozo', ['aanleveren', 'lezen']);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      REDIS_URL: o.redisUrl,
      QUEUE: 'bullmq',
      IWJ_QUEUE_PREFIX: prefix,
      IWJ_VANDAAG: VANDAAG,
      IWJ_GEMEENTEN: '',
      IWJ_OUTBOX: path.join(o.regio.dir, `outbox-${o.werkers}`),
      IWJ_INBOX: '-',
      IWJ_WERKERS: '',
      IWJ_METRICS_PORT: '',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    };
    const serve = new IwjProces('iwj serve', ['serve'], env);
    processen.push(serve);
    for (let i = 0; i < o.werkers; i++) {
      const queues = !o.controlApart || o.werkers < 2 ? [] : i === 0 ? ['--queues', 'control'] : ['--queues', 'validate,decide,retour,kpi'];
      processen.push(new IwjProces(`iwj work #${i + 1}`, ['work', ...queues], env, profielDir ? ['--cpu-prof', `--cpu-prof-dir=${profielDir}`] : []));
    }
    const url = String((await serve.wachtOp('iwj serve luistert')).url);
    await Promise.all(processen.slice(1).map((p) => p.wachtOp('iwj work gestart')));
    await gebeurtenissen.start(o.redisUrl, prefix);

    const berichten = o.regio.berichten;
    const zips: Buffer[] = [];
    for (let i = 0; i < berichten.length; i += PER_ZIP) zips.push(schrijfZip(berichten.slice(i, i + PER_ZIP).map((b) => ({ naam: b.naam, bytes: b.bytes }))));

    const t0 = Date.now();
    const postMs: number[] = [];
    for (const [i, zip] of zips.entries()) {
      const s = performance.now();
      const r = await fetch(`${url}/api/v1/batches`, {
        method: 'POST',
        headers: { authorization: `Bearer ${sleutel}`, 'content-type': 'application/zip', 'content-disposition': `attachment; filename="levering-${i + 1}.zip"` },
        body: zip,
      });
      const body = await r.text();
      if (r.status !== 202) throw new Error(`POST /api/v1/batches (zip ${i + 1}): ${r.status} ${body.slice(0, 300)}`);
      postMs.push(performance.now() - s);
    }
    const gepost = Date.now();

    // Until every batch is marked processed: each message reached its final state (or waits for a person).
    const maxMs = Math.max(600_000, berichten.length * 200);
    for (let laatst = 0; ; ) {
      const [r] = await rijen<{ open: number; n: number }>(database, sql`select count(*) filter (where verwerkt_op is null)::int as open, count(*)::int as n from batch`);
      if (r!.n === zips.length && r!.open === 0) break;
      if (Date.now() - t0 > maxMs) {
        throw new Error(`na ${Math.round(maxMs / 1000)} s nog ${r!.open} van ${r!.n} batches niet verwerkt\n${processen.map((p) => `--- ${p.naam}\n${p.staart()}`).join('\n')}`);
      }
      if (Date.now() - laatst > 15_000) {
        laatst = Date.now();
        o.log(`  … ${o.werkers} worker${o.werkers > 1 ? 's' : ''}: ${r!.n - r!.open}/${zips.length} batches verwerkt na ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      }
      await new Promise((res) => setTimeout(res, 100));
    }
    const [eind] = await rijen<{ ms: string }>(database, sql`select extract(epoch from max(verwerkt_op)) * 1000 as ms from batch`);
    const seconden = (Number(eind!.ms) - t0) / 1000;
    const [lat] = await rijen<{ n: number; p50: number | null; p99: number | null; max: number | null }>(
      database,
      sql`select count(*)::int as n,
            percentile_cont(0.5) within group (order by extract(epoch from r.created_at - h.ontvangen_op)) as p50,
            percentile_cont(0.99) within group (order by extract(epoch from r.created_at - h.ontvangen_op)) as p99,
            max(extract(epoch from r.created_at - h.ontvangen_op)) as max
          from bericht h join bericht r on r.antwoord_op = h.id and r.richting = 'uit'
          where h.richting = 'in'`,
    );
    const uitkomst = Object.fromEntries(
      (await rijen<{ status: string; n: number }>(database, sql`select status, count(*)::int as n from bericht where richting = 'in' group by 1 order by 2 desc`)).map((r) => [r.status, r.n]),
    );
    // The last events (the final kpi job's completion) may still be on their way.
    await new Promise((res) => setTimeout(res, 500));
    const stages = STAGES.map((s) => stageCijfers(s, gebeurtenissen.perStage.get(s)!));
    for (const p of processen) await p.stop();
    const profiel = profielDir ? vatSamen(profielenIn(profielDir)) : undefined;
    return {
      werkers: o.werkers,
      controlApart: o.controlApart && o.werkers >= 2,
      berichten: berichten.length,
      seconden,
      postSeconden: (gepost - t0) / 1000,
      postMs: { p50: perc(postMs, 0.5), p99: perc(postMs, 0.99) },
      latentie: { retours: lat!.n, p50: Number(lat!.p50 ?? 0), p99: Number(lat!.p99 ?? 0), max: Number(lat!.max ?? 0) },
      uitkomst,
      stages,
      ...(profiel ? { profiel } : {}),
    };
  } finally {
    for (const p of processen) await p.stop();
    await gebeurtenissen.stop();
    await verwijderPrefix(o.redisUrl, prefix);
    await database.drop();
    if (profielDir && !o.profielDir) fs.rmSync(profielDir, { recursive: true, force: true });
  }
}

const s1 = (ms: number): string => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);

function meldMeting(m: Meting, kaal: number, out: (regel: string) => void): void {
  const perS = m.berichten / m.seconden;
  const w = `${m.werkers} worker${m.werkers > 1 ? 's' : ''}${m.controlApart ? ' (control apart)' : ''}`;
  out(
    `${w}: end-to-end ${perS.toFixed(1)} msgs/s (${m.berichten} in ${m.seconden.toFixed(1)} s), ${((perS / kaal) * 100).toFixed(1)}% of bare validation (target ≥ ${DOEL * 100}%)`,
  );
  out(`  api: ${Math.ceil(m.berichten / PER_ZIP)} POSTs of a zip of ${PER_ZIP} in ${m.postSeconden.toFixed(1)} s (p50 ${m.postMs.p50.toFixed(0)} ms, p99 ${m.postMs.p99.toFixed(0)} ms per zip)`);
  out(`  latency receipt → retour: p50 ${m.latentie.p50.toFixed(1)} s, p99 ${m.latentie.p99.toFixed(1)} s, max ${m.latentie.max.toFixed(1)} s (${m.latentie.retours} retours; everything posted at once, so this includes waiting behind the backlog)`);
  out(`  outcome: ${Object.entries(m.uitkomst).map(([s, n]) => `${s} ${n}`).join(', ')}`);
  out(`  stage      jobs  work s  busy %  work/job p50/p99 ms  queue wait p50/p99 s  order wait p50/p99 s`);
  for (const s of m.stages) {
    if (s.jobs === 0) {
      out(`  ${s.stage.padEnd(9)} ${'0'.padStart(5)}  (no jobs${s.stage === 'decide' ? ': a 323 is decided inside control; decide only takes a person\'s decisions' : ''})`);
      continue;
    }
    out(
      `  ${s.stage.padEnd(9)} ${String(s.jobs).padStart(5)} ${s1(s.werkMs).padStart(7)} ${((s.werkMs / 1000 / m.seconden) * 100).toFixed(0).padStart(6)}  ` +
        `${`${s.werkPerJob.p50.toFixed(0)}/${s.werkPerJob.p99.toFixed(0)}`.padStart(19)}  ${`${s1(s.wachtrij.p50)}/${s1(s.wachtrij.p99)}`.padStart(20)}  ${`${s1(s.volgorde.p50)}/${s1(s.volgorde.p99)}`.padStart(20)}` +
        (s.mislukt ? `  (${s.mislukt} failed attempts)` : ''),
    );
  }
  if (m.profiel) {
    const p = m.profiel;
    out(`  worker CPU (--cpu-prof): ${s1(p.bezigMs)} s busy, ${s1(p.idleMs)} s idle; self time per area:`);
    for (const g of p.gebieden.slice(0, 14)) out(`    ${g.gebied.padEnd(28)} ${s1(g.ms).padStart(7)} s  ${((g.ms / p.bezigMs) * 100).toFixed(1).padStart(5)}%`);
    out('  costliest functions (self time):');
    for (const f of p.functies.slice(0, 15)) out(`    ${f.functie.slice(0, 60).padEnd(60)} ${s1(f.ms).padStart(7)} s  ${((f.ms / p.bezigMs) * 100).toFixed(1).padStart(5)}%`);
  }
}

export async function benchPipeline(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { workers: { type: 'string' }, seed: { type: 'string' }, 'cpu-prof': { type: 'boolean' }, 'cpu-prof-dir': { type: 'string' }, 'control-apart': { type: 'boolean' } },
  });
  const n = Number(positionals[0] ?? STANDAARD_AANTAL);
  const werkers = (values.workers ?? '1,2').split(',').map(Number);
  const seed = Number(values.seed ?? 1);
  if (!Number.isInteger(n) || n < 1 || !werkers.every((w) => Number.isInteger(w) && w >= 1) || !Number.isInteger(seed)) {
    process.stderr.write('bench pipeline: [n berichten] [--workers 1,2] [--control-apart] [--seed N] [--cpu-prof] [--cpu-prof-dir dir]\n');
    return 2;
  }
  const out = (regel: string) => process.stdout.write(`${regel}\n`);
  const redisUrl = process.env['REDIS_URL'] ?? STANDAARD_REDIS_URL;
  const adminUrl = process.env['TEST_PG_ADMIN_URL'] ?? STANDAARD_ADMIN_URL;

  const g0 = performance.now();
  const regio = maakRegio(n, seed);
  try {
    const perType = new Map<string, number>();
    for (const b of regio.berichten) perType.set(b.type.replace(/^(WMO|JW)/, ''), (perType.get(b.type.replace(/^(WMO|JW)/, '')) ?? 0) + 1);
    const kb = regio.berichten.reduce((s, b) => s + b.bytes.length, 0) / regio.berichten.length / 1024;
    out(
      `pipeline: ${regio.berichten.length} messages of a generated region flow (7 gemeenten × ${regio.clientsPerGemeente} clients, 12 months, iWmo and iJw, 2% faulty; ` +
        `${[...perType].sort().map(([t, k]) => `${t} ${k}`).join(', ')}; ${kb.toFixed(1)} kB avg), ${Math.ceil(regio.berichten.length / PER_ZIP)} zips of ${PER_ZIP}; generated in ${((performance.now() - g0) / 1000).toFixed(1)} s`,
    );
    const corpus = prepareBare(regio.berichten.map((b) => b.bytes));
    kaleValidatie(corpus); // warm: schemas compiled, code optimised
    const rondes = [kaleValidatie(corpus)];
    const metingen: Meting[] = [];
    for (const w of werkers) {
      metingen.push(await draai({ werkers: w, regio, redisUrl, adminUrl, cpuProf: (values['cpu-prof'] ?? false) || !!values['cpu-prof-dir'],
        controlApart: values['control-apart'] ?? false, ...(values['cpu-prof-dir'] ? { profielDir: path.resolve(values['cpu-prof-dir']) } : {}), log: out }));
      rondes.push(kaleValidatie(corpus));
    }
    const kaal = perc(rondes, 0.5);
    out(`bare validation (libxml2-wasm parse + XSD, same bytes, this process): ${kaal.toFixed(0)} msgs/s (median of ${rondes.length} rounds around the runs: ${rondes.map((r) => r.toFixed(0)).join(', ')})`);
    for (const m of metingen) meldMeting(m, kaal, out);
    const beste = metingen.reduce((a, b) => (b.berichten / b.seconden > a.berichten / a.seconden ? b : a));
    const ratio = beste.berichten / beste.seconden / kaal;
    out(`ratio: ${(ratio * 100).toFixed(1)}% of bare validation with ${beste.werkers} worker${beste.werkers > 1 ? 's' : ''} (target ≥ ${DOEL * 100}%: ${ratio >= DOEL ? 'met' : 'not met'})`);
    return 0;
  } finally {
    regio.opruimen();
  }
}

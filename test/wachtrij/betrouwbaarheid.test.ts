/**
 * Surviving faults, against real PostgreSQL and Redis: a worker process killed with SIGKILL at random
 * points, Redis restarted mid-batch, PostgreSQL connections dropped. Each time every message must end
 * processed exactly once: the same outcome as processing the same deliveries in process without any
 * fault, no lost messages, no duplicate facts or retours.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ToegangRepository } from '../../src/db/repositories/toegang.js';
import { ontvang, verwerk } from '../../src/pipeline/inline.js';
import type { StageDeps } from '../../src/pipeline/stages.js';
import { berichtUitkomsten } from '../../src/pipeline/uitkomst.js';
import { wachtrijAanlevering } from '../../src/pipeline/wachtrij/aanlevering.js';
import { startReconciler } from '../../src/pipeline/wachtrij/reconciler.js';
import { producerVerbinding } from '../../src/pipeline/wachtrij/verbinding.js';
import { Wachtrijen } from '../../src/pipeline/wachtrij/wachtrijen.js';
import { startWerkers } from '../../src/pipeline/wachtrij/werkers.js';
import { buildApp } from '../../src/server/app.js';
import { batchRoutes } from '../../src/server/batch-routes.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';
import { leesBerichten, schrijfRegio, testDeps, type GeschrevenRegio } from '../pipeline/regio.js';
import { REDIS_URL, ruimOp, uniekPrefix, wachtTotVerwerkt } from './helpers.js';

const GEMEENTEN = ['0889', '0893', '0907', '1507', '1894', '0983', '0984'];

type Bericht = { naam: string; bytes: Buffer };
type Uitkomsten = Record<string, unknown>;

/** Everything that must come out the same, keyed by file name (ids differ between databases). */
async function uitkomsten(t: TestDatabase, berichten: readonly { berichtId: number; naam: string; herhaling: boolean }[]): Promise<Uitkomsten> {
  const u = await berichtUitkomsten(t, berichten);
  return Object.fromEntries(
    u.map((x) => [
      x.json.file,
      {
        status: x.json.status,
        stage: x.json.stage,
        retour: x.json.retour?.type ?? null,
        codes: x.json.retourcodes,
        regels: x.json.errors.map((e) => `${e.rule}@${e.path}`).sort(),
        besluiten: x.json.decisions?.map((d) => `${d.referentieNummer}:${d.status}:${d.retourcodes.join('+')}`) ?? null,
      },
    ]),
  );
}

/** Row counts of every table that facts, findings and retours go into. */
async function tellingen(t: TestDatabase): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const q = async (naam: string, query: string) => {
    const r = await t.db.execute(sql.raw(query));
    out[naam] = Number((r as unknown as { rows: { n: string | number }[] }).rows[0]!.n);
  };
  for (const tabel of ['bevinding', 'toewijzing', 'start_product', 'stop_product', 'declaratie', 'prestatie', 'beslissing', 'verzoek']) {
    await q(tabel, `select count(*) as n from ${tabel}`);
  }
  await q('bericht-in', `select count(*) as n from bericht where richting = 'in'`);
  await q('retour', `select count(*) as n from bericht where richting = 'uit'`);
  await q('retour-dubbel', `select count(*) as n from (select antwoord_op from bericht where richting = 'uit' group by antwoord_op, berichttype having count(*) > 1) d`);
  return out;
}

async function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
    s.on('error', reject);
  });
}

async function wacht(ms: number): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

/** A seeded sequence for the kill moments, so a failure can be replayed. */
function willekeurig(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('surviving faults (real PostgreSQL and Redis)', () => {
  let regio: GeschrevenRegio;
  let berichten: Bericht[];
  let referentie: TestDatabase;
  let verwacht: { uitkomsten: Uitkomsten; tellingen: Record<string, number> };

  beforeAll(async () => {
    regio = schrijfRegio({ seed: 2026, gemeenten: GEMEENTEN, clientsPerGemeente: 260, months: 5, faultRate: 0.05, year: 2025 });
    berichten = leesBerichten(regio.berichtenDir);
    // The outcome without faults: the same deliveries processed in process.
    referentie = await createTestDatabase('fout_ref');
    const deps = await testDeps(referentie, regio, GEMEENTEN);
    const o = await ontvang(deps, { bron: 'cli' }, berichten);
    await verwerk(deps, o.berichten.map((b) => b.berichtId));
    verwacht = { uitkomsten: await uitkomsten(referentie, o.berichten), tellingen: await tellingen(referentie) };
  }, 600_000);

  afterAll(async () => {
    await referentie?.drop();
    regio?.opruimen();
  });

  it('has a batch of at least 5,000 messages to work with', () => {
    expect(berichten.length).toBeGreaterThanOrEqual(5000);
    expect(verwacht.tellingen['retour-dubbel']).toBe(0);
  });

  it('processes a 5,000-message batch exactly once while its worker process is killed (SIGKILL) at random points', async () => {
    const t = await createTestDatabase('fout_kill');
    const prefix = uniekPrefix('kill');
    const verbinding = producerVerbinding(REDIS_URL);
    const wachtrijen = new Wachtrijen(verbinding, prefix);
    let werker: ChildProcess | undefined;
    const logs: string[] = [];
    const startWerker = (): ChildProcess => {
      const c = spawn(process.execPath, [path.resolve('bin/iwj.mjs'), 'work'], {
        env: { ...process.env, DATABASE_URL: t.url, REDIS_URL, IWJ_QUEUE_PREFIX: prefix, IWJ_LOCK_MS: '3000', IWJ_VANDAAG: '2026-11-22', IWJ_GEMEENTEN: GEMEENTEN.join(','), IWJ_OUTBOX: path.join(regio.dir, 'outbox-kill'), LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      c.stdout!.on('data', (d) => logs.push(String(d)));
      c.stderr!.on('data', (d) => logs.push(String(d)));
      return c;
    };
    try {
      const deps: StageDeps = await testDeps(t, regio, GEMEENTEN);
      const aanlevering = wachtrijAanlevering(deps, wachtrijen);
      const o = await aanlevering.ontvang({ bron: 'cli' }, berichten);
      expect(o.berichten.length).toBe(berichten.length);
      await aanlevering.start(o.berichten.map((b) => b.berichtId));

      const r = willekeurig(424242);
      for (let kill = 0; kill < 4; kill++) {
        werker = startWerker();
        await wacht(1500 + Math.floor(r() * 3500));
        werker.kill('SIGKILL');
        await new Promise((res) => werker!.once('exit', res));
      }
      werker = startWerker();
      await wachtTotVerwerkt(t, [o.batchId], 300_000);

      expect(await tellingen(t)).toEqual(verwacht.tellingen);
      expect(await uitkomsten(t, o.berichten)).toEqual(verwacht.uitkomsten);
    } catch (e) {
      throw new Error(`${(e as Error).message}\n--- worker logs ---\n${logs.join('').slice(-4000)}`, { cause: e });
    } finally {
      werker?.kill('SIGTERM');
      if (werker && werker.exitCode === null) await new Promise((res) => werker!.once('exit', res));
      await wachtrijen.sluit();
      verbinding.disconnect();
      await ruimOp(prefix);
      await t.drop();
    }
  }, 600_000);

  it('answers 503 while Redis is down, keeps what was delivered, and processes it when Redis is back', async () => {
    const t = await createTestDatabase('fout_redis');
    const poort = await vrijePoort();
    const url = `redis://127.0.0.1:${poort}`;
    const startRedis = async (): Promise<ChildProcess> => {
      const r = spawn('redis-server', ['--port', String(poort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      for (let i = 0; i < 50; i++) {
        if (await new Promise<boolean>((res) => net.connect(poort, '127.0.0.1').on('connect', function (this: net.Socket) { this.end(); res(true); }).on('error', () => res(false)))) return r;
        await wacht(100);
      }
      throw new Error('redis-server did not start');
    };
    let redis = await startRedis();
    const prefix = uniekPrefix('redis');
    const verbinding = producerVerbinding(url);
    verbinding.on('error', () => {});
    const wachtrijen = new Wachtrijen(verbinding, prefix);
    const deps: StageDeps = await testDeps(t, regio, GEMEENTEN);
    const werkers = startWerkers({ ...deps, wachtrijen }, { redisUrl: url, prefix, lockMs: 3000 });
    const reconciler = startReconciler(deps, wachtrijen, { intervalMs: 500, ouderDanSeconden: 1 });
    const app = await buildApp({ database: t, api: [batchRoutes({ database: t, aanlevering: wachtrijAanlevering(deps, wachtrijen) })] });
    try {
      const { sleutel } = await new ToegangRepository(t.db).maakApiKey('vecozo');
      const stuur = async (l: readonly Bericht[]) =>
        app.inject({ method: 'POST', url: '/api/v1/batches', headers: { authorization: `Bearer ${sleutel}`, 'content-type': 'multipart/form-data; boundary=grens' }, payload: multipart(l) });
      const leveringen: Bericht[][] = [];
      for (let i = 0; i < 1200; i += 30) leveringen.push(berichten.slice(i, i + 30));
      const batchIds: number[] = [];
      const statussen: number[] = [];
      for (const [i, l] of leveringen.entries()) {
        if (i === 14) {
          redis.kill('SIGKILL'); // by its pid: never the machine's shared Redis
          await new Promise((res) => redis.once('exit', res));
        }
        if (i === 28) {
          redis = await startRedis();
          // The connections come back by themselves (reconnect with backoff).
          for (let w = 0; w < 100 && verbinding.status !== 'ready'; w++) await wacht(100);
        }
        const r = await stuur(l);
        statussen.push(r.statusCode);
        batchIds.push((r.json() as { batch: number }).batch);
      }
      // While Redis was down: 503, and still stored (the body names the batch).
      expect(statussen.slice(0, 14), JSON.stringify(statussen)).toEqual(Array(14).fill(202));
      expect(statussen.slice(14, 28), JSON.stringify(statussen)).toEqual(Array(14).fill(503));
      expect(statussen.slice(28), JSON.stringify(statussen)).toEqual(Array(statussen.length - 28).fill(202));
      expect(batchIds.every((b) => Number.isInteger(b))).toBe(true);
      await wachtTotVerwerkt(t, batchIds, 240_000);
      const telling = await tellingen(t);
      expect(telling['bericht-in']).toBe(new Set(leveringen.flat().map((b) => b.naam)).size);
      expect(telling['retour-dubbel']).toBe(0);
      // Every message that needs a retour has exactly one.
      const zonder = await t.db.execute(sql`
        select count(*)::int as n from bericht h where h.richting = 'in' and h.berichttype ~ '(305|307|315|317|323)$'
          and h.status not in ('technisch-afgekeurd', 'in-onderzoek')
          and not exists (select 1 from bericht r where r.antwoord_op = h.id and r.richting = 'uit')`);
      expect((zonder as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
    } finally {
      await app.close();
      await reconciler.stop();
      await werkers.sluit();
      await wachtrijen.sluit();
      verbinding.disconnect();
      redis.kill('SIGKILL');
      await t.drop();
    }
  }, 600_000);

  it('retries a stage whose PostgreSQL connections are dropped, and writes nothing half', async () => {
    const t = await createTestDatabase('fout_pg');
    const prefix = uniekPrefix('pg');
    const verbinding = producerVerbinding(REDIS_URL);
    const wachtrijen = new Wachtrijen(verbinding, prefix);
    const deps: StageDeps = await testDeps(t, regio, GEMEENTEN);
    const log: string[] = [];
    const werkers = startWerkers(
      { ...deps, wachtrijen },
      {
        redisUrl: REDIS_URL,
        prefix,
        lockMs: 3000,
        onFout: (stage, job, fout) => log.push(`${new Date().toISOString()} ${stage} ${job?.id} poging ${job?.attemptsMade}: ${fout.message.slice(0, 80)}`),
        onKlaar: (stage, job, ms) => log.push(`${new Date().toISOString()} ${stage} ${job.id} klaar in ${ms} ms`),
      },
    );
    const beheer = await createTestDatabase('fout_pg_beheer');
    try {
      const aanlevering = wachtrijAanlevering(deps, wachtrijen);
      const o = await aanlevering.ontvang({ bron: 'cli' }, berichten);
      await aanlevering.start(o.berichten.map((b) => b.berichtId));
      // Cut every connection of the pipeline to its database, a few times, while it works.
      for (let i = 0; i < 5; i++) {
        await wacht(1200);
        await beheer.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${t.name} and pid <> pg_backend_pid()`);
      }
      await wachtTotVerwerkt(t, [o.batchId], 300_000).catch((e: Error) => {
        throw new Error(`${e.message}\n${log.join('\n')}`, { cause: e });
      });
      expect(await tellingen(t)).toEqual(verwacht.tellingen);
      expect(await uitkomsten(t, o.berichten)).toEqual(verwacht.uitkomsten);
    } finally {
      await werkers.sluit();
      await wachtrijen.sluit();
      verbinding.disconnect();
      await ruimOp(prefix);
      await beheer.drop();
      await t.drop();
    }
  }, 600_000);
});

/** A multipart body with one XML part per message. */
function multipart(berichten: readonly Bericht[]): Buffer {
  const delen: Buffer[] = [];
  for (const b of berichten) {
    delen.push(Buffer.from(`--grens\r\nContent-Disposition: form-data; name="bericht"; filename="${b.naam}"\r\nContent-Type: application/xml\r\n\r\n`));
    delen.push(b.bytes);
    delen.push(Buffer.from('\r\n'));
  }
  delen.push(Buffer.from('--grens--\r\n'));
  return Buffer.concat(delen);
}

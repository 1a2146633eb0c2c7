/**
 * Control judges deliveries in the order they arrived. A control job whose earlier deliveries are
 * validated but still wait for their own control job controls them first, in order, and puts their
 * retour jobs on the queue; while an earlier delivery is still being validated, it waits (real Redis
 * and PostgreSQL; the handler is called directly, no worker runs).
 */
import type { Job } from 'bullmq';
import { DelayedError } from 'bullmq';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beantwoordBatch, valideerBatch } from '../../src/pipeline/batch.js';
import { ontvang, verwerk } from '../../src/pipeline/inline.js';
import type { StageDeps } from '../../src/pipeline/stages.js';
import { berichtUitkomsten } from '../../src/pipeline/uitkomst.js';
import { producerVerbinding } from '../../src/pipeline/wachtrij/verbinding.js';
import { Wachtrijen } from '../../src/pipeline/wachtrij/wachtrijen.js';
import { handlers } from '../../src/pipeline/wachtrij/werkers.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';
import { leesBerichten, schrijfRegio, testDeps, type GeschrevenRegio } from '../pipeline/regio.js';
import { REDIS_URL, ruimOp, uniekPrefix } from './helpers.js';

const GEMEENTEN = ['0983', '0984'];

function controleJob(batchId: number, vertraagd: number[]): Job {
  return {
    id: `control-controleer-batch-b${batchId}`,
    data: { batchId },
    timestamp: Date.now(),
    moveToDelayed: async (tot: number) => {
      vertraagd.push(tot);
    },
  } as unknown as Job;
}

async function wachtOpControle(t: TestDatabase, batchId: number): Promise<number> {
  const r = await t.db.execute(sql`select count(*)::int as n from bericht where batch_id = ${batchId} and fase = 'gevalideerd' and status = 'gevalideerd'`);
  return (r as unknown as { rows: { n: number }[] }).rows[0]!.n;
}

describe('control in the order deliveries arrived', () => {
  let regio: GeschrevenRegio;
  let leveringen: { naam: string; bytes: Buffer }[][];
  let prefix: string;
  let wachtrijen: Wachtrijen;
  const databases: TestDatabase[] = [];

  beforeAll(async () => {
    regio = schrijfRegio({ seed: 31, gemeenten: GEMEENTEN, clientsPerGemeente: 5, months: 3, faultRate: 0.1, year: 2025 });
    const berichten = leesBerichten(regio.berichtenDir);
    const derde = Math.ceil(berichten.length / 3);
    leveringen = [berichten.slice(0, derde), berichten.slice(derde, 2 * derde), berichten.slice(2 * derde)];
    prefix = uniekPrefix('volgorde');
    wachtrijen = new Wachtrijen(producerVerbinding(REDIS_URL), prefix);
  }, 120_000);

  afterAll(async () => {
    await wachtrijen?.sluit();
    wachtrijen?.verbinding.disconnect();
    await ruimOp(prefix);
    for (const t of databases) await t.drop();
    regio?.opruimen();
  });

  async function opzet(label: string): Promise<{ t: TestDatabase; deps: StageDeps; batches: number[]; ontvangen: Awaited<ReturnType<typeof ontvang>>[] }> {
    const t = await createTestDatabase(label);
    databases.push(t);
    const deps = await testDeps(t, regio, GEMEENTEN);
    const ontvangen = [];
    for (const l of leveringen) ontvangen.push(await ontvang(deps, { bron: 'cli' }, l));
    return { t, deps, batches: ontvangen.map((o) => o.batchId), ontvangen };
  }

  it('controls the validated earlier deliveries first, in order, to the same outcome as in process', async () => {
    const { t, deps, batches, ontvangen } = await opzet('volgorde');
    for (const b of batches) await valideerBatch(deps, b);
    const vertraagd: number[] = [];
    await handlers({ ...deps, wachtrijen }).control['controleer-batch']!(controleJob(batches[2]!, vertraagd), 'token');
    expect(vertraagd).toEqual([]);
    for (const b of batches) {
      expect(await wachtOpControle(t, b)).toBe(0);
      expect(await wachtrijen.queues.retour.getJob(`retour-beantwoord-batch-b${b}`), `retour job of batch ${b}`).toBeTruthy();
    }
    for (const b of batches) await beantwoordBatch(deps, b);

    const inline = await opzet('volgorde_inline');
    for (const o of inline.ontvangen) await verwerk(inline.deps, o.berichten.map((b) => b.berichtId));
    const uitkomst = async (d: TestDatabase, o: typeof ontvangen) =>
      Object.fromEntries((await berichtUitkomsten(d, o.flatMap((x) => x.berichten))).map((u) => [u.json.file, [u.json.status, u.json.retourcodes, u.json.errors.map((e) => e.rule).sort()]]));
    expect(await uitkomst(t, ontvangen)).toEqual(await uitkomst(inline.t, inline.ontvangen));
  }, 300_000);

  it('waits, controlling nothing, while an earlier delivery is still being validated', async () => {
    const { t, deps, batches } = await opzet('volgorde_wacht');
    await valideerBatch(deps, batches[1]!);
    await valideerBatch(deps, batches[2]!);
    const vertraagd: number[] = [];
    await expect(handlers({ ...deps, wachtrijen }).control['controleer-batch']!(controleJob(batches[2]!, vertraagd), 'token')).rejects.toBeInstanceOf(DelayedError);
    expect(vertraagd).toHaveLength(1);
    expect(await wachtOpControle(t, batches[1]!)).toBeGreaterThan(0);
    expect(await wachtOpControle(t, batches[2]!)).toBeGreaterThan(0);
  }, 300_000);
});

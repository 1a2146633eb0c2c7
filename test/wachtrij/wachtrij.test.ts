import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ontvang, verwerk } from '../../src/pipeline/inline.js';
import { berichtUitkomsten } from '../../src/pipeline/uitkomst.js';
import { wachtrijAanlevering } from '../../src/pipeline/wachtrij/aanlevering.js';
import { controleerHandlers, handlers, startWerkers, type Werkers } from '../../src/pipeline/wachtrij/werkers.js';
import { producerVerbinding } from '../../src/pipeline/wachtrij/verbinding.js';
import { Wachtrijen } from '../../src/pipeline/wachtrij/wachtrijen.js';
import type { StageDeps } from '../../src/pipeline/stages.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';
import { leesBerichten, schrijfRegio, testDeps, type GeschrevenRegio } from '../pipeline/regio.js';
import { REDIS_URL, ruimOp, uniekPrefix, wachtTotVerwerkt } from './helpers.js';

/** The outcome of every message, independent of ids: file → status, stage, retourcodes, rules. */
async function uitkomstPerBestand(t: TestDatabase, berichten: { berichtId: number; naam: string; herhaling: boolean }[]) {
  const u = await berichtUitkomsten(t, berichten);
  return Object.fromEntries(u.map((x) => [x.json.file, { status: x.json.status, stage: x.json.stage, retour: x.json.retour?.type ?? null, codes: x.json.retourcodes, regels: x.json.errors.map((e) => e.rule).sort() }]));
}

describe('the pipeline on BullMQ queues (real Redis and PostgreSQL)', () => {
  let regio: GeschrevenRegio;
  let viaQueue: TestDatabase;
  let inline: TestDatabase;
  let prefix: string;
  let werkers: Werkers;
  let wachtrijen: Wachtrijen;
  let deps: StageDeps;

  beforeAll(async () => {
    regio = schrijfRegio({ seed: 99, gemeenten: ['0907', '1894'], clientsPerGemeente: 5, months: 3, faultRate: 0.2, year: 2025 });
    viaQueue = await createTestDatabase('wachtrij');
    inline = await createTestDatabase('wachtrij_inline');
    deps = await testDeps(viaQueue, regio, ['0907', '1894']);
    prefix = uniekPrefix('basis');
    const verbinding = producerVerbinding(REDIS_URL);
    wachtrijen = new Wachtrijen(verbinding, prefix);
    werkers = startWerkers({ ...deps, wachtrijen }, { redisUrl: REDIS_URL, prefix, concurrency: 2 });
  }, 120_000);

  afterAll(async () => {
    await werkers?.sluit();
    await wachtrijen?.sluit();
    wachtrijen?.verbinding.disconnect();
    await ruimOp(prefix);
    await viaQueue?.drop();
    await inline?.drop();
    regio?.opruimen();
  });

  it('refuses to start a worker whose queue has a job without a handler', () => {
    const h = handlers({ ...deps, wachtrijen });
    expect(() => controleerHandlers(h, ['validate', 'control', 'decide', 'retour', 'kpi'])).not.toThrow();
    expect(() => controleerHandlers({ ...h, kpi: { 'kpi-feiten': h.kpi['kpi-feiten']! } }, ['kpi'])).toThrow(/kpi-refresh/);
  });

  it('processes deliveries through validate → control → retour → kpi jobs to the same outcome as in process', async () => {
    const aanlevering = wachtrijAanlevering(deps, wachtrijen);
    const berichten = leesBerichten(regio.berichtenDir);
    // Several deliveries, as VECOZO sends them (up to 30 messages each).
    const leveringen = [];
    for (let i = 0; i < berichten.length; i += 30) leveringen.push(berichten.slice(i, i + 30));
    const ontvangen = [];
    for (const l of leveringen) {
      const o = await aanlevering.ontvang({ bron: 'http', kanaal: 'test' }, l);
      ontvangen.push(o);
      await aanlevering.start(o.berichten.map((b) => b.berichtId));
    }
    await wachtTotVerwerkt(viaQueue, ontvangen.map((o) => o.batchId), 180_000);

    const inlineDeps = await testDeps(inline, regio, ['0907', '1894']);
    const inlineOntvangen = [];
    for (const l of leveringen) {
      const o = await ontvang(inlineDeps, { bron: 'cli' }, l);
      await verwerk(inlineDeps, o.berichten.map((b) => b.berichtId));
      inlineOntvangen.push(o);
    }
    const a = await uitkomstPerBestand(viaQueue, ontvangen.flatMap((o) => o.berichten));
    const b = await uitkomstPerBestand(inline, inlineOntvangen.flatMap((o) => o.berichten));
    expect(Object.keys(a).length).toBe(berichten.length);
    expect(a).toEqual(b);
  }, 300_000);

  it('leaves no job behind and no job failed', async () => {
    const tellingen = await wachtrijen.tellingen();
    for (const [stage, t] of Object.entries(tellingen)) {
      expect(t['failed'], stage).toBe(0);
      expect(t['waiting'] ?? 0, stage).toBe(0);
      expect(t['active'] ?? 0, stage).toBe(0);
    }
  });
});

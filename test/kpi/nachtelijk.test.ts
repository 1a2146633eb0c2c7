import { randomBytes } from 'node:crypto';
import { Queue, Worker, type Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KpiRepository } from '../../src/db/repositories/kpi.js';
import { KPI_CRON, KPI_JOB, KPI_QUEUE, KPI_SCHEMA_ID, KPI_TIJDZONE, kpiRefreshJob, registreerKpiSchema, type KpiRefreshData } from '../../src/kpi/nachtelijk.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';
import { laadKpiFeiten, PEILDATUM } from './feiten.js';

/** Against the machine's Redis, in a queue prefix of its own that is removed afterwards. */
const connection = { host: process.env['TEST_REDIS_HOST'] ?? '127.0.0.1', port: Number(process.env['TEST_REDIS_PORT'] ?? 6379), maxRetriesPerRequest: null };

describe('the nightly KPI refresh (BullMQ job scheduler)', () => {
  const prefix = `iwj-test-kpi-${randomBytes(4).toString('hex')}`;
  const queues: Queue[] = [];
  let t: TestDatabase;

  const queue = (): Queue => {
    const q = new Queue(KPI_QUEUE, { connection, prefix });
    queues.push(q);
    return q;
  };

  beforeAll(async () => {
    t = await createTestDatabase('kpi_nacht');
    await laadKpiFeiten(t.db);
  });
  afterAll(async () => {
    const q = queues[0] ?? queue();
    await q.obliterate({ force: true });
    for (const x of queues) await x.close();
    await t?.drop();
  });

  it('registers one schedule at 02:00 Europe/Amsterdam, however often it is registered (restarts)', async () => {
    await registreerKpiSchema(queue());
    await registreerKpiSchema(queue());
    // A restart: a new process, a new Queue object.
    const na = queue();
    await registreerKpiSchema(na);
    expect(await na.getJobSchedulersCount()).toBe(1);
    const [schema] = await na.getJobSchedulers();
    expect(schema).toMatchObject({ key: KPI_SCHEMA_ID, name: KPI_JOB, pattern: KPI_CRON, tz: KPI_TIJDZONE });
    // Retried on a fault (a database restart), without personal data in the job.
    expect(schema!.template?.opts).toMatchObject({ attempts: 3, backoff: { type: 'exponential' } });
    expect(schema!.template?.data ?? {}).toEqual({});
    // The next run is at 02:00 in the Netherlands, and only one is waiting for it.
    const volgende = new Date(schema!.next!);
    const uur = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(volgende);
    expect(uur).toBe('02:00');
    expect(volgende.getTime()).toBeGreaterThan(Date.now());
    expect(await na.getDelayedCount()).toBe(1);
  });

  it('processes a kpi-refresh job: yesterday as peildatum, or the one the job names', async () => {
    const q = queue();
    const verwerk = kpiRefreshJob({ database: t, vandaag: () => '2025-07-01' });
    // Without a peildatum: the day just completed.
    expect(await verwerk({ data: {} })).toMatchObject({ peildatum: PEILDATUM, trajecten: 11, prestaties: 21 });

    const worker = new Worker<KpiRefreshData>(KPI_QUEUE, (job: Job<KpiRefreshData>) => verwerk(job), { connection, prefix, autorun: true });
    try {
      const klaar = new Promise<unknown>((resolve, reject) => {
        worker.on('completed', (job, resultaat) => {
          if (job.name === KPI_JOB && job.data.peildatum === '2025-03-31') resolve(resultaat);
        });
        worker.on('failed', (_job, e) => reject(e));
      });
      await q.add(KPI_JOB, { peildatum: '2025-03-31' });
      expect(await klaar).toMatchObject({ peildatum: '2025-03-31', trajecten: 8 });
    } finally {
      await worker.close();
    }
    const log = await new KpiRepository(t.db).refreshes(5);
    expect(log.map((r) => [r.peildatum, r.door, r.status])).toEqual([
      ['2025-03-31', 'wachtrij', 'klaar'],
      [PEILDATUM, 'nachtelijk', 'klaar'],
    ]);
  });
});

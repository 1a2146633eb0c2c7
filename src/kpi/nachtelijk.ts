/**
 * The nightly KPI refresh as a BullMQ job scheduler: at 02:00 Europe/Amsterdam a `kpi-refresh` job
 * on the `kpi` queue recomputes every figure as of yesterday (the day just completed). Registering is
 * an upsert under a fixed scheduler id, so a restart (`npm start`, `iwj work`) never adds a second
 * schedule. The job carries no data but an optional peildatum; the processor is a plain function the
 * worker wiring binds to the queue.
 */
import type { Job, Queue } from 'bullmq';
import type { Database } from '../db/client.js';
import { KpiRepository, type VerversUitkomst } from '../db/repositories/kpi.js';
import { plusDagen } from '../control/kalender.js';
import { vandaagInNederland } from '../pipeline/config.js';

export const KPI_QUEUE = 'kpi';
export const KPI_SCHEMA_ID = 'kpi-nachtelijk';
export const KPI_JOB = 'kpi-refresh';
export const KPI_CRON = '0 2 * * *';
export const KPI_TIJDZONE = 'Europe/Amsterdam';

/** The job's payload: nothing but, for a refresh by hand, a peildatum. */
export interface KpiRefreshData {
  readonly peildatum?: string;
}

export type KpiRefreshResultaat = Pick<VerversUitkomst, 'refreshId' | 'peildatum' | 'duurMs' | 'rijen' | 'trajecten' | 'prestaties'>;

/** Registers (or updates) the nightly schedule; idempotent. */
export async function registreerKpiSchema(queue: Queue): Promise<void> {
  await queue.upsertJobScheduler(
    KPI_SCHEMA_ID,
    { pattern: KPI_CRON, tz: KPI_TIJDZONE },
    {
      name: KPI_JOB,
      data: {} satisfies KpiRefreshData,
      opts: { attempts: 3, backoff: { type: 'exponential', delay: 5 * 60_000 }, removeOnComplete: 30, removeOnFail: 100 },
    },
  );
}

export interface KpiJobDeps {
  readonly database: Database;
  /** Today (`YYYY-MM-DD`); default today in the Netherlands. */
  readonly vandaag?: () => string;
  readonly bewaarDagen?: number;
}

/** The processor of `kpi-refresh` jobs. */
export function kpiRefreshJob(deps: KpiJobDeps): (job: Pick<Job<KpiRefreshData>, 'data'>) => Promise<KpiRefreshResultaat> {
  return async (job) => {
    const peildatum = job.data?.peildatum ?? plusDagen(deps.vandaag?.() ?? vandaagInNederland(), -1);
    const r = await new KpiRepository(deps.database.db).ververs({
      peildatum,
      door: job.data?.peildatum ? 'wachtrij' : 'nachtelijk',
      ...(deps.bewaarDagen !== undefined ? { bewaarDagen: deps.bewaarDagen } : {}),
    });
    return { refreshId: r.refreshId, peildatum: r.peildatum, duurMs: r.duurMs, rijen: r.rijen, trajecten: r.trajecten, prestaties: r.prestaties };
  };
}

/**
 * Workers: bind each stage to its queue. A processor is a thin call of the stage function (which does
 * not know a queue delivered the job) followed by putting the next stage's job on its queue. Every
 * job name of a served queue must have a handler, checked at start. Graceful shutdown: `sluit` lets
 * active jobs finish, then closes the connections (the caller closes the database after).
 */
import { DelayedError, RateLimitError, UnrecoverableError, WaitingChildrenError, WaitingError, Worker, type Job } from 'bullmq';
import { veiligeFout } from '../../log/veilige-fout.js';
import { BatchRepository } from '../../db/repositories/batches.js';
import { BerichtRepository } from '../../db/repositories/berichten.js';
import { beantwoordBatch, controleerBatch, valideerBatch } from '../batch.js';
import { kpiRefreshJob, registreerKpiSchema } from '../../kpi/nachtelijk.js';
import type { StageDeps } from '../stages.js';
import { JOB_NAMEN, STAGES, type BatchJob, type BeslissingJob, type Stage } from './jobs.js';
import { workerVerbinding } from './verbinding.js';
import { queueNaam, Wachtrijen } from './wachtrijen.js';

export type Handler = (job: Job, token?: string) => Promise<unknown>;

/** How long a batch's control waits for earlier deliveries before it goes ahead anyway. */
export const VOLGORDE_WACHT_MS = 60_000;
export type Handlers = { readonly [S in Stage]: Readonly<Record<string, Handler>> };

export interface WerkerDeps extends StageDeps {
  readonly wachtrijen: Wachtrijen;
}

async function bestaatBatch(deps: StageDeps, batchId: number): Promise<void> {
  if (!Number.isInteger(batchId) || !(await new BatchRepository(deps.database.db).kop(batchId))) {
    throw new UnrecoverableError(`batch ${batchId} bestaat niet`);
  }
}

/** The handlers of every job of every queue. */
export function handlers(deps: WerkerDeps): Handlers {
  const { wachtrijen } = deps;
  return {
    validate: {
      'valideer-batch': async (job) => {
        const { batchId } = job.data as BatchJob;
        await bestaatBatch(deps, batchId);
        const n = await valideerBatch(deps, batchId);
        await wachtrijen.zet('control', 'controleer-batch', { batchId });
        return { gevalideerd: n };
      },
    },
    control: {
      // Deliveries are judged in the order they arrived (a 305 delivered after its 301 must see it):
      // the control queue runs one job at a time across all workers, and a batch waits while an
      // earlier one is still being validated or controlled — at most VOLGORDE_WACHT_MS, so one stuck
      // batch (a dead letter) cannot hold up the rest for ever. Earlier batches that are validated
      // and only wait for their own control job are controlled here first, in order: a job that had
      // to wait goes to the back of the queue, and the stage would otherwise sit idle while the jobs
      // behind it wait for it in turn.
      'controleer-batch': async (job, token) => {
        const { batchId } = job.data as BatchJob;
        const berichten = new BerichtRepository(deps.database.db);
        if (Date.now() - job.timestamp < VOLGORDE_WACHT_MS) {
          let wacht: boolean;
          try {
            const eerder = await berichten.eerdereBatchesVoorControle(batchId);
            for (const b of eerder.gevalideerd) {
              await controleerBatch(deps, b);
              await wachtrijen.zet('retour', 'beantwoord-batch', { batchId: b });
            }
            wacht = eerder.validatieWacht;
          } catch {
            // That batch's own job does it again, and reports it when it keeps failing; this one waits as before.
            wacht = await berichten.eerdereBatchWacht(batchId);
          }
          if (wacht) {
            await job.moveToDelayed(Date.now() + 200, token);
            throw new DelayedError();
          }
        }
        const n = await controleerBatch(deps, batchId);
        await wachtrijen.zet('retour', 'beantwoord-batch', { batchId });
        return { beslist: n };
      },
    },
    retour: {
      'beantwoord-batch': async (job) => {
        const { batchId } = job.data as BatchJob;
        const n = await beantwoordBatch(deps, batchId);
        await wachtrijen.zet('kpi', 'kpi-feiten', { batchId });
        return { beantwoord: n };
      },
    },
    decide: {
      // A person decided a part that waited (the backoffice wrote the decision): when nothing of the
      // message waits any more, its retour is due.
      'na-beslissing': async (job) => {
        const { berichtId } = job.data as BeslissingJob;
        const rij = await new BerichtRepository(deps.database.db).get(berichtId);
        if (!rij) throw new UnrecoverableError(`bericht ${berichtId} bestaat niet`);
        if (rij.batchId !== null) await wachtrijen.zet('retour', 'beantwoord-batch', { batchId: rij.batchId });
        return { batchId: rij.batchId };
      },
    },
    kpi: {
      // The facts a batch established are in the database once it is processed; the KPI figures are
      // recomputed from them by the refresh (nightly, or by hand). This job gives the completion signal.
      'kpi-feiten': async (job) => {
        const { batchId } = job.data as BatchJob;
        return { verwerkt: await new BatchRepository(deps.database.db).markeerVerwerktAlsKlaar(batchId) };
      },
      'kpi-refresh': kpiRefreshJob({ database: deps.database, vandaag: () => deps.vandaag }) as Handler,
    },
  };
}

/** Every job name of every served queue has exactly one handler; refuses to start otherwise. */
export function controleerHandlers(h: Handlers, stages: readonly Stage[]): void {
  for (const s of stages) {
    const namen = Object.keys(h[s]).sort();
    const verwacht = [...JOB_NAMEN[s]].sort();
    if (JSON.stringify(namen) !== JSON.stringify(verwacht)) {
      throw new Error(`queue ${s}: handlers ${namen.join(', ')} ≠ jobs ${verwacht.join(', ')}`);
    }
  }
}

/**
 * A job's error as Redis may keep it (the failed reason and stack of a dead letter are stored in
 * clear text, like job data): an error whose message carries values — a failed query's message has
 * its parameters, BSNs among them — is replaced by one with the safe sentence (`veiligeFout`).
 * BullMQ's own control-flow errors pass unchanged.
 */
export function alsVeiligeJobFout(e: unknown): unknown {
  if (e instanceof DelayedError || e instanceof WaitingChildrenError || e instanceof WaitingError || e instanceof RateLimitError) return e;
  const b = veiligeFout(e);
  if (e instanceof Error && e.message === b.melding) return e;
  const vervanger = e instanceof UnrecoverableError ? new UnrecoverableError(b.melding) : new Error(b.melding);
  if (!(e instanceof UnrecoverableError)) vervanger.name = b.fout;
  return vervanger;
}

export interface WerkerOpties {
  readonly redisUrl: string;
  readonly prefix?: string;
  readonly stages?: readonly Stage[];
  readonly concurrency?: number;
  /** Job lock duration (ms): after a crash, a job is taken over when its lock has run out. */
  readonly lockMs?: number;
  readonly onFout?: (stage: Stage, job: Job | undefined, fout: Error) => void;
  readonly onKlaar?: (stage: Stage, job: Job, ms: number) => void;
}

export interface Werkers {
  readonly stages: readonly Stage[];
  sluit(): Promise<void>;
}

export function startWerkers(deps: WerkerDeps, o: WerkerOpties): Werkers {
  const stages = o.stages ?? STAGES;
  const h = handlers(deps);
  controleerHandlers(h, stages);
  const verbinding = workerVerbinding(o.redisUrl);
  verbinding.on('error', () => {});
  if (stages.includes('control')) void deps.wachtrijen.queues.control.setGlobalConcurrency(1).catch(() => {});
  // The nightly KPI refresh: registering is an upsert, so restarts never add a second schedule.
  if (stages.includes('kpi')) void registreerKpiSchema(deps.wachtrijen.queues.kpi).catch((e: Error) => o.onFout?.('kpi', undefined, e));
  const workers = stages.map((stage) => {
    const w = new Worker(
      queueNaam(stage),
      async (job, token) => {
        const handler = h[stage][job.name];
        if (!handler) throw new UnrecoverableError(`geen handler voor ${stage}/${job.name}`);
        const t0 = Date.now();
        let r: unknown;
        try {
          r = await handler(job, token);
        } catch (e) {
          throw alsVeiligeJobFout(e);
        }
        o.onKlaar?.(stage, job, Date.now() - t0);
        return r;
      },
      {
        connection: verbinding,
        prefix: o.prefix ?? deps.wachtrijen.prefix,
        concurrency: o.concurrency ?? 1,
        // A batch of thousands of messages runs for minutes; the lock is renewed while it runs.
        lockDuration: o.lockMs ?? 120_000,
        stalledInterval: Math.min(30_000, Math.max(1000, Math.floor((o.lockMs ?? 120_000) / 2))),
        maxStalledCount: 5,
      },
    );
    w.on('failed', (job, fout) => o.onFout?.(stage, job, fout));
    w.on('error', (fout) => o.onFout?.(stage, undefined, fout));
    return w;
  });
  return {
    stages,
    async sluit() {
      await Promise.all(workers.map((w) => w.close()));
      verbinding.disconnect();
    },
  };
}

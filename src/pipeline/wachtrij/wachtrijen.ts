/**
 * The queues (BullMQ on Redis): one per stage. Producing jobs: `zet` puts a job on its stage's queue
 * with a job id derived from the work, retries with exponential backoff, completed jobs removed,
 * failed jobs kept (the dead-letter view). When Redis cannot take the job, `zet` throws
 * `WachtrijNietBeschikbaar`.
 */
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { WachtrijNietBeschikbaar } from '../aanlevering.js';
import { jobId, STAGES, type Jobs, type JobNaam, type Stage } from './jobs.js';

export const STANDAARD_PREFIX = 'iwj';

export const JOB_OPTIES: JobsOptions = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: true,
  removeOnFail: false,
};

export function queueNaam(stage: Stage): string {
  return `iwj-${stage}`;
}

export class Wachtrijen {
  readonly queues: Readonly<Record<Stage, Queue>>;

  constructor(
    readonly verbinding: Redis,
    readonly prefix = STANDAARD_PREFIX,
  ) {
    this.queues = Object.fromEntries(STAGES.map((s) => [s, new Queue(queueNaam(s), { connection: verbinding, prefix })])) as Record<Stage, Queue>;
    for (const q of Object.values(this.queues)) q.on('error', () => {});
  }

  /** Puts a job on its queue; a job with the same work that is still waiting is not added twice. */
  async zet<S extends Stage, N extends JobNaam<S>>(stage: S, naam: N, data: Jobs[S][N], opties: JobsOptions = {}): Promise<void> {
    // Fail fast: BullMQ would wait for the connection to come back, and a delivery must be answered now.
    if (this.verbinding.status !== 'ready') throw new WachtrijNietBeschikbaar(new Error(`redis ${this.verbinding.status}`));
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.queues[stage].add(naam, data, { ...JOB_OPTIES, jobId: jobId(stage, naam, data as never), ...opties }),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('redis antwoordt niet binnen 5 s')), 5000);
        }),
      ]);
    } catch (e) {
      throw new WachtrijNietBeschikbaar(e);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Jobs per state per queue, for /metrics and the backoffice. */
  async tellingen(): Promise<Record<Stage, Record<string, number>>> {
    const out = {} as Record<Stage, Record<string, number>>;
    for (const s of STAGES) out[s] = await this.queues[s].getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized', 'waiting-children');
    return out;
  }

  /** The dead letters: jobs that failed every attempt, with their reason (never message content). */
  async mislukt(stage: Stage, start = 0, eind = 99) {
    const jobs = await this.queues[stage].getFailed(start, eind);
    return jobs.map((j) => ({ id: j.id, naam: j.name, data: j.data as unknown, pogingen: j.attemptsMade, reden: j.failedReason, op: j.finishedOn }));
  }

  async sluit(): Promise<void> {
    await Promise.all(Object.values(this.queues).map((q) => q.close()));
  }
}

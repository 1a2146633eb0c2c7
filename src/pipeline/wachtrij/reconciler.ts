/**
 * The reconciler: the safety net under the queues. Every interval it looks in the database for work
 * that waits without a job — messages stored while Redis was down, a stage job lost, a retour due
 * after a person's decision — and puts the job on its queue (job ids make a repeat a no-op). Jobs
 * that failed every attempt stay in the dead-letter list and are not re-enqueued here.
 */
import { BatchRepository } from '../../db/repositories/batches.js';
import { BerichtRepository } from '../../db/repositories/berichten.js';
import type { StageDeps } from '../stages.js';
import type { Wachtrijen } from './wachtrijen.js';

export interface ReconcilerOpties {
  /** How often to look (ms). */
  readonly intervalMs?: number;
  /** Work younger than this is left to the jobs already on their way (s). */
  readonly ouderDanSeconden?: number;
  readonly onFout?: (fout: unknown) => void;
  readonly onGezet?: (stage: string, batchId: number) => void;
}

/** One round; returns how many jobs it put on a queue. */
export async function reconcilieer(deps: StageDeps, wachtrijen: Wachtrijen, ouderDanSeconden: number, onGezet?: ReconcilerOpties['onGezet']): Promise<number> {
  const berichten = new BerichtRepository(deps.database.db);
  let n = 0;
  const zet = async (stage: 'validate' | 'control' | 'retour' | 'kpi', batchId: number) => {
    const klaar = await wachtrijen.queues[stage].getJob(`${stage}-${naamVan(stage)}-b${batchId}`);
    if (klaar && (await klaar.isFailed())) return; // a dead letter: a person looks first
    if (stage === 'validate') await wachtrijen.zet('validate', 'valideer-batch', { batchId });
    else if (stage === 'control') await wachtrijen.zet('control', 'controleer-batch', { batchId });
    else if (stage === 'retour') await wachtrijen.zet('retour', 'beantwoord-batch', { batchId });
    else await wachtrijen.zet('kpi', 'kpi-feiten', { batchId });
    onGezet?.(stage, batchId);
    n++;
  };
  for (const stage of ['validate', 'control', 'retour'] as const) {
    for (const batchId of await berichten.batchesMetWerk(stage, ouderDanSeconden)) await zet(stage, batchId);
  }
  for (const batchId of await new BatchRepository(deps.database.db).klaarMaarNietGemarkeerd(ouderDanSeconden)) await zet('kpi', batchId);
  return n;
}

const naamVan = (stage: 'validate' | 'control' | 'retour' | 'kpi'): string =>
  ({ validate: 'valideer-batch', control: 'controleer-batch', retour: 'beantwoord-batch', kpi: 'kpi-feiten' })[stage];

export function startReconciler(deps: StageDeps, wachtrijen: Wachtrijen, o: ReconcilerOpties = {}): { stop(): Promise<void> } {
  const interval = o.intervalMs ?? 15_000;
  let bezig: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    bezig = reconcilieer(deps, wachtrijen, o.ouderDanSeconden ?? 20, o.onGezet).catch((e) => o.onFout?.(e));
  }, interval);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await bezig;
    },
  };
}

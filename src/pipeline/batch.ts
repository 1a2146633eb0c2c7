/**
 * The stages over a batch (one delivery), as queues or a direct call run them: each processes every
 * message of the batch that waits for it, in chunks of one transaction each, in the order the stage
 * needs, and returns whether the next stage has work. Idempotent and restartable: a chunk that did
 * not commit is done again; a message that passed the stage is skipped.
 *
 *   valideer  — xml, xsd, in-message rules, TR056 (arrival order)
 *   controleer — cross-message controls and the system's decision, facts written (the standard's order;
 *               messages of one batch one after another, so a 305 sees the 301 before it)
 *   beantwoord — retours made, checked, stored and written to the outbox; our 301s released
 */
import { BerichtRepository } from '../db/repositories/berichten.js';
import { RegisterCache } from './context-sleutels.js';
import { beantwoordChunk } from './retour.js';
import { controleerChunk } from './chunk.js';
import { gemeten } from './meting.js';
import { valideerChunk, type StageDeps } from './stages.js';

export type BatchStage = 'validate' | 'control' | 'retour';

const CHUNK: Record<BatchStage, number> = { validate: 200, control: 50, retour: 100 };

export interface StageVoortgang {
  (stage: BatchStage, verwerkt: number): void;
}

async function inChunks(
  deps: StageDeps,
  batchId: number,
  stage: BatchStage,
  perChunk: (tx: Parameters<Parameters<StageDeps['database']['db']['transaction']>[0]>[0], rijen: Awaited<ReturnType<BerichtRepository['wachtend']>>) => Promise<void>,
  voortgang?: StageVoortgang,
): Promise<number> {
  let totaal = 0;
  for (;;) {
    const n = await deps.database.db.transaction(async (tx) => {
      const rijen = await new BerichtRepository(tx).wachtend(batchId, stage, CHUNK[stage]);
      if (rijen.length > 0) await perChunk(tx, rijen);
      return rijen.length;
    });
    if (n === 0) return totaal;
    totaal += n;
    voortgang?.(stage, totaal);
  }
}

export function valideerBatch(deps: StageDeps, batchId: number, voortgang?: StageVoortgang): Promise<number> {
  return gemeten(deps.meting, 'check', () => inChunks(deps, batchId, 'validate', (tx, rijen) => valideerChunk(tx, rijen), voortgang));
}

export function controleerBatch(deps: StageDeps, batchId: number, voortgang?: StageVoortgang): Promise<number> {
  // The registers are read once per key for the whole run (a stage never changes them), through the
  // pool — except on embedded PGlite, which has one connection: there a query outside the open
  // transaction would wait for it forever, so each chunk reads them in its own transaction.
  const gedeeld = deps.database.kind === 'postgres' ? new RegisterCache(deps.database.db) : undefined;
  const m = deps.meting;
  // The chunks time their controls into `control`; the rest of the stage is deciding and writing.
  const controleVoor = m?.control ?? 0;
  return gemeten(m, 'decide', () =>
    inChunks(deps, batchId, 'control', (tx, rijen) => controleerChunk(tx, rijen, deps, gedeeld ?? new RegisterCache(tx)), voortgang),
  ).finally(() => {
    if (m) m.decide -= m.control - controleVoor;
  });
}

export function beantwoordBatch(deps: StageDeps, batchId: number, voortgang?: StageVoortgang): Promise<number> {
  return gemeten(deps.meting, 'retour', () => inChunks(deps, batchId, 'retour', (tx, rijen) => beantwoordChunk(tx, rijen, deps), voortgang));
}

/** Every stage of a batch, directly, in order. */
export async function verwerkBatch(deps: StageDeps, batchId: number, voortgang?: StageVoortgang): Promise<void> {
  await valideerBatch(deps, batchId, voortgang);
  await controleerBatch(deps, batchId, voortgang);
  await beantwoordBatch(deps, batchId, voortgang);
}

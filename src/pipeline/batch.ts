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
import type { Database } from '../db/client.js';
import { BerichtRepository } from '../db/repositories/berichten.js';
import { RegisterRepository } from '../db/repositories/registers.js';
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
    totaal += n;
    if (n > 0) voortgang?.(stage, totaal);
    // Every message a chunk takes leaves the stage's waiting set: a short chunk was the last one.
    if (n < CHUNK[stage]) return totaal;
  }
}

export function valideerBatch(deps: StageDeps, batchId: number, voortgang?: StageVoortgang): Promise<number> {
  return gemeten(deps.meting, 'check', () => inChunks(deps, batchId, 'validate', (tx, rijen) => valideerChunk(tx, rijen), voortgang));
}

/** Per database: the registers read so far, and the register version they were read at. */
const gelezenRegisters = new WeakMap<Database, { versie: number; cache: RegisterCache }>();

/**
 * The registers as this process has read them, as long as no register was imported since (every
 * change of a register is an import, `RegisterRepository.versie`): one small query per batch instead
 * of reading the contracts, productcodes and aanbieders of every batch again.
 */
async function registersVoor(database: Database): Promise<RegisterCache> {
  const versie = await new RegisterRepository(database.db).versie();
  const bekend = gelezenRegisters.get(database);
  if (bekend?.versie === versie) return bekend.cache;
  const cache = new RegisterCache(database.db);
  gelezenRegisters.set(database, { versie, cache });
  return cache;
}

export async function controleerBatch(deps: StageDeps, batchId: number, voortgang?: StageVoortgang): Promise<number> {
  // The registers are read through the pool, once per key while they do not change (a stage never
  // changes them) — except on embedded PGlite, which has one connection: there a query outside the
  // open transaction would wait for it forever, so each chunk reads them in its own transaction.
  const gedeeld = deps.database.kind === 'postgres' ? await registersVoor(deps.database) : undefined;
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

/**
 * Running the stages directly, in process: every message is stored raw first (`ontvang`); then each
 * batch is validated, controlled and decided, and answered (`verwerkBatch`), messages in the order the
 * standard implies. `iwj ingest` uses this; so does `npm start` when no Redis is there.
 */
import { BatchRepository } from '../db/repositories/batches.js';
import { BerichtRepository } from '../db/repositories/berichten.js';
import type { Container, Invoer } from '../ingest/invoer.js';
import type { Aanlevering } from './aanlevering.js';
import { verwerkBatch } from './batch.js';
import { gemeten } from './meting.js';
import type { StageDeps } from './stages.js';

export interface Ontvangen {
  readonly batchId: number;
  readonly berichten: { readonly berichtId: number; readonly naam: string; readonly herhaling: boolean }[];
  readonly weigeringen: { readonly naam: string; readonly reden: string }[];
}

/**
 * Stores one delivery as one batch: every message raw, before anything else; refusals recorded with
 * their reason; a zip kept whole beside its messages.
 */
export async function ontvang(
  deps: StageDeps,
  batchInfo: { bron: 'http' | 'map' | 'cli' | 'ggk'; kanaal?: string; bestandsnaam?: string },
  levering: Container | readonly Invoer[],
): Promise<Ontvangen> {
  return gemeten(deps.meting, 'store', () => bewaar(deps, batchInfo, levering));
}

async function bewaar(
  deps: StageDeps,
  batchInfo: { bron: 'http' | 'map' | 'cli' | 'ggk'; kanaal?: string; bestandsnaam?: string },
  levering: Container | readonly Invoer[],
): Promise<Ontvangen> {
  return deps.database.db.transaction(async (tx) => {
    const repo = new BerichtRepository(tx);
    const container = 'onderdelen' in levering ? levering : undefined;
    const invoer = container ? container.onderdelen : (levering as readonly Invoer[]);
    const batchId = await repo.nieuweBatch({ ...batchInfo, bestandsnaam: batchInfo.bestandsnaam ?? container?.naam, raw: container?.bytes });
    const berichten: Ontvangen['berichten'][number][] = [];
    const weigeringen: Ontvangen['weigeringen'][number][] = [];
    const goed: { naam: string; bytes: Uint8Array }[] = [];
    for (const i of invoer) {
      if ('weigering' in i) weigeringen.push({ naam: i.naam, reden: i.weigering });
      else goed.push(i);
    }
    const opgeslagen = await repo.bewaarRawVeel(goed.map((g) => ({ bytes: g.bytes, bestandsnaam: g.naam })), batchId);
    goed.forEach((g, i) => berichten.push({ berichtId: opgeslagen[i]!.berichtId, naam: g.naam, herhaling: opgeslagen[i]!.herhaling }));
    await repo.weiger(batchId, weigeringen);
    await new BatchRepository(tx).bewaarHerhalingen(
      batchId,
      berichten.filter((b) => b.herhaling),
    );
    await repo.telBatch(batchId, berichten.length, weigeringen.length);
    return { batchId, berichten, weigeringen };
  });
}

/** Runs every stage for the batches the given messages belong to, batch after batch. */
export async function verwerk(deps: StageDeps, berichtIds: readonly number[], voortgang?: (gedaan: number) => void): Promise<void> {
  const batches = await new BerichtRepository(deps.database.db).batchesVan(berichtIds);
  let gedaan = 0;
  for (const batchId of batches) {
    let inBatch = 0;
    await verwerkBatch(deps, batchId, (stage, n) => {
      if (stage !== 'control') return;
      inBatch = n;
      voortgang?.(gedaan + n);
    });
    gedaan += inBatch;
  }
}

/**
 * The pipeline in process: `start` runs the stages in the background, one delivery after another
 * (deliveries are processed in the order they arrive, so a 301 delivered before its 305 is there).
 */
export function inlineAanlevering(deps: StageDeps, onError: (e: unknown) => void = () => {}): Aanlevering {
  let keten: Promise<void> = Promise.resolve();
  return {
    ontvang: (info, levering) => ontvang(deps, info, levering),
    async start(berichtIds) {
      keten = keten.then(() => verwerk(deps, berichtIds)).catch(onError);
    },
    klaar: () => keten,
  };
}

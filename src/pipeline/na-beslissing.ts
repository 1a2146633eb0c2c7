/**
 * What happens after a backoffice decision leaves no prestatie of a message in onderzoek (see
 * `src/decide/backoffice.ts`, `naBeslissing`): processing continues to the retour stage — directly
 * in process, or as a `decide` job on the queues (whose handler puts the batch's retour job on its
 * queue). The one place that binds the decision service to the pipeline.
 */
import { BerichtRepository } from '../db/repositories/berichten.js';
import { beantwoordBatch } from './batch.js';
import type { StageDeps } from './stages.js';
import type { Wachtrijen } from './wachtrij/wachtrijen.js';

export type NaBeslissing = (berichtId: number) => Promise<void>;

export function naBeslissingInProces(deps: StageDeps): NaBeslissing {
  return async (berichtId) => {
    for (const batchId of await new BerichtRepository(deps.database.db).batchesVan([berichtId])) await beantwoordBatch(deps, batchId);
  };
}

export function naBeslissingViaWachtrij(wachtrijen: Wachtrijen): NaBeslissing {
  return (berichtId) => wachtrijen.zet('decide', 'na-beslissing', { berichtId });
}

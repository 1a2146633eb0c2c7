/**
 * The Aanlevering on queues: a delivery is stored raw (committed) and its batch put on the validate
 * queue. When Redis cannot take the job, `start` throws `WachtrijNietBeschikbaar` (the HTTP edge
 * answers 503); the messages are stored, and the reconciler puts them on the queue when Redis is back.
 */
import type { Aanlevering } from '../aanlevering.js';
import { BerichtRepository } from '../../db/repositories/berichten.js';
import { ontvang } from '../inline.js';
import type { StageDeps } from '../stages.js';
import type { Wachtrijen } from './wachtrijen.js';

export function wachtrijAanlevering(deps: StageDeps, wachtrijen: Wachtrijen): Aanlevering {
  return {
    ontvang: (info, levering) => ontvang(deps, info, levering),
    async start(berichtIds) {
      for (const batchId of await new BerichtRepository(deps.database.db).batchesVan(berichtIds)) {
        await wachtrijen.zet('validate', 'valideer-batch', { batchId });
      }
    },
  };
}

/**
 * For queue tests: a unique key prefix in the machine's Redis per test (cleaned up after), a test
 * database, and waiting until a batch is processed (its completion signal in the database).
 */
import { randomBytes } from 'node:crypto';
import { BatchRepository } from '../../src/db/repositories/batches.js';
import type { Database } from '../../src/db/client.js';
import { verwijderPrefix } from '../../src/pipeline/wachtrij/opruimen.js';

export const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export function uniekPrefix(label: string): string {
  return `iwjtest-${label}-${randomBytes(4).toString('hex')}`;
}

/** Removes every key under a prefix (the test's queues). */
export async function ruimOp(prefix: string, url = REDIS_URL): Promise<void> {
  await verwijderPrefix(url, prefix);
}

export async function wachtTotVerwerkt(database: Database, batchIds: readonly number[], timeoutMs: number): Promise<void> {
  const repo = new BatchRepository(database.db);
  const eind = Date.now() + timeoutMs;
  for (;;) {
    // A dropped connection is not the answer: ask again.
    const klaar = await Promise.all(batchIds.map((b) => repo.isVerwerkt(b))).catch(() => batchIds.map(() => false));
    if (klaar.every(Boolean)) return;
    if (Date.now() > eind) throw new Error(`batches ${batchIds.filter((_, i) => !klaar[i]).join(', ')} not processed within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

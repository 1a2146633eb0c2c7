/**
 * Removing every key of an installation's queues from Redis: everything under one key prefix
 * (`IWJ_QUEUE_PREFIX`). For throw-away prefixes of tests and benchmarks on a shared Redis; it
 * touches no key outside the prefix (SCAN with MATCH, never FLUSHDB).
 */
import { Redis } from 'ioredis';

export async function verwijderPrefix(url: string, prefix: string): Promise<number> {
  if (!/^[A-Za-z0-9_.-]+$/.test(prefix)) throw new Error(`onveilig Redis-prefix '${prefix}'`);
  const r = new Redis(url);
  let weg = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) weg += await r.del(...keys);
    } while (cursor !== '0');
  } finally {
    r.disconnect();
  }
  return weg;
}

/**
 * Redis connections for BullMQ. Workers need `maxRetriesPerRequest: null` (they block and wait);
 * the producers that ingestion uses must fail fast when Redis is unreachable, so a delivery is
 * answered 503 at once (its messages are stored; the reconciler enqueues them later).
 */
import { Redis, type RedisOptions } from 'ioredis';

export const STANDAARD_REDIS_URL = 'redis://127.0.0.1:6379';

export function workerVerbinding(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}

export function producerVerbinding(url: string, opties: RedisOptions = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2000,
    retryStrategy: (n) => Math.min(n * 200, 2000),
    ...opties,
  });
}

/** Can we reach Redis at this URL (within a second)? For the auto-detection of `npm start`. */
export async function redisBereikbaar(url: string, timeoutMs = 1000): Promise<boolean> {
  const r = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  r.on('error', () => {});
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

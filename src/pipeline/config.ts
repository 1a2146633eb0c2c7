/**
 * Configuration from the environment, in one place.
 *
 * - `DATABASE_URL`: PostgreSQL; unset → embedded PGlite under `./data/`
 * - `IWJ_DATA_DIR`: where embedded data lives (default `./data`)
 * - `IWJ_GEMEENTEN`: the gemeenten this installation works for (CBS codes, comma separated); unset →
 *   every gemeente that has a contract in the contracten register
 * - `IWJ_OUTBOX`: where retours and our own outgoing messages are written (default `./outbox`)
 * - `IWJ_VANDAAG`: pretend today is this date (demo, tests); unset → today in Europe/Amsterdam
 * - `REDIS_URL` (default redis://127.0.0.1:6379), `QUEUE` (`bullmq` | `inline`; unset: BullMQ when
 *   Redis answers), `IWJ_QUEUE_PREFIX` (key prefix in Redis, default `iwj`), `IWJ_LOCK_MS` (how long
 *   a worker's job lock lasts without renewal, default 120000: after a crash, its job is taken over
 *   after this)
 */
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';

export interface Config {
  readonly databaseUrl?: string;
  readonly dataDir: string;
  readonly outboxDir: string;
  readonly gemeenten?: readonly string[];
  readonly vandaag?: string;
  readonly redisUrl?: string;
  readonly queue?: 'bullmq' | 'inline';
  readonly queuePrefix: string;
  readonly lockMs: number;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const gemeenten = env['IWJ_GEMEENTEN']?.split(',').map((g) => g.trim()).filter(Boolean);
  const queue = env['QUEUE'] === 'inline' || env['QUEUE'] === 'bullmq' ? env['QUEUE'] : undefined;
  return {
    databaseUrl: env['DATABASE_URL'] || undefined,
    dataDir: path.resolve(env['IWJ_DATA_DIR'] ?? 'data'),
    outboxDir: path.resolve(env['IWJ_OUTBOX'] ?? 'outbox'),
    gemeenten: gemeenten && gemeenten.length > 0 ? gemeenten : undefined,
    vandaag: env['IWJ_VANDAAG'] || undefined,
    redisUrl: env['REDIS_URL'] || undefined,
    queue,
    queuePrefix: env['IWJ_QUEUE_PREFIX'] || 'iwj',
    lockMs: Number(env['IWJ_LOCK_MS'] ?? 120_000),
  };
}

/** Today in the Netherlands, `YYYY-MM-DD`. */
export function vandaagInNederland(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** The gemeenten we work for: configured, or those with contracts. */
export async function eigenGemeenten(config: Config, database: Database): Promise<Set<string>> {
  if (config.gemeenten) return new Set(config.gemeenten);
  const rows = await database.db.execute(sql`select distinct gemeentecode from contract`);
  return new Set(((rows as unknown as { rows: { gemeentecode: string }[] }).rows).map((r) => r.gemeentecode));
}

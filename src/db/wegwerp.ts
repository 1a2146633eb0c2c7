/**
 * A throw-away PostgreSQL database: created with a unique name on a server (through its admin
 * database), migrated when opened, dropped (with force) afterwards. For tests and benchmarks that
 * need a real database of their own next to whatever else runs on the same server.
 */
import pg from 'pg';
import { openDatabase, type Database } from './client.js';

/** The machine's PostgreSQL, trust authentication (tests, benchmarks). */
export const STANDAARD_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface WegwerpDatabase extends Database {
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

export interface WegwerpOpties {
  /** A URL of the server's admin database (default `STANDAARD_ADMIN_URL`). */
  readonly adminUrl?: string;
  readonly poolSize?: number;
}

async function admin<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function maakWegwerpDatabase(label: string, o: WegwerpOpties = {}): Promise<WegwerpDatabase> {
  const adminUrl = o.adminUrl ?? STANDAARD_ADMIN_URL;
  const name = `iwj_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  await admin(adminUrl, (c) => c.query(`create database ${name}`));
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  let database: Database;
  try {
    database = await openDatabase({ url, poolSize: o.poolSize ?? 5 });
  } catch (e) {
    await admin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
    throw e;
  }
  let dropped = false;
  return {
    ...database,
    url,
    name,
    async drop() {
      if (dropped) return;
      dropped = true;
      await database.close();
      await admin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}

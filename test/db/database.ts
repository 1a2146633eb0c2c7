/**
 * A fresh PostgreSQL database per test file on the machine's server (127.0.0.1:5432, trust auth),
 * created with a unique name and dropped afterwards.
 */
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/client.js';

export const PG_ADMIN_URL = process.env['TEST_PG_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase extends Database {
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function createTestDatabase(label = 'test'): Promise<TestDatabase> {
  const name = `iwj_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  await admin((c) => c.query(`create database ${name}`));
  const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const database = await openDatabase({ url, poolSize: 5 });
  let dropped = false;
  return {
    ...database,
    url,
    name,
    async drop() {
      if (dropped) return;
      dropped = true;
      await database.close();
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/**
 * A fresh PostgreSQL database per test file on the machine's server (127.0.0.1:5432, trust auth),
 * created with a unique name and dropped afterwards.
 */
import { maakWegwerpDatabase, STANDAARD_ADMIN_URL, type WegwerpDatabase } from '../../src/db/wegwerp.js';

export const PG_ADMIN_URL = process.env['TEST_PG_ADMIN_URL'] ?? STANDAARD_ADMIN_URL;

export type TestDatabase = WegwerpDatabase;

export function createTestDatabase(label = 'test'): Promise<TestDatabase> {
  return maakWegwerpDatabase(label, { adminUrl: PG_ADMIN_URL, poolSize: 5 });
}

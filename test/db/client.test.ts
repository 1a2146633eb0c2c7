import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { bericht } from '../../src/db/schema/index.js';
import { createTestDatabase, type TestDatabase } from './database.js';

describe('database', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase('client');
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('migrates a fresh PostgreSQL database and stores raw bytes exactly', async () => {
    const raw = new Uint8Array([0, 1, 2, 255, 0x3c]);
    const [row] = await t.db
      .insert(bericht)
      .values({ richting: 'in', raw, sha256: 'x', grootte: raw.length, status: 'ontvangen', fase: 'opgeslagen' })
      .returning();
    const [back] = await t.db.select().from(bericht).where(sql`id = ${row!.id}`);
    expect(Array.from(back!.raw)).toEqual(Array.from(raw));
  });

  it('runs the same schema on embedded PGlite', async () => {
    const d = await openDatabase({ dataDir: 'memory://' });
    try {
      const raw = new Uint8Array([9, 8, 7]);
      await d.db.insert(bericht).values({ richting: 'in', raw, sha256: 'y', grootte: 3, status: 'ontvangen', fase: 'opgeslagen' });
      const rows = await d.db.select().from(bericht);
      expect(rows).toHaveLength(1);
      expect(Array.from(rows[0]!.raw)).toEqual([9, 8, 7]);
    } finally {
      await d.close();
    }
  });
});

describe('migrations when several processes start at once', () => {
  it('migrates a fresh database once while four processes open it together', async () => {
    const leeg = await createTestDatabase('migratie');
    // createTestDatabase migrated it: start again from an empty database.
    await leeg.db.execute(sql`drop schema public cascade; drop schema if exists drizzle cascade; create schema public`);
    const open = await Promise.all([1, 2, 3, 4].map(() => openDatabase({ url: leeg.url, poolSize: 2 })));
    const r = (await leeg.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)) as unknown as { rows: { n: number }[] };
    expect(r.rows[0]!.n).toBeGreaterThan(0);
    const tabellen = (await leeg.db.execute(sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`)) as unknown as { rows: { n: number }[] };
    expect(tabellen.rows[0]!.n).toBeGreaterThan(10);
    await Promise.all(open.map((d) => d.close()));
    await leeg.drop();
  }, 60_000);
});

describe('transactions on the pool', () => {
  it('gives the connection back when begin fails (drizzle alone keeps it, and the pool hangs)', async () => {
    const t = await createTestDatabase('tx_begin');
    const enkel = await openDatabase({ url: t.url, poolSize: 1, migrate: false });
    // An invalid transaction setting makes `begin` itself fail: the case of a connection that was
    // terminated just before the transaction began.
    await expect(enkel.db.transaction(async () => 1, { isolationLevel: 'geen-niveau' as never })).rejects.toThrow();
    const hangt = new Promise<string>((res) => setTimeout(() => res('de pool geeft geen verbinding meer'), 10_000).unref());
    const r = await Promise.race([enkel.db.execute(sql`select 1 as een`).then(() => 'ok'), hangt]);
    expect(r).toBe('ok');
    expect(await Promise.race([enkel.close().then(() => 'ok'), hangt])).toBe('ok');
    await t.drop();
  }, 30_000);
});

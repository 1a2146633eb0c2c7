import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRetour } from '../../src/cli/retour.js';
import { ToegangRepository } from '../../src/db/repositories/toegang.js';
import { ontvang, verwerk } from '../../src/pipeline/inline.js';
import { berichtUitkomsten, type BerichtUitkomst } from '../../src/pipeline/uitkomst.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';
import { leesBerichten, schrijfRegio, testDeps, type GeschrevenRegio } from '../pipeline/regio.js';
import { opvang } from '../opvang.js';

async function retour(t: TestDatabase, id: string | undefined) {
  const out = opvang();
  const err = opvang();
  const code = await runRetour(id, { out, err, database: t });
  return { code, out: out.tekst(), err: err.tekst() };
}

describe('iwj retour <bericht-id>', () => {
  let t: TestDatabase;
  let regio: GeschrevenRegio;
  let uitkomsten: BerichtUitkomst[];

  beforeAll(async () => {
    t = await createTestDatabase('cli_retour');
    regio = schrijfRegio({ seed: 31, gemeenten: ['0983'], clientsPerGemeente: 4, months: 2, faultRate: 0.3, year: 2025 });
    const deps = await testDeps(t, regio, ['0983']);
    const berichten = leesBerichten(regio.berichtenDir);
    berichten.push({ naam: 'kapot.xml', bytes: Buffer.from('<Bericht><Header>') });
    const o = await ontvang(deps, { bron: 'cli' }, berichten);
    await verwerk(deps, o.berichten.map((b) => b.berichtId));
    uitkomsten = await berichtUitkomsten(t, o.berichten);
  }, 120_000);

  afterAll(async () => {
    await t?.drop();
    regio?.opruimen();
  });

  it('prints the 325 of a 323, byte for byte the file the pipeline wrote, and audits the look', async () => {
    const u = uitkomsten.find((x) => /323$/.test(x.json.messageType ?? '') && x.json.retour)!;
    expect(u).toBeDefined();
    const r = await retour(t, String(u.json.berichtId));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/istandaarden\.nl\/i(wmo|jw)\/3_2\/(wmo|jw)325\/schema/);
    expect(r.out).toBe(fs.readFileSync(u.json.retour!.file!, 'utf8'));
    const audit = await new ToegangRepository(t.db).auditLog({ onderwerp: 'bericht' });
    expect(audit.some((a) => a.actie === 'bekeken' && String(a.wie).startsWith('systeem:cli:'))).toBe(true);
  });

  it('says why a technically rejected message has no retour, and exits 1', async () => {
    const u = uitkomsten.find((x) => x.json.file === 'kapot.xml')!;
    const r = await retour(t, String(u.json.berichtId));
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/technisch afgekeurd/);
  });

  it('refuses an unknown id and a non-number with exit 2', async () => {
    expect((await retour(t, '999999999')).code).toBe(2);
    expect((await retour(t, 'abc')).code).toBe(2);
    expect((await retour(t, undefined)).code).toBe(2);
  });
});

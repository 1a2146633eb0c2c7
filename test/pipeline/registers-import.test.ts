/**
 * The control stage keeps the registers it read for as long as no register is imported: a contract
 * register replaced between two deliveries is what the second delivery is judged on, in the same
 * process (real PostgreSQL).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laadRegisterMap } from '../../src/pipeline/registers-laden.js';
import { ontvang, verwerk } from '../../src/pipeline/inline.js';
import type { StageDeps } from '../../src/pipeline/stages.js';
import { berichtUitkomsten } from '../../src/pipeline/uitkomst.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';
import { leesBerichten, schrijfRegio, testDeps, type GeschrevenRegio } from './regio.js';

describe('registers imported while the pipeline runs', () => {
  let t: TestDatabase;
  let regio: GeschrevenRegio;
  let deps: StageDeps;

  beforeAll(async () => {
    t = await createTestDatabase('registers_import');
    regio = schrijfRegio({ seed: 7, gemeenten: ['0983'], clientsPerGemeente: 4, months: 2, faultRate: 0, year: 2025 });
    deps = await testDeps(t, regio, ['0983']);
  }, 120_000);

  afterAll(async () => {
    await t?.drop();
    regio?.opruimen();
  });

  it('judges a 323 on the contract register imported after the previous delivery (CT001, 0611)', async () => {
    const berichten = leesBerichten(regio.berichtenDir);
    const eerste323 = berichten.findIndex((b) => /-(WMO|JW)323-/.test(b.naam));
    expect(eerste323).toBeGreaterThan(0);
    const aanbieder = regio.manifest.get(berichten[eerste323]!.naam)!.afzender;
    // The same aanbieder's 305 comes first: its contracts are read (and kept) in the first delivery.
    expect(berichten.slice(0, eerste323).some((b) => /-(WMO|JW)305-/.test(b.naam) && regio.manifest.get(b.naam)!.afzender === aanbieder)).toBe(true);

    const eerst = await ontvang(deps, { bron: 'cli' }, berichten.slice(0, eerste323));
    await verwerk(deps, eerst.berichten.map((b) => b.berichtId));

    // The gemeente ends every contract with this aanbieder: a new contracten register without its rows.
    const dir = path.join(regio.dir, 'nieuw');
    fs.mkdirSync(dir);
    const regels = fs.readFileSync(path.join(regio.dir, 'registers', 'contracten.csv'), 'utf8').trimEnd().split('\n');
    fs.writeFileSync(path.join(dir, 'contracten.csv'), [regels[0], ...regels.slice(1).filter((r) => !r.startsWith(`${aanbieder},`))].join('\n') + '\n');
    await laadRegisterMap(t, dir, 'test');

    const daarna = await ontvang(deps, { bron: 'cli' }, [berichten[eerste323]!]);
    await verwerk(deps, daarna.berichten.map((b) => b.berichtId));
    const [u] = await berichtUitkomsten(t, daarna.berichten);
    expect(u!.json.errors.map((e) => e.rule)).toContain('CT001');
    expect(u!.json.retourcodes).toContain('0611');
  });
});

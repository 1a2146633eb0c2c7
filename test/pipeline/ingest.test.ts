import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { berichtUitkomsten, type BerichtUitkomst } from '../../src/pipeline/uitkomst.js';
import { ontvang, verwerk } from '../../src/pipeline/inline.js';
import type { StageDeps } from '../../src/pipeline/stages.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';
import { leesBerichten, schrijfRegio, testDeps, type GeschrevenRegio } from './regio.js';

/** Rules that only inform and never reject: they may appear on a clean message. */
const SIGNALEN = new Set(['WP004']);

async function tellingen(t: TestDatabase): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const tabel of ['bericht', 'bevinding', 'toewijzing', 'start_product', 'stop_product', 'declaratie', 'prestatie', 'beslissing', 'verzoek']) {
    const r = await t.db.execute(sql.raw(`select count(*)::int as n from ${tabel}`));
    out[tabel] = (r as unknown as { rows: { n: number }[] }).rows[0]!.n;
  }
  return out;
}

describe('ingest of a generated region through the whole pipeline (real PostgreSQL)', () => {
  let t: TestDatabase;
  let regio: GeschrevenRegio;
  let deps: StageDeps;
  let uitkomsten: BerichtUitkomst[];
  let namen: Map<number, string>;

  beforeAll(async () => {
    t = await createTestDatabase('ingest');
    regio = schrijfRegio({ seed: 424242, gemeenten: ['0983', '0984'], clientsPerGemeente: 6, months: 4, faultRate: 0.25, year: 2025 });
    deps = await testDeps(t, regio, ['0983', '0984']);
    const o = await ontvang(deps, { bron: 'cli' }, leesBerichten(regio.berichtenDir));
    await verwerk(deps, o.berichten.map((b) => b.berichtId));
    uitkomsten = await berichtUitkomsten(t, o.berichten);
    namen = new Map(o.berichten.map((b) => [b.berichtId, b.naam]));
  }, 300_000);

  afterAll(async () => {
    await t?.drop();
    regio?.opruimen();
  });

  it('processes every message to an end state', () => {
    expect(uitkomsten.length).toBe(regio.manifest.size);
    for (const u of uitkomsten) expect(['ontvangen', 'gevalideerd'], `${u.json.file}: ${u.json.status}`).not.toContain(u.json.status);
  });

  it('accepts every clean message: no finding that rejects or holds back', () => {
    for (const u of uitkomsten) {
      const m = regio.manifest.get(namen.get(u.json.berichtId)!)!;
      if (m.fault !== null) continue;
      const regels = u.json.errors.map((e) => e.rule).filter((r) => !SIGNALEN.has(r));
      expect(regels, `${m.file} (${m.type})`).toEqual([]);
      expect(u.json.stage).toBe('ok');
    }
  });

  it('rejects every injected fault at its stage with the rule it targets', () => {
    let gezien = 0;
    const missers: string[] = [];
    for (const u of uitkomsten) {
      const m = regio.manifest.get(namen.get(u.json.berichtId)!)!;
      if (m.fault === null) continue;
      gezien++;
      const regels = new Set(u.json.errors.map((e) => e.rule));
      if (!regels.has(m.rules[0]!)) missers.push(`${m.file} ${m.fault}: expected ${m.rules[0]}, got ${[...regels].join(',')}`);
      if ((m.stage === 'xml' || m.stage === 'xsd' || m.stage === 'regels') && u.json.stage !== m.stage) missers.push(`${m.file}: stage ${u.json.stage}`);
    }
    expect(missers).toEqual([]);
    expect(gezien).toBeGreaterThan(5);
  });

  it('answers every received heen message with its retour (306, 308, 316, 318, 325) unless a person must look first', () => {
    for (const u of uitkomsten) {
      const type = u.json.messageType ?? '';
      if (!/(305|307|315|317|323)$/.test(type) || u.json.stage === 'xml' || u.json.stage === 'xsd') continue;
      if (u.json.status === 'in-onderzoek') continue;
      expect(u.json.retour?.type, `${u.json.file}`).toBe(type.replace(/(\d+)$/, (n) => String(n === '323' ? 325 : Number(n) + 1)));
      expect(u.json.retour?.file).toBeTruthy();
    }
  });

  it('changes nothing when the same batch is ingested again, and reports the duplicates', async () => {
    const voor = await tellingen(t);
    const o = await ontvang(deps, { bron: 'cli' }, leesBerichten(regio.berichtenDir));
    expect(o.berichten.every((b) => b.herhaling)).toBe(true);
    await verwerk(deps, o.berichten.map((b) => b.berichtId));
    expect(await tellingen(t)).toEqual(voor);
  });
});

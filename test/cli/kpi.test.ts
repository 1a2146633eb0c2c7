import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osUser } from '../../src/cli/import.js';
import { runKpi } from '../../src/cli/kpi.js';
import { openDatabase } from '../../src/db/client.js';
import { ToegangRepository } from '../../src/db/repositories/toegang.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';
import { A2, laadKpiFeiten, PEILDATUM } from '../kpi/feiten.js';

class Opvang extends Writable {
  tekst = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, klaar: () => void): void {
    this.tekst += chunk.toString('utf8');
    klaar();
  }
}

describe('iwj kpi', () => {
  let t: TestDatabase;
  let tmp: string;
  let env: NodeJS.ProcessEnv;

  async function kpi(args: string[], omgeving = env): Promise<{ code: number; out: string; err: string }> {
    const out = new Opvang();
    const err = new Opvang();
    const code = await runKpi(args, { out, err, env: omgeving });
    return { code, out: out.tekst, err: err.tekst };
  }

  beforeAll(async () => {
    t = await createTestDatabase('cli_kpi');
    await laadKpiFeiten(t.db);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iwj-kpi-'));
    env = { PATH: process.env['PATH'], DATABASE_URL: t.url, USER: 'marieke' };
  });
  afterAll(async () => {
    await t?.drop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('says there is nothing to show before the first refresh', async () => {
    const r = await kpi(['show', 'wachttijd']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('nog geen momentopname');
  });

  it('refreshes as of a peildatum and records the refresh', async () => {
    const r = await kpi(['refresh', '--peildatum', PEILDATUM, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ peildatum: PEILDATUM, trajecten: 11, prestaties: 21 });
    const tekst = await kpi(['refresh', '--peildatum', PEILDATUM]);
    expect(tekst.out).toMatch(/^kengetallen ververst op peildatum 2025-06-30 in \d+\.\d s: 11 trajecten en 21 prestaties gelezen/);
    const log = await kpi(['log']);
    expect(log.out).toMatch(new RegExp(`2025-06-30  klaar .* cli:${osUser()}`));
    expect(log.out).toContain('vervangen');
  });

  it('shows one figure as JSON with its columns, filtered and grouped', async () => {
    const r = await kpi(['show', 'wachttijd', '--json', '--per', 'aanbieder', '--aanbieder', A2]);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a).toMatchObject({ figuur: 'wachttijd', peildata: [PEILDATUM], per: ['aanbieder'] });
    expect(a.rijen).toEqual([expect.objectContaining({ aanbieder: A2, aantal: 3, gemiddeldDagen: 2.3, gestartVoorToewijzing: 1 })]);
    expect(a.kolommen[0]).toEqual({ sleutel: 'aanbieder', kop: 'AGB-code aanbieder', soort: 'code' });
  });

  it('shows every figure in total as text tables', async () => {
    const r = await kpi(['show']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Wachttijd (dagen van toewijzing tot start zorg)');
    expect(r.out).toMatch(/Gemiddelde wachttijd \(dagen\)/);
    expect(r.out).toMatch(/13,5/);
    expect(r.out).toContain('€ 26800,00');
    expect(r.out).not.toContain('wachtlijst-langst');
  });

  it('exports CSV for Dutch Excel and writes the export to the audit log', async () => {
    const r = await kpi(['export', 'budget', '--komma']);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('\uFEFF')).toBe(true);
    const regels = r.out.slice(1).split('\r\n');
    expect(regels[0]!.split(';').slice(0, 3)).toEqual(['AGB-code aanbieder', 'Aanbieder', 'Gemeente']);
    expect(regels[1]).toContain(';="0983";');
    expect(regels[1]).toContain(';17800,00;');
    const bestand = path.join(tmp, 'wachtlijst.csv');
    const f = await kpi(['export', 'wachtlijst', '--uit', bestand, '--per', 'segment']);
    expect(f.err).toContain(`2 rijen geschreven naar ${bestand}`);
    expect(fs.readFileSync(bestand, 'utf8')).toMatch(/^\uFEFFSegment,Wachtenden,/);
    const log = await new ToegangRepository(t.db).auditLog({ onderwerp: 'kpi' });
    expect(log.filter((l) => l.actie === 'geexporteerd').map((l) => [l.wie, l.onderwerpId])).toEqual([
      [`cli:${osUser()}`, 'wachtlijst'],
      [`cli:${osUser()}`, 'budget'],
    ]);
    expect(log.some((l) => l.actie === 'bekeken' && l.onderwerpId === 'overzicht')).toBe(true);
  });

  it('answers wrong questions with a Dutch sentence and exit code 2', async () => {
    expect(await kpi(['show', 'wachtrij'])).toMatchObject({ code: 2, err: expect.stringContaining("Onbekend kengetal 'wachtrij'") });
    expect(await kpi(['show', 'wachttijd', '--per', 'maand'])).toMatchObject({ code: 2, err: expect.stringContaining("niet worden ingedeeld per 'maand'") });
    expect(await kpi(['refresh', '--peildatum', '2025-02-30'])).toMatchObject({ code: 2, err: expect.stringContaining('geen datum') });
    expect(await kpi(['export'])).toMatchObject({ code: 2 });
    expect(await kpi(['verwijder'])).toMatchObject({ code: 2, err: expect.stringContaining("onbekende opdracht 'verwijder'") });
    expect(await kpi(['show', '--onbekend'])).toMatchObject({ code: 2 });
  });

  it('refreshes the embedded database when no DATABASE_URL is set, on the configured day', async () => {
    const dataDir = path.join(tmp, 'data');
    const d = await openDatabase({ dataDir: path.join(dataDir, 'pglite') });
    await laadKpiFeiten(d.db);
    await d.close();
    const ingebed = { PATH: process.env['PATH'], IWJ_DATA_DIR: dataDir, IWJ_VANDAAG: PEILDATUM, USER: 'marieke' };
    expect(await kpi(['refresh'], ingebed)).toMatchObject({ code: 0, out: expect.stringContaining('peildatum 2025-06-30') });
    const r = await kpi(['show', 'stroom', '--per', 'totaal', '--json'], ingebed);
    expect(JSON.parse(r.out).rijen).toEqual([expect.objectContaining({ instroom: 6, uitstroom: 3 })]);
  }, 120_000);

  it('is dispatched by the iwj command', async () => {
    const run = promisify(execFile);
    const r = await run(process.execPath, [path.resolve('bin/iwj.mjs'), 'kpi', 'show', 'wachtlijst', '--json'], { env: { ...process.env, DATABASE_URL: t.url } });
    expect(JSON.parse(r.stdout).rijen).toEqual([expect.objectContaining({ aantal: 4, langsteDagen: 119 })]);
  });
});

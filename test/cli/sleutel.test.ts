import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { runSleutel } from '../../src/cli/sleutel.js';
import { ToegangRepository } from '../../src/db/repositories/toegang.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';

const run = promisify(execFile);
const IWJ = path.resolve('bin/iwj.mjs');

describe('iwj sleutel', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase('cli_sleutel');
  });
  afterAll(async () => {
    await t?.drop();
  });

  async function iwj(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await run(process.execPath, [IWJ, 'sleutel', ...args], { env: { ...process.env, DATABASE_URL: t.url } });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  }

  it('makes a key for a channel, shows it once on stdout alone, and stores only its hash', async () => {
    const r = await iwj(['maak', 'vecozo', '--rechten', 'aanleveren']);
    expect(r.code).toBe(0);
    const sleutel = r.stdout.trim();
    expect(sleutel).toMatch(/^iwj_[A-Za-z0-9_-]{32}$/);
    expect(r.stderr).toMatch(/API-sleutel \d+ voor kanaal 'vecozo' \(rechten: aanleveren\)/);
    expect(r.stderr).toMatch(/niet opgeslagen/);
    const toegang = new ToegangRepository(t.db);
    expect(await toegang.kanaalVoorSleutel(sleutel)).toMatchObject({ naam: 'vecozo', rechten: ['aanleveren'] });
    expect(JSON.stringify(await toegang.apiKeys())).not.toContain(sleutel);
    expect((await toegang.auditLog({ onderwerp: 'api_key' }))[0]).toMatchObject({ actie: 'aangemaakt', wie: expect.stringMatching(/^cli:/) });
  });

  /** The same command in process (quicker than a process per call). */
  async function sleutelCmd(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const out = new PassThrough();
    const err = new PassThrough();
    let stdout = '';
    let stderr = '';
    out.on('data', (c: Buffer) => (stdout += c.toString()));
    err.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await runSleutel(args, { out, err, env: { ...process.env, DATABASE_URL: t.url } });
    return { code, stdout, stderr };
  }

  it('lists keys by prefix, never the key, and revokes one (a second time: exit 1)', async () => {
    const sleutel = (await sleutelCmd(['maak', 'ggk'])).stdout.trim();
    const lijst = await sleutelCmd(['lijst']);
    expect(lijst.code).toBe(0);
    expect(lijst.stdout).toMatch(/^id\s+kanaal\s+sleutel\s+rechten\s+status\s+laatst gebruikt/);
    const regel = lijst.stdout.split('\n').find((l) => /\bggk\b/.test(l))!;
    expect(regel).toMatch(/aanleveren,lezen\s+actief/);
    expect(regel).toContain(`${sleutel.slice(0, 8)}…`);
    expect(lijst.stdout).not.toContain(sleutel);
    const id = regel.trim().split(/\s+/)[0]!;
    const weg = await sleutelCmd(['intrekken', id]);
    expect(weg.code).toBe(0);
    expect(weg.stdout).toMatch(/ingetrokken/);
    expect(await new ToegangRepository(t.db).kanaalVoorSleutel(sleutel)).toBeUndefined();
    expect((await sleutelCmd(['lijst'])).stdout.split('\n').find((l) => /\bggk\b/.test(l))).toMatch(/ingetrokken \d{4}-/);
    expect((await sleutelCmd(['intrekken', id])).code).toBe(1);
  });

  it('refuses unknown rights, bad names and unknown subcommands with usage (exit 2)', async () => {
    for (const args of [['maak', 'x', '--rechten', 'alles'], ['maak', '../x'], ['maak'], ['weg', '1'], ['intrekken', 'abc'], []]) {
      const r = await sleutelCmd(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/gebruik: iwj sleutel/);
    }
  });
});

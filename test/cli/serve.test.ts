/**
 * `iwj serve` as a process: it listens, takes a batch over HTTP and a file from its inbox, and stops
 * cleanly on SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ToegangRepository } from '../../src/db/repositories/toegang.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';
import { voorbeeld } from '../server/opzet.js';

describe('iwj serve', () => {
  let t: TestDatabase;
  let tmp: string;
  let proces: ChildProcess | undefined;

  beforeAll(async () => {
    t = await createTestDatabase('cli_serve');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iwj-serve-'));
  });
  afterAll(async () => {
    if (proces && proces.exitCode === null && proces.pid) process.kill(proces.pid, 'SIGKILL');
    await t?.drop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('serves the API and the inbox, and stops cleanly on SIGTERM', async () => {
    const { sleutel } = await new ToegangRepository(t.db).maakApiKey('vecozo');
    const inbox = path.join(tmp, 'inbox');
    const p = spawn(process.execPath, [path.resolve('bin/iwj.mjs'), 'serve'], {
      env: { ...process.env, DATABASE_URL: t.url, PORT: '0', HOST: '127.0.0.1', IWJ_INBOX: inbox, IWJ_INBOX_RUST_MS: '0', IWJ_OUTBOX: path.join(tmp, 'outbox'), LOG_LEVEL: 'info', QUEUE: 'inline' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    proces = p;
    let uit = '';
    p.stdout!.on('data', (c: Buffer) => (uit += c.toString()));
    p.stderr!.on('data', (c: Buffer) => (uit += c.toString()));
    const einde = new Promise<number | null>((resolve) => p.on('exit', (code) => resolve(code)));

    const regels = () => uit.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { msg: string; url?: string });
    let adres: string | undefined;
    for (let i = 0; i < 600 && !adres; i++) {
      adres = regels().find((r) => r.msg === 'iwj serve luistert')?.url;
      if (!adres) await new Promise((r) => setTimeout(r, 50));
    }
    expect(adres, uit).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const r = await fetch(`${adres}/api/v1/batches`, { method: 'POST', headers: { authorization: `Bearer ${sleutel}`, 'content-type': 'application/xml' }, body: voorbeeld('JW305') });
    expect(r.status).toBe(202);
    const groot = await fetch(`${adres}/api/v1/batches`, { method: 'POST', headers: { authorization: `Bearer ${sleutel}`, 'content-type': 'application/xml' }, body: Buffer.alloc(26 * 1024 * 1024, 'x') });
    expect(groot.status).toBe(413);

    fs.writeFileSync(path.join(inbox, 'x.xml.tmp'), voorbeeld('WMO305'));
    fs.renameSync(path.join(inbox, 'x.xml.tmp'), path.join(inbox, 'x.xml'));
    const verwerkt = () => (fs.existsSync(path.join(inbox, 'processed')) ? fs.readdirSync(path.join(inbox, 'processed')) : []);
    for (let i = 0; i < 400 && verwerkt().length === 0; i++) await new Promise((res) => setTimeout(res, 50));
    expect(verwerkt()).toHaveLength(1);

    p.kill('SIGTERM');
    expect(await einde).toBe(0);
    expect(regels().map((l) => l.msg)).toEqual(expect.arrayContaining(['iwj serve stopt', 'iwj serve gestopt']));
  });
});

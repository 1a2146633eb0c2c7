/**
 * The queue monitor in a real browser: a beheerder logs in, opens Beheer → Wachtrijen and sees the
 * pipeline's queues with a failed job (a dead letter) in Bull Board, and retries it from there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ToegangRepository } from '../../src/db/repositories/toegang.js';
import { producerVerbinding } from '../../src/pipeline/wachtrij/verbinding.js';
import { queueNaam, Wachtrijen } from '../../src/pipeline/wachtrij/wachtrijen.js';
import { buildApp, type App } from '../../src/server/app.js';
import { backoffice } from '../../src/server/backoffice/index.js';
import { MONITOR_PAD, wachtrijMonitor } from '../../src/server/wachtrij-monitor.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';
import { REDIS_URL, ruimOp, uniekPrefix } from './helpers.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const SCHERMEN = path.resolve('test-output', 'screenshots');
const WACHTWOORD = 'een-lang-test-wachtwoord';

describe('the queue monitor in a browser', () => {
  let t: TestDatabase;
  let app: App;
  let wachtrijen: Wachtrijen;
  let prefix: string;
  let browser: Browser;
  let basis: string;

  beforeAll(async () => {
    fs.mkdirSync(SCHERMEN, { recursive: true });
    t = await createTestDatabase('monitor_browser');
    prefix = uniekPrefix('monitor-browser');
    wachtrijen = new Wachtrijen(producerVerbinding(REDIS_URL), prefix);
    await new ToegangRepository(t.db).maakGebruiker({ gebruikersnaam: 'beheerder', naam: 'Test beheerder', wachtwoord: WACHTWOORD, rollen: ['beheerder'] });
    app = await buildApp({
      database: t,
      api: [],
      root: [backoffice({ database: t, veiligeCookies: false, wachtrijMonitorPad: MONITOR_PAD }), wachtrijMonitor({ database: t, wachtrijen })],
    });
    basis = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await wachtrijen?.sluit();
    wachtrijen?.verbinding.disconnect();
    await ruimOp(prefix);
    await t?.drop();
  });

  it('shows a beheerder the queues and a dead letter, and retries it', async () => {
    // A dead letter: a job taken by a worker and failed (one attempt, so it stays in the failed list).
    const queue = wachtrijen.queues.retour;
    await queue.add('beantwoord-batch', { batchId: 424242 }, { jobId: 'retour-beantwoord-batch-b424242' });
    const token = 'test-token';
    const { Worker } = await import('bullmq');
    const w = new Worker(queue.name, async () => { throw new Error('batch 424242 bestaat niet'); }, { connection: { url: REDIS_URL }, prefix, autorun: false });
    const actief = await w.getNextJob(token);
    await actief!.moveToFailed(new Error('batch 424242 bestaat niet'), token);
    await w.close();
    expect(await queue.getFailedCount()).toBe(1);

    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
    await page.goto(`${basis}${MONITOR_PAD}`);
    await expect.poll(() => page.url()).toContain('/aanmelden');
    await page.getByLabel('Gebruikersnaam').fill('beheerder');
    await page.getByLabel('Wachtwoord').fill(WACHTWOORD);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.waitForURL(`${basis}${MONITOR_PAD}`);
    await page.goto(`${basis}/beheer/gebruikers`);
    await page.getByRole('link', { name: 'Wachtrijen' }).click();
    await page.waitForURL(`${basis}${MONITOR_PAD}`);
    for (const stage of ['validate', 'control', 'decide', 'retour', 'kpi'] as const) {
      await expect.poll(() => page.getByText(queueNaam(stage), { exact: true }).first().count(), { timeout: 15_000 }).toBeGreaterThan(0);
    }
    await page.screenshot({ path: path.join(SCHERMEN, '30-wachtrijen.png'), fullPage: true });
    await page.goto(`${basis}${MONITOR_PAD}/queue/${queueNaam('retour')}?status=failed`);
    await expect.poll(() => page.getByText('batch 424242 bestaat niet').first().count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCHERMEN, '31-wachtrij-dode-letter.png'), fullPage: true });
    await page.getByRole('button', { name: /retry/i }).first().click();
    const bevestig = page.getByRole('button', { name: /confirm|retry/i }).last();
    if (await bevestig.isVisible().catch(() => false)) await bevestig.click();
    await expect.poll(() => queue.getFailedCount(), { timeout: 15_000 }).toBe(0);
    const audit = await new ToegangRepository(t.db).auditLog({ onderwerp: 'wachtrij' });
    expect(audit.some((a) => a.actie === 'wachtrij-actie' && String(a.onderwerpId).includes('retry'))).toBe(true);
    await page.close();
  }, 120_000);
});

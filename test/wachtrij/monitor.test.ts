import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ToegangRepository } from '../../src/db/repositories/toegang.js';
import { producerVerbinding } from '../../src/pipeline/wachtrij/verbinding.js';
import { queueNaam, Wachtrijen } from '../../src/pipeline/wachtrij/wachtrijen.js';
import { buildApp, type App } from '../../src/server/app.js';
import { SESSIE_COOKIE } from '../../src/server/auth.js';
import { MONITOR_PAD, wachtrijMonitor } from '../../src/server/wachtrij-monitor.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';
import { REDIS_URL, ruimOp, uniekPrefix } from './helpers.js';

describe('Bull Board at /beheer/wachtrijen (real Redis and PostgreSQL)', () => {
  let t: TestDatabase;
  let app: App;
  let wachtrijen: Wachtrijen;
  let prefix: string;
  const sessies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestDatabase('monitor');
    prefix = uniekPrefix('monitor');
    wachtrijen = new Wachtrijen(producerVerbinding(REDIS_URL), prefix);
    const toegang = new ToegangRepository(t.db);
    for (const rol of ['medewerker', 'beheerder'] as const) {
      const g = await toegang.maakGebruiker({ gebruikersnaam: rol, naam: `Test ${rol}`, wachtwoord: 'een-lang-test-wachtwoord', rollen: [rol] });
      sessies[rol] = (await toegang.maakSessie(g.id)).token;
    }
    app = await buildApp({ database: t, api: [], root: [wachtrijMonitor({ database: t, wachtrijen })] });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await wachtrijen?.sluit();
    wachtrijen?.verbinding.disconnect();
    await ruimOp(prefix);
    await t?.drop();
  });

  it('sends a visitor without a session to the login page', async () => {
    const r = await app.inject({ method: 'GET', url: MONITOR_PAD });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`/aanmelden?terug=${encodeURIComponent(MONITOR_PAD)}`);
    const api = await app.inject({ method: 'GET', url: `${MONITOR_PAD}/api/queues` });
    expect(api.statusCode).toBe(303);
  });

  it('refuses a medewerker and records the refusal', async () => {
    const r = await app.inject({ method: 'GET', url: `${MONITOR_PAD}/api/queues`, cookies: { [SESSIE_COOKIE]: sessies['medewerker']! } });
    expect(r.statusCode).toBe(403);
    expect(r.body).toMatch(/beheerders/);
    const log = await new ToegangRepository(t.db).auditLog({ onderwerpId: MONITOR_PAD });
    expect(log.some((l) => l.actie === 'geweigerd')).toBe(true);
  });

  it('shows a beheerder the pipeline queues with their counts', async () => {
    await wachtrijen.queues.kpi.add('kpi-refresh', {}, { delay: 3_600_000 });
    const page = await app.inject({ method: 'GET', url: MONITOR_PAD, cookies: { [SESSIE_COOKIE]: sessies['beheerder']! } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<html/i);
    // The board's own script is served under the same path, behind the same check.
    const basis = /<base href="([^"]+)"/.exec(page.body)?.[1] ?? '/';
    const script = new URL(/<script[^>]+src="([^"]+)"/.exec(page.body)![1]!, `http://x${basis}`).pathname;
    expect(script).toMatch(new RegExp(`^${MONITOR_PAD}/`));
    expect((await app.inject({ method: 'GET', url: script!, cookies: { [SESSIE_COOKIE]: sessies['beheerder']! } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: script! })).statusCode).toBe(303);
    const r = await app.inject({ method: 'GET', url: `${MONITOR_PAD}/api/queues?activeQueue=iwj-kpi&status=delayed&page=1`, cookies: { [SESSIE_COOKIE]: sessies['beheerder']! } });
    expect(r.statusCode).toBe(200);
    const body = r.json() as { queues: { name: string; counts: Record<string, number> }[] };
    expect(body.queues.map((q) => q.name).sort()).toEqual(Object.values(wachtrijen.queues).map((q) => q.name).sort());
    expect(body.queues.find((q) => q.name === queueNaam('kpi'))!.counts['delayed']).toBe(1);
  });

  it('accepts an action only from a page of this site, and audits it', async () => {
    const cookies = { [SESSIE_COOKIE]: sessies['beheerder']! };
    const vreemd = await app.inject({ method: 'PUT', url: `${MONITOR_PAD}/api/queues/iwj-kpi/pause`, cookies, headers: { origin: 'https://evil.example' } });
    expect(vreemd.statusCode).toBe(403);
    expect(await wachtrijen.queues.kpi.isPaused()).toBe(false);
    const eigen = await app.inject({ method: 'PUT', url: `${MONITOR_PAD}/api/queues/iwj-kpi/pause`, cookies, headers: { origin: 'http://127.0.0.1:8080', host: '127.0.0.1:8080' } });
    expect(eigen.statusCode).toBe(200);
    expect(await wachtrijen.queues.kpi.isPaused()).toBe(true);
    const log = await new ToegangRepository(t.db).auditLog({ onderwerp: 'wachtrij' });
    expect(log.some((l) => l.actie === 'wachtrij-actie' && String(l.onderwerpId).includes('/api/queues/iwj-kpi/pause'))).toBe(true);
  });
});

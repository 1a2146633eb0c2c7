/**
 * The logs carry no personal data: a realistic flow — a delivery with findings over HTTP, its
 * outcome read back, the backoffice's rejections queue and a message's detail page, URLs that carry
 * a BSN where they should not, a query that fails with a BSN among its parameters — with every log
 * line (level trace) written to a buffer, and not one line holds a BSN or a client's name from the
 * delivered messages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ToegangRepository } from '../../src/db/repositories/toegang.js';
import { veiligeFout } from '../../src/log/veilige-fout.js';
import { logOpties } from '../../src/logger.js';
import { inlineAanlevering } from '../../src/pipeline/inline.js';
import { alsVeiligeJobFout } from '../../src/pipeline/wachtrij/werkers.js';
import { API_PREFIX, buildApp, type App } from '../../src/server/app.js';
import { backoffice } from '../../src/server/backoffice/index.js';
import { batchRoutes } from '../../src/server/batch-routes.js';
import { metricsRoutes } from '../../src/server/metrics-routes.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';
import { leesBerichten, schrijfRegio, testDeps, type GeschrevenRegio } from '../pipeline/regio.js';
import { bouwZip } from '../server/zip-bouwer.js';

const WACHTWOORD = 'een-lang-test-wachtwoord';

describe('no BSN or name in any log line', () => {
  let t: TestDatabase;
  let regio: GeschrevenRegio;
  let app: App;
  const regels: string[] = [];
  let bsns: string[] = [];
  let namen: string[] = [];

  beforeAll(async () => {
    t = await createTestDatabase('log_audit');
    regio = schrijfRegio({ seed: 31337, gemeenten: ['0983', '0984'], clientsPerGemeente: 8, months: 3, faultRate: 0.3, year: 2025 });
    const deps = await testDeps(t, regio, ['0983', '0984']);
    for (const f of fs.readdirSync(regio.berichtenDir)) {
      const xml = fs.readFileSync(path.join(regio.berichtenDir, f), 'utf8');
      bsns.push(...[...xml.matchAll(/<(?:\w+:)?Bsn>(\d{9})</g)].map((m) => m[1]!));
      namen.push(...[...xml.matchAll(/<(?:\w+:)?(?:Achternaam|Voornamen)>([^<]{4,})</g)].map((m) => m[1]!));
    }
    bsns = [...new Set(bsns)];
    namen = [...new Set(namen)];
    const stream = new Writable({
      write(chunk: Buffer, _enc, klaar) {
        regels.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        klaar();
      },
    });
    const opties = { ...logOpties({ LOG_LEVEL: 'trace' }), stream };
    const pipelineLog = pino(logOpties({ LOG_LEVEL: 'trace' }), stream);
    const aanlevering = inlineAanlevering(deps, (e) => pipelineLog.error({ err: e }, 'verwerking mislukt'));
    app = await buildApp({
      database: t,
      logger: opties,
      api: [
        batchRoutes({ database: t, aanlevering }),
        metricsRoutes({ database: t, vandaag: () => '2026-01-15' }),
        // A route whose query fails with a BSN among its parameters (a 500 the error handler logs).
        async (api) => {
          api.get('/kapot', async () => t.db.execute(sql`select ${bsns[0]!}::int / 0`));
        },
      ],
      root: [backoffice({ database: t, veiligeCookies: false })],
    });
    const toegang = new ToegangRepository(t.db);
    await toegang.maakGebruiker({ gebruikersnaam: 'medewerker', naam: 'Test medewerker', wachtwoord: WACHTWOORD, rollen: ['medewerker'] });
    await toegang.maakGebruiker({ gebruikersnaam: 'beheerder', naam: 'Test beheerder', wachtwoord: WACHTWOORD, rollen: ['beheerder'] });
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    await t?.drop();
    regio?.opruimen();
  });

  const sessie = async (naam: string): Promise<Record<string, string>> => {
    const g = await app.inject({ method: 'GET', url: '/aanmelden' });
    const token = /name="_aanmeld" value="([^"]+)"/.exec(g.body)![1]!;
    const r = await app.inject({
      method: 'POST',
      url: '/aanmelden',
      cookies: Object.fromEntries(g.cookies.map((c) => [c.name, c.value])),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _aanmeld: token, gebruikersnaam: naam, wachtwoord: WACHTWOORD, terug: '/' }).toString(),
    });
    expect(r.statusCode).toBe(303);
    return { iwj_sessie: r.cookies.find((c) => c.name === 'iwj_sessie')!.value };
  };

  it('runs the flow: a delivery with findings, its outcome, the backoffice pages, BSNs in URLs, a failing query', async () => {
    expect(bsns.length).toBeGreaterThan(10);
    expect(namen.length).toBeGreaterThan(5);
    const sleutel = (await new ToegangRepository(t.db).maakApiKey('vecozo', ['aanleveren', 'lezen', 'metrics'])).sleutel;
    const auth = { authorization: `Bearer ${sleutel}` };
    const zip = bouwZip(leesBerichten(regio.berichtenDir).map((b) => ({ naam: b.naam, bytes: b.bytes })));
    const r = await app.inject({ method: 'POST', url: `${API_PREFIX}/batches`, headers: { ...auth, 'content-type': 'application/zip' }, payload: zip });
    expect(r.statusCode).toBe(202);
    const batch = (r.json() as { batch: number }).batch;
    for (let i = 0; i < 300; i++) {
      const s = await app.inject({ method: 'GET', url: `${API_PREFIX}/batches/${batch}`, headers: auth });
      if ((s.json() as { voortgang: { klaar: boolean } }).voortgang.klaar) break;
      await new Promise((w) => setTimeout(w, 200));
    }
    const uitkomst = await app.inject({ method: 'GET', url: `${API_PREFIX}/batches/${batch}`, headers: auth });
    // The outcome itself names the findings (the API answer may; the log may not).
    expect(uitkomst.body).toMatch(/regel|melding/);
    expect((await app.inject({ method: 'GET', url: `${API_PREFIX}/batches/${batch}/retours`, headers: auth })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: `${API_PREFIX}/metrics`, headers: auth })).statusCode).toBe(200);

    const medewerker = await sessie('medewerker');
    expect((await app.inject({ method: 'GET', url: '/afkeuren?gemeente=0983&status=afgewezen', cookies: medewerker })).statusCode).toBe(200);
    const [metBevinding] = ((await t.db.execute(sql`select bericht_id from bevinding where fase = 'controle' order by bericht_id limit 1`)) as unknown as { rows: { bericht_id: string }[] }).rows;
    const detail = await app.inject({ method: 'GET', url: `/berichten/${metBevinding!.bericht_id}`, cookies: medewerker });
    expect(detail.statusCode).toBe(200);
    // The page shows the message (its XML, with the BSN): the page may, the log may not.
    expect(bsns.some((b) => detail.body.includes(b))).toBe(true);

    // URLs that carry a BSN (or a name) where they should not.
    const bsn = bsns[0]!;
    const naam = namen[0]!;
    await app.inject({ method: 'GET', url: `/afkeuren?bsn=${bsn}&gemeente=${bsn}&naam=${encodeURIComponent(naam)}`, cookies: medewerker });
    await app.inject({ method: 'GET', url: `/afkeuren?gemeente=0983&aanbieder=${bsn}` });
    await app.inject({ method: 'GET', url: `/bestaat-niet/${bsn}?q=${bsn}` });
    await app.inject({ method: 'GET', url: `${API_PREFIX}/batches/${batch}?bsn=${bsn}`, headers: auth });
    await app.inject({ method: 'GET', url: `/aanmelden?terug=${encodeURIComponent(`/afkeuren?bsn=${bsn}`)}` });
    const beheerder = await sessie('beheerder');
    await app.inject({ method: 'GET', url: `/beheer/audit?onderwerp=bericht&id=${bsn}`, cookies: beheerder });

    // A query that fails with a BSN among its parameters, answered 500 and logged by Fastify.
    expect((await app.inject({ method: 'GET', url: `${API_PREFIX}/kapot`, headers: auth })).statusCode).toBe(500);
  }, 120_000);

  it('wrote the flow to the log: request lines with their URL made safe, the not-found and the failed query', () => {
    expect(regels.length).toBeGreaterThan(20);
    const json = regels.map((r) => JSON.parse(r) as { msg?: string; req?: { url?: string }; err?: { message?: string; type?: string } });
    const urls = json.map((j) => j.req?.url).filter((u): u is string => typeof u === 'string');
    expect(urls).toContain('/afkeuren?gemeente=0983&status=afgewezen');
    expect(urls).toContain('/afkeuren?bsn=[verborgen]&gemeente=[verborgen]&naam=[verborgen]');
    expect(urls).toContain('/beheer/audit?onderwerp=bericht&id=[verborgen]');
    expect(json.some((j) => j.msg === 'Route GET:/bestaat-niet/[verborgen]?q=[verborgen] not found')).toBe(true);
    const fout = json.find((j) => j.err && j.msg?.startsWith('databasevraag mislukt'));
    expect(fout?.err?.message).toMatch(/^databasevraag mislukt: division by zero/);
  });

  it('holds no BSN and no name of the delivered messages in any line', () => {
    const alles = regels.join('\n');
    for (const b of bsns) expect(alles, `BSN ${b}`).not.toContain(b);
    for (const n of namen) expect(alles, `naam ${n}`).not.toContain(n);
  });

  it('describes errors without their values: a failed query’s parameters, a quoted value, a dead letter’s reason', async () => {
    const bsn = bsns[1]!;
    const fout = await t.db.execute(sql`select ${bsn}::date`).catch((e: unknown) => e);
    expect(String((fout as Error).message)).toContain(bsn);
    const b = veiligeFout(fout);
    expect(b.melding).not.toContain(bsn);
    expect(b.code).toBe('22008');
    expect(b.melding).toMatch(/^databasevraag mislukt: .*date/);
    const job = alsVeiligeJobFout(fout) as Error;
    expect(job.message).not.toContain(bsn);
    expect(job.stack).not.toContain(bsn);
    const eigen = new Error('batch 12 bestaat niet');
    expect(alsVeiligeJobFout(eigen)).toBe(eigen);
  });
});

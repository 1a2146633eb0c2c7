/**
 * `/api/v1/metrics` against real PostgreSQL (and Redis for the queue figures): who may read it, and
 * whether its figures match what happened to the messages, read back another way.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BerichtRepository } from '../../src/db/repositories/berichten.js';
import { ToegangRepository } from '../../src/db/repositories/toegang.js';
import { ProcesMetrics } from '../../src/metrics/proces.js';
import { ontvang } from '../../src/pipeline/inline.js';
import { berichtUitkomsten } from '../../src/pipeline/uitkomst.js';
import { wachtrijAanlevering } from '../../src/pipeline/wachtrij/aanlevering.js';
import { producerVerbinding } from '../../src/pipeline/wachtrij/verbinding.js';
import { Wachtrijen } from '../../src/pipeline/wachtrij/wachtrijen.js';
import { startWerkers } from '../../src/pipeline/wachtrij/werkers.js';
import { buildApp, type App } from '../../src/server/app.js';
import { metricsRoutes } from '../../src/server/metrics-routes.js';
import { maakBackofficeRegio, type BackofficeRegio } from '../backoffice/regio.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';
import { leesBerichten, schrijfRegio, testDeps } from '../pipeline/regio.js';
import { REDIS_URL, ruimOp, uniekPrefix, wachtTotVerwerkt } from '../wachtrij/helpers.js';
import { leesMetrics } from './lees.js';

const vandaagNL = (): string => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());

describe('/api/v1/metrics from the database (a processed region)', () => {
  let t: TestDatabase;
  let regio: BackofficeRegio;
  let vandaag = vandaagNL();
  let app: App;
  let sleutel: string;

  beforeAll(async () => {
    t = await createTestDatabase('metrics');
    regio = await maakBackofficeRegio(t);
    // One message delivered again by another channel: received there, not stored again.
    const [eerste] = leesBerichten(regio.regio.berichtenDir);
    await ontvang(regio.deps, { bron: 'http', kanaal: 'vecozo' }, [eerste!]);
    app = await buildApp({ database: t, api: [metricsRoutes({ database: t, vandaag: () => vandaag })] });
    sleutel = (await new ToegangRepository(t.db).maakApiKey('prometheus', ['metrics'])).sleutel;
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    await t?.drop();
    regio?.regio.opruimen();
  });

  const scrape = async () => {
    const r = await app.inject({ method: 'GET', url: '/api/v1/metrics', headers: { authorization: `Bearer ${sleutel}` } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    return { tekst: r.body, m: leesMetrics(r.body) };
  };

  it('answers only an API key with the metrics right (or a beheerder): 401 without, 403 with other rights', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/metrics' })).statusCode).toBe(401);
    const ander = (await new ToegangRepository(t.db).maakApiKey('aanleveraar', ['aanleveren', 'lezen', 'kpi'])).sleutel;
    expect((await app.inject({ method: 'GET', url: '/api/v1/metrics', headers: { authorization: `Bearer ${ander}` } })).statusCode).toBe(403);
    await scrape();
  });

  it('counts the messages received per bron and kanaal, re-deliveries apart', async () => {
    const { m } = await scrape();
    const opgeslagen = regio.berichtIds.length;
    expect(m.get('iwj_berichten_ontvangen_total{bron="cli",kanaal=""}')).toBe(opgeslagen);
    expect(m.get('iwj_berichten_ontvangen_total{bron="http",kanaal="vecozo"}')).toBe(1);
    expect(m.get('iwj_berichten_herhaald_total{bron="http",kanaal="vecozo"}')).toBe(1);
    expect(m.get('iwj_berichten_herhaald_total{bron="cli",kanaal=""}')).toBe(0);
    expect(m.get('iwj_leveringen_total{bron="http",kanaal="vecozo"}')).toBe(1);
  });

  it('counts rejections per stage as the messages’ own outcomes say, and the stages they passed', async () => {
    const { m } = await scrape();
    const uitkomsten = await berichtUitkomsten(t, regio.berichtIds.map((berichtId) => ({ berichtId, naam: String(berichtId), herhaling: false })));
    const perStage = (s: string) => uitkomsten.filter((u) => u.json.stage === s).length;
    const repo = new BerichtRepository(t.db);
    let controle = 0;
    for (const id of regio.berichtIds) if ((await repo.bevindingen(id, ['controle'])).some((f) => f.retourcode)) controle++;
    expect(perStage('xml') + perStage('xsd') + perStage('regels')).toBeGreaterThan(0);
    expect(controle).toBeGreaterThan(0);
    expect(m.get('iwj_berichten_afgekeurd_total{fase="xml"}')).toBe(perStage('xml'));
    expect(m.get('iwj_berichten_afgekeurd_total{fase="xsd"}')).toBe(perStage('xsd'));
    expect(m.get('iwj_berichten_afgekeurd_total{fase="regels"}')).toBe(perStage('regels'));
    expect(m.get('iwj_berichten_afgekeurd_total{fase="controle"}')).toBe(controle);

    const technisch = perStage('xml') + perStage('xsd');
    expect(m.get('iwj_berichten_verwerkt_total{fase="gevalideerd"}')).toBe(regio.berichtIds.length);
    expect(m.get('iwj_berichten_verwerkt_total{fase="gecontroleerd"}')).toBe(regio.berichtIds.length - technisch);
    expect(m.get('iwj_berichten_verwerkt_total{fase="retour"}')).toBeLessThan(regio.berichtIds.length - technisch);
    expect(m.get('iwj_berichten{status="technisch-afgekeurd"}')).toBe(technisch);
    // Everything processed: nothing waits for a stage.
    expect(m.get('iwj_berichten_wachtend{stage="validate"}')).toBe(0);
    expect(m.get('iwj_batches_wachtend')).toBe(0);
    expect(m.get('iwj_batch_oudste_wachtend_seconden')).toBe(0);
  });

  it('counts the retours made per type, and the ones still due and overdue against the standard’s deadlines', async () => {
    const uitkomsten = await berichtUitkomsten(t, regio.berichtIds.map((berichtId) => ({ berichtId, naam: String(berichtId), herhaling: false })));
    const retours = new Map<string, number>();
    for (const u of uitkomsten) if (u.json.retour) retours.set(u.json.retour.type, (retours.get(u.json.retour.type) ?? 0) + 1);
    const wachtend = uitkomsten.filter((u) => u.json.status === 'in-onderzoek' && u.messageType?.endsWith('323')).length;
    expect(wachtend).toBeGreaterThan(0);

    vandaag = vandaagNL();
    const nu = (await scrape()).m;
    for (const [type, n] of retours) expect(nu.get(`iwj_retours_total{berichttype="${type}"}`), type).toBe(n);
    const wachtPer325 = [...nu].filter(([k]) => k.startsWith('iwj_retours_wachtend{') && k.includes('325"')).reduce((s, [, v]) => s + v, 0);
    expect(wachtPer325).toBe(wachtend);
    // Received today: within their 10 working days.
    expect([...nu].filter(([k]) => k.startsWith('iwj_retours_te_laat{')).reduce((s, [, v]) => s + v, 0)).toBe(0);

    vandaag = '2099-01-01';
    const later = (await scrape()).m;
    const teLaat = [...later].filter(([k]) => k.startsWith('iwj_retours_te_laat{')).reduce((s, [, v]) => s + v, 0);
    const alles = [...later].filter(([k]) => k.startsWith('iwj_retours_wachtend{')).reduce((s, [, v]) => s + v, 0);
    expect(teLaat).toBe(alles);
    expect(teLaat).toBeGreaterThanOrEqual(wachtend);
    vandaag = vandaagNL();
  });

  it('shows no queue figures when the queues are not used, and never a BSN', async () => {
    const { tekst } = await scrape();
    expect(tekst).not.toContain('iwj_wachtrij_jobs');
    const bsns = (await t.db.execute(sql`select distinct bsn from prestatie union select distinct bsn from toewijzing`)) as unknown as { rows: { bsn: string }[] };
    expect(bsns.rows.length).toBeGreaterThan(0);
    for (const { bsn } of bsns.rows) expect(tekst).not.toContain(bsn);
  });
});

describe('/api/v1/metrics with the queues (real Redis)', () => {
  let t: TestDatabase;
  let prefix: string;
  let wachtrijen: Wachtrijen;
  const proces = new ProcesMetrics();

  beforeAll(async () => {
    t = await createTestDatabase('metrics_wachtrij');
    prefix = uniekPrefix('metrics');
    wachtrijen = new Wachtrijen(producerVerbinding(REDIS_URL), prefix);
  });

  afterAll(async () => {
    await wachtrijen?.sluit();
    wachtrijen?.verbinding.disconnect();
    await ruimOp(prefix);
    await t?.drop();
  });

  it('gives the jobs per queue and state and the job durations per stage of the workers in this process', async () => {
    const regio = schrijfRegio({ seed: 7, gemeenten: ['0907'], clientsPerGemeente: 3, months: 2, faultRate: 0.2, year: 2025 });
    try {
      const deps = await testDeps(t, regio, ['0907']);
      const werkers = startWerkers({ ...deps, wachtrijen }, { redisUrl: REDIS_URL, prefix, onKlaar: proces.onKlaar, onFout: proces.onFout });
      try {
        const aanlevering = wachtrijAanlevering(deps, wachtrijen);
        const o = await aanlevering.ontvang({ bron: 'http', kanaal: 'vecozo' }, leesBerichten(regio.berichtenDir));
        await aanlevering.start(o.berichten.map((b) => b.berichtId));
        await wachtTotVerwerkt(t, [o.batchId], 120_000);
      } finally {
        await werkers.sluit();
      }
      const app = await buildApp({ database: t, api: [metricsRoutes({ database: t, wachtrijen, proces, vandaag: vandaagNL })] });
      try {
        const sleutel = (await new ToegangRepository(t.db).maakApiKey('prometheus', ['metrics'])).sleutel;
        const r = await app.inject({ method: 'GET', url: '/api/v1/metrics', headers: { 'x-api-key': sleutel } });
        const m = leesMetrics(r.body);
        expect(m.get('iwj_wachtrij_bereikbaar')).toBe(1);
        for (const q of ['validate', 'control', 'decide', 'retour', 'kpi']) {
          expect(m.get(`iwj_wachtrij_jobs{toestand="failed",wachtrij="${q}"}`), q).toBe(0);
          expect(m.get(`iwj_wachtrij_jobs{toestand="waiting",wachtrij="${q}"}`), q).toBe(0);
        }
        for (const s of ['validate', 'control', 'retour', 'kpi']) {
          expect(m.get(`iwj_stage_duur_seconden_count{stage="${s}"}`), s).toBe(1);
          expect(m.get(`iwj_stage_duur_seconden_bucket{le="+Inf",stage="${s}"}`), s).toBe(1);
        }
        expect(m.get('iwj_berichten_ontvangen_total{bron="http",kanaal="vecozo"}')).toBe(leesBerichten(regio.berichtenDir).length);
      } finally {
        await app.close();
      }
    } finally {
      regio.opruimen();
    }
  }, 180_000);

  it('still answers when Redis does not: the queue figures say so', async () => {
    const weg = new Wachtrijen(producerVerbinding('redis://127.0.0.1:1'), uniekPrefix('weg'));
    weg.verbinding.on('error', () => {});
    const app = await buildApp({ database: t, api: [metricsRoutes({ database: t, wachtrijen: weg, vandaag: vandaagNL })] });
    try {
      const sleutel = (await new ToegangRepository(t.db).maakApiKey('prometheus2', ['metrics'])).sleutel;
      const r = await app.inject({ method: 'GET', url: '/api/v1/metrics', headers: { 'x-api-key': sleutel } });
      expect(r.statusCode).toBe(200);
      const m = leesMetrics(r.body);
      expect(m.get('iwj_wachtrij_bereikbaar')).toBe(0);
      expect(m.get('iwj_berichten_ontvangen_total{bron="http",kanaal="vecozo"}')).toBeGreaterThan(0);
    } finally {
      await app.close();
      await weg.sluit().catch(() => {});
      weg.verbinding.disconnect();
    }
  }, 30_000);
});


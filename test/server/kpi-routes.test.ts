import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KpiRepository } from '../../src/db/repositories/kpi.js';
import { ToegangRepository } from '../../src/db/repositories/toegang.js';
import { buildApp, type App } from '../../src/server/app.js';
import { SESSIE_COOKIE } from '../../src/server/auth.js';
import { kpiRoutes } from '../../src/server/kpi-routes.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';
import { A1, A2, laadKpiFeiten, PEILDATUM } from '../kpi/feiten.js';

describe('GET /api/v1/kpi', () => {
  let t: TestDatabase;
  let app: App;
  let kpiSleutel: string;
  let lezenSleutel: string;
  let contractmanager: string;
  let medewerker: string;

  const get = (url: string, headers: Record<string, string> = { authorization: `Bearer ${kpiSleutel}` }) => app.inject({ method: 'GET', url: `/api/v1${url}`, headers });

  beforeAll(async () => {
    t = await createTestDatabase('kpi_api');
    await laadKpiFeiten(t.db);
    await new KpiRepository(t.db).ververs({ peildatum: PEILDATUM, door: 'test' });
    const toegang = new ToegangRepository(t.db);
    kpiSleutel = (await toegang.maakApiKey('dashboard', ['kpi'])).sleutel;
    lezenSleutel = (await toegang.maakApiKey('vecozo', ['aanleveren', 'lezen'])).sleutel;
    const cm = await toegang.maakGebruiker({ gebruikersnaam: 'carla', naam: 'Carla', wachtwoord: 'lang-genoeg-geheim', rollen: ['contractmanager'] });
    const mw = await toegang.maakGebruiker({ gebruikersnaam: 'mo', naam: 'Mo', wachtwoord: 'lang-genoeg-geheim', rollen: ['medewerker'] });
    contractmanager = (await toegang.maakSessie(cm.id)).token;
    medewerker = (await toegang.maakSessie(mw.id)).token;
    app = await buildApp({ database: t, api: [kpiRoutes(t)] });
  });
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  it('answers 401 without credentials', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/v1/kpi/wachttijd' });
    expect(r.statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/v1/kpi' })).statusCode).toBe(401);
  });

  it('answers 403 to a channel without the kpi right and to a user without the contractmanager role', async () => {
    expect((await get('/kpi/wachttijd', { authorization: `Bearer ${lezenSleutel}` })).statusCode).toBe(403);
    const r = await app.inject({ method: 'GET', url: '/api/v1/kpi/budget', cookies: { [SESSIE_COOKIE]: medewerker } });
    expect(r.statusCode).toBe(403);
    expect(r.json()).toMatchObject({ fout: 'geen-toegang' });
  });

  it('gives a figure as JSON to a channel with the kpi right and to a contractmanager', async () => {
    const r = await get('/kpi/wachttijd');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      figuur: 'wachttijd',
      peildata: [PEILDATUM],
      per: [],
      rijen: [{ aantal: 6, gemiddeldDagen: 13.5, mediaanDagen: 10.5, p90Dagen: 30, aantalBoven28: 1, aandeelBoven28Pct: 16.7, gestartVoorToewijzing: 1 }],
    });
    expect(r.json().kolommen.map((k: { sleutel: string }) => k.sleutel)).toContain('p90Dagen');
    const s = await app.inject({ method: 'GET', url: '/api/v1/kpi/wachttijd', cookies: { [SESSIE_COOKIE]: contractmanager } });
    expect(s.statusCode).toBe(200);
  });

  it('filters and groups by repeated or comma-separated query parameters', async () => {
    const r = await get(`/kpi/budget?aanbieder=${A1}&aanbieder=${A2}&afrekening=geheel`);
    expect(r.json().rijen.map((x: Record<string, unknown>) => [x['aanbieder'], x['verwachteAfrekeningCent']])).toEqual([
      [A1, -2_000_000],
      [A2, 1_200_000],
    ]);
    const p = await get('/kpi/wachtlijst?per=gemeente,segment');
    expect(p.json().rijen.map((x: Record<string, unknown>) => [x['segment'], x['aantal']])).toEqual([
      ['jeugd-ambulant', 3],
      ['onbekend', 1],
    ]);
    const l = await get('/kpi/wachtlijst-langst?limiet=1');
    expect(l.json().rijen).toEqual([expect.objectContaining({ toewijzingNummer: 14, dagen: 119 })]);
  });

  it('exports the same CSV as the command line, for Dutch Excel with komma=true', async () => {
    const r = await get('/kpi/stroom?formaat=csv&komma=true&per=totaal');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers['content-disposition']).toBe('attachment; filename="kpi-stroom-2025-06-30.csv"');
    expect(r.body).toBe(
      '\uFEFFInstroom;Uitstroom;Netto;Einde vóór einddatum toewijzing;Einde op einddatum toewijzing;Einde na einddatum toewijzing;' +
        'Toewijzing zonder einddatum;Vóór einddatum (%);Op einddatum (%);Na einddatum (%);Zonder einddatum (%)\r\n' +
        '6;3;3;1;2;0;0;33,3;66,7;0;0\r\n',
    );
    const d = await get('/kpi/wachttijd?formaat=csv&per=aanbieder');
    expect(d.body.split('\r\n')[2]).toBe(`="${A2}",,3,2.3,0,5.6,0,0,1,3,0,0,0,0,0`);
    const m = await get('/kpi/budget?per=maand&formaat=csv&komma=true');
    expect(m.body.split('\r\n')[0]).toBe('\uFEFFMaand;Jaar;Realisatie (€);Realisatie cumulatief (€);In onderzoek (€);Prognose (€);Prognose cumulatief (€);Prognosemethode');
    expect(m.body.split('\r\n')[12]).toBe('2025-12;2025;;;;4000,00;50800,00;');
  });

  it('writes every answer to the audit log: bekeken for JSON, geexporteerd for CSV', async () => {
    await get('/kpi/bezetting?formaat=csv');
    const log = await new ToegangRepository(t.db).auditLog({ onderwerp: 'kpi', limit: 50 });
    expect(log[0]).toMatchObject({ wie: 'kanaal:dashboard', actie: 'geexporteerd', onderwerpId: 'bezetting' });
    expect(log[0]!.details).toMatchObject({ peildata: [PEILDATUM], formaat: 'csv', rijen: 2 });
    expect(log.some((l) => l.actie === 'bekeken' && l.onderwerpId === 'wachttijd' && l.wie.startsWith('gebruiker:'))).toBe(true);
  });

  it('refuses wrong questions with 400 and a Dutch sentence, and a missing snapshot with 404', async () => {
    expect((await get('/kpi/onzin')).statusCode).toBe(400);
    const per = await get('/kpi/wachttijd?per=maand');
    expect(per.statusCode).toBe(400);
    expect(per.json()).toEqual({ fout: 'ongeldige-vraag', melding: "wachttijd kan niet worden ingedeeld per 'maand'; kies uit: peildatum, gemeente, aanbieder, segment, perceel, productcategorie, productcode." });
    expect((await get('/kpi/wachttijd?peildatum=30-06-2025')).json()).toMatchObject({ fout: 'ongeldige-vraag' });
    expect((await get('/kpi/wachttijd?gemeent=0983')).json()).toMatchObject({ fout: 'ongeldige-vraag', melding: expect.stringContaining("Onbekende parameter 'gemeent'") });
    const geen = await get('/kpi/wachttijd?peildatum=2024-12-31');
    expect(geen.statusCode).toBe(404);
    expect(geen.json().melding).toContain('peildatum 2024-12-31');
  });

  it('lists the figures, the peildata and the refreshes, and documents the routes in the OpenAPI document', async () => {
    const r = await get('/kpi');
    expect(r.json()).toMatchObject({ peildata: [PEILDATUM], verversingen: [expect.objectContaining({ peildatum: PEILDATUM, status: 'klaar', door: 'test' })] });
    expect(r.json().kengetallen.map((k: { figuur: string }) => k.figuur)).toEqual(['wachttijd', 'wachtlijst', 'wachtlijst-langst', 'doorlooptijd', 'stroom', 'bezetting', 'budget']);
    const doc = await get('/openapi.json');
    expect(Object.keys(doc.json().paths)).toEqual(expect.arrayContaining(['/api/v1/kpi', '/api/v1/kpi/{figuur}']));
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ToegangRepository } from '../../src/db/repositories/toegang.js';
import { buildApp, type App } from '../../src/server/app.js';
import { SESSIE_COOKIE } from '../../src/server/auth.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';

describe('authentication on every /api endpoint', () => {
  let t: TestDatabase;
  let app: App;
  let sleutel: string;
  let sleutelId: number;
  let sessie: { token: string; csrf: string };

  beforeAll(async () => {
    t = await createTestDatabase('auth');
    const toegang = new ToegangRepository(t.db);
    ({ sleutel, id: sleutelId } = await toegang.maakApiKey('vecozo'));
    const g = await toegang.maakGebruiker({ gebruikersnaam: 'anna', naam: 'Anna', wachtwoord: 'geheim-en-lang', rollen: ['medewerker'] });
    sessie = await toegang.maakSessie(g.id);
    app = await buildApp({
      database: t,
      api: [
        async (api) => {
          api.post('/iets', async () => ({ gedaan: true }));
        },
      ],
    });
  });
  afterAll(async () => {
    await app?.close();
    await t?.drop();
  });

  it('answers 401 without credentials, with an unknown key, and with a revoked key', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/wie' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/v1/wie', headers: { authorization: 'Bearer iwj_onzin' } })).statusCode).toBe(401);
    const extra = await new ToegangRepository(t.db).maakApiKey('oud');
    await new ToegangRepository(t.db).trekApiKeyIn(extra.id);
    expect((await app.inject({ method: 'GET', url: '/api/v1/wie', headers: { 'x-api-key': extra.sleutel } })).statusCode).toBe(401);
  });

  it('knows a channel by its API key and stores only its hash', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/v1/wie', headers: { authorization: `Bearer ${sleutel}` } });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ wie: 'kanaal:vecozo', soort: 'kanaal' });
    const keys = await new ToegangRepository(t.db).apiKeys();
    expect(JSON.stringify(keys)).not.toContain(sleutel);
    expect(keys.find((k) => k.id === sleutelId)?.laatstGebruiktOp).toBeTruthy();
  });

  it('knows a user by the session cookie and demands the CSRF token on unsafe requests', async () => {
    const cookies = { [SESSIE_COOKIE]: sessie.token };
    expect((await app.inject({ method: 'GET', url: '/api/v1/wie', cookies })).json()).toMatchObject({ soort: 'gebruiker' });
    expect((await app.inject({ method: 'POST', url: '/api/v1/iets', cookies })).statusCode).toBe(403);
    const ok = await app.inject({ method: 'POST', url: '/api/v1/iets', cookies, headers: { 'x-csrf-token': sessie.csrf } });
    expect(ok.statusCode).toBe(200);
  });

  it('serves the OpenAPI document generated from the routes', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/v1/openapi.json', headers: { authorization: `Bearer ${sleutel}` } });
    expect(r.statusCode).toBe(200);
    expect(r.json().openapi).toMatch(/^3\./);
    expect(Object.keys(r.json().paths)).toContain('/api/v1/wie');
  });
});

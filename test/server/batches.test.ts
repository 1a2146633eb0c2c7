import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BerichtRepository } from '../../src/db/repositories/berichten.js';
import { ToegangRepository } from '../../src/db/repositories/toegang.js';
import { leesZip } from '../../src/ingest/zip.js';
import { STANDAARD_LIMIETEN } from '../../src/ingest/limieten.js';
import { WachtrijNietBeschikbaar, type Aanlevering } from '../../src/pipeline/aanlevering.js';
import { ontvang } from '../../src/pipeline/inline.js';
import type { App } from '../../src/server/app.js';
import { wilJson } from '../../src/server/batch-routes.js';
import { SESSIE_COOKIE } from '../../src/server/auth.js';
import { auth, maakOpzet, voorbeeld, type Opzet } from './opzet.js';
import { bouwMultipart, bouwZip } from './zip-bouwer.js';

async function aantal(o: Opzet, tabel: string): Promise<number> {
  const r = await o.t.db.execute(sql.raw(`select count(*)::int as n from ${tabel}`));
  return (r as unknown as { rows: { n: number }[] }).rows[0]!.n;
}

describe('POST /api/v1/batches and reading a batch back', () => {
  let o: Opzet;
  let app: App;
  let vecozo: string;
  let ander: string;
  let alleenLezen: string;

  beforeAll(async () => {
    o = await maakOpzet('batches');
    vecozo = await o.sleutel('vecozo');
    ander = await o.sleutel('suite-venlo');
    alleenLezen = await o.sleutel('rapportage', ['lezen']);
    app = await o.app();
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  it('answers 401 without a valid key and stores nothing', async () => {
    const voor = await aantal(o, 'batch');
    const r = await app.inject({ method: 'POST', url: '/api/v1/batches', headers: { 'content-type': 'application/xml' }, payload: voorbeeld('JW305') });
    expect(r.statusCode).toBe(401);
    const r2 = await app.inject({ method: 'POST', url: '/api/v1/batches', headers: { ...auth('iwj_onzin'), 'content-type': 'application/zip' }, payload: bouwZip([{ naam: 'a.xml', bytes: voorbeeld('JW305') }]) });
    expect(r2.statusCode).toBe(401);
    expect(await aantal(o, 'batch')).toBe(voor);
  });

  it('answers 403 to a channel without the right aanleveren', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/v1/batches', headers: { ...auth(alleenLezen), 'content-type': 'application/xml' }, payload: voorbeeld('JW305') });
    expect(r.statusCode).toBe(403);
  });

  it('stores one XML raw before answering 202 with the batch id, then processes it', async () => {
    const xml = voorbeeld('JW305');
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/batches',
      headers: { ...auth(vecozo), 'content-type': 'application/xml', 'content-disposition': 'attachment; filename="start-zorg.xml"' },
      payload: xml,
    });
    expect(r.statusCode).toBe(202);
    const body = r.json();
    expect(r.headers['location']).toBe(`/api/v1/batches/${body.batch}`);
    expect(body.berichten).toEqual([{ berichtId: expect.any(Number), bestandsnaam: 'start-zorg.xml', herhaling: false }]);
    const rij = await new BerichtRepository(o.t.db).get(body.berichten[0].berichtId);
    expect(Buffer.from(rij!.raw).equals(xml)).toBe(true);

    await o.aanlevering.klaar!();
    const g = await app.inject({ method: 'GET', url: `/api/v1/batches/${body.batch}`, headers: auth(vecozo) });
    expect(g.statusCode).toBe(200);
    const status = g.json();
    expect(status).toMatchObject({ batch: body.batch, bron: 'http', kanaal: 'vecozo', bestandsnaam: 'start-zorg.xml' });
    expect(status.voortgang).toMatchObject({ berichten: 1, afgerond: 1, wacht: 0, klaar: true });
    expect(status.berichten[0]).toMatchObject({ berichttype: 'JW305', stap: 'ok', geldig: true, voortgang: 'afgerond', retour: { berichttype: 'JW306' } });
  });

  it('takes a zip of messages as one batch, keeps the zip, and gives the retours as a zip or as JSON', async () => {
    const delen = [
      { naam: 'a/JW305.xml', bytes: voorbeeld('JW305') },
      { naam: 'a/JW307.xml', bytes: voorbeeld('JW307') },
      { naam: 'WMO305.xml', bytes: voorbeeld('WMO305') },
    ];
    const zip = bouwZip(delen);
    const r = await app.inject({ method: 'POST', url: '/api/v1/batches', headers: { ...auth(vecozo), 'content-type': 'application/zip' }, payload: zip });
    expect(r.statusCode).toBe(202);
    const batch = r.json().batch as number;
    expect(r.json().berichten.map((b: { bestandsnaam: string }) => b.bestandsnaam)).toEqual(['levering.zip!/a/JW305.xml', 'levering.zip!/a/JW307.xml', 'levering.zip!/WMO305.xml']);
    const raw = await o.t.db.execute(sql`select raw from batch where id = ${batch}`);
    expect(Buffer.from((raw as unknown as { rows: { raw: Uint8Array }[] }).rows[0]!.raw).equals(zip)).toBe(true);

    await o.aanlevering.klaar!();
    const z = await app.inject({ method: 'GET', url: `/api/v1/batches/${batch}/retours`, headers: auth(vecozo) });
    expect(z.statusCode).toBe(200);
    expect(z.headers['content-type']).toBe('application/zip');
    expect(z.headers['x-iwj-compleet']).toBe('true');
    const inhoud = await leesZip(z.rawPayload);
    expect(inhoud.map((d) => d.naam.split('-')[0]).sort()).toEqual(['JW306', 'JW308', 'WMO306']);
    for (const d of inhoud) expect('bytes' in d && d.bytes.toString('utf8')).toMatch(/^<\?xml/);

    const j = await app.inject({ method: 'GET', url: `/api/v1/batches/${batch}/retours`, headers: { ...auth(vecozo), accept: 'application/json' } });
    expect(j.statusCode).toBe(200);
    const retours = j.json();
    expect(retours.compleet).toBe(true);
    expect(retours.retours).toHaveLength(3);
    const jw308 = retours.retours.find((x: { berichttype: string }) => x.berichttype === 'JW308');
    expect(Buffer.from(jw308.inhoud, 'base64').toString('utf8')).toContain('jw308:Bericht');
    expect(Object.keys(jw308).sort()).toEqual(['antwoordOp', 'berichtId', 'berichttype', 'bestandsnaam', 'inhoud']);
  });

  it('takes several files as multipart (XML and zip parts) and keeps the delivery whole as a zip of its parts', async () => {
    const xml = voorbeeld('WMO307');
    const zip = bouwZip([{ naam: 'JW305.xml', bytes: voorbeeld('JW305') }]);
    const { body, contentType } = bouwMultipart([
      { naam: 'WMO307.xml', bytes: xml, type: 'application/xml' },
      { naam: 'batch.zip', bytes: zip, type: 'application/zip' },
    ]);
    const r = await app.inject({ method: 'POST', url: '/api/v1/batches', headers: { ...auth(vecozo), 'content-type': contentType }, payload: body });
    expect(r.statusCode).toBe(202);
    expect(r.json().berichten.map((b: { bestandsnaam: string }) => b.bestandsnaam)).toEqual(['WMO307.xml', 'batch.zip!/JW305.xml']);
    const raw = await o.t.db.execute(sql`select raw from batch where id = ${r.json().batch}`);
    const bewaard = await leesZip(Buffer.from((raw as unknown as { rows: { raw: Uint8Array }[] }).rows[0]!.raw));
    expect(bewaard.map((d) => d.naam)).toEqual(['WMO307.xml', 'batch.zip']);
    // The zip inside is the kept original (refused as a nested zip only by a reader that would expand it).
    expect(bewaard[1]).toMatchObject({ naam: 'batch.zip' });
  });

  it('recognises a byte-identical re-delivery: not stored again, but shown in the new batch', async () => {
    const xml = voorbeeld('JW307');
    const eerst = await app.inject({ method: 'POST', url: '/api/v1/batches', headers: { ...auth(vecozo), 'content-type': 'text/xml' }, payload: xml });
    const opnieuw = await app.inject({ method: 'POST', url: '/api/v1/batches', headers: { ...auth(vecozo), 'content-type': 'text/xml' }, payload: xml });
    expect(opnieuw.statusCode).toBe(202);
    expect(opnieuw.json().berichten[0]).toMatchObject({ berichtId: eerst.json().berichten[0].berichtId, herhaling: true });
    await o.aanlevering.klaar!();
    const g = await app.inject({ method: 'GET', url: `/api/v1/batches/${opnieuw.json().batch}`, headers: auth(vecozo) });
    expect(g.json().berichten).toHaveLength(1);
    expect(g.json().berichten[0]).toMatchObject({ herhaling: true, berichttype: 'JW307', voortgang: 'afgerond' });
  });

  it('lets a channel see only its own batches: another channel gets 404 for the batch and its retours', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/v1/batches', headers: { ...auth(vecozo), 'content-type': 'application/xml' }, payload: voorbeeld('JW305') });
    const batch = r.json().batch;
    for (const url of [`/api/v1/batches/${batch}`, `/api/v1/batches/${batch}/retours`]) {
      const g = await app.inject({ method: 'GET', url, headers: auth(ander) });
      expect(g.statusCode).toBe(404);
      expect(g.json().melding).toMatch(/niet door dit kanaal/);
    }
    expect((await app.inject({ method: 'GET', url: '/api/v1/batches/999999', headers: auth(vecozo) })).statusCode).toBe(404);
  });

  it('lets a backoffice user with a role read any batch', async () => {
    const toegang = new ToegangRepository(o.t.db);
    const g = await toegang.maakGebruiker({ gebruikersnaam: 'piet', naam: 'Piet', wachtwoord: 'een-lang-wachtwoord', rollen: ['medewerker'] });
    const s = await toegang.maakSessie(g.id);
    const r = await app.inject({ method: 'POST', url: '/api/v1/batches', headers: { ...auth(vecozo), 'content-type': 'application/xml' }, payload: voorbeeld('WMO305') });
    const l = await app.inject({ method: 'GET', url: `/api/v1/batches/${r.json().batch}`, cookies: { [SESSIE_COOKIE]: s.token } });
    expect(l.statusCode).toBe(200);
    expect(l.json().kanaal).toBe('vecozo');
  });

  it('answers 415 for another content type and 400 for an empty body, in Dutch, storing nothing', async () => {
    const voor = await aantal(o, 'batch');
    const a = await app.inject({ method: 'POST', url: '/api/v1/batches', headers: { ...auth(vecozo), 'content-type': 'application/json' }, payload: '{"bericht":1}' });
    expect(a.statusCode).toBe(415);
    expect(a.json()).toMatchObject({ fout: 'onbekend-formaat', melding: expect.stringMatching(/wordt niet aangenomen/) });
    const b = await app.inject({ method: 'POST', url: '/api/v1/batches', headers: { ...auth(vecozo), 'content-type': 'application/xml' }, payload: '' });
    expect(b.statusCode).toBe(400);
    expect(b.json().melding).toMatch(/leeg/);
    const leeg = bouwMultipart([]);
    const c = await app.inject({ method: 'POST', url: '/api/v1/batches', headers: { ...auth(vecozo), 'content-type': leeg.contentType }, payload: leeg.body });
    expect(c.statusCode).toBe(400);
    expect(await aantal(o, 'batch')).toBe(voor);
  });

  it('answers 413 with a clear body when a multipart request has more parts than allowed', async () => {
    const krap = await o.app({ limieten: { ...STANDAARD_LIMIETEN, maxDelen: 2 } });
    const { body, contentType } = bouwMultipart([1, 2, 3].map((i) => ({ naam: `${i}.xml`, bytes: voorbeeld('JW305') })));
    const r = await krap.inject({ method: 'POST', url: '/api/v1/batches', headers: { ...auth(vecozo), 'content-type': contentType }, payload: body });
    expect(r.statusCode).toBe(413);
    expect(r.json().melding).toMatch(/hoogstens 2 bestanden/);
  });

  it('answers 503 with Retry-After when the queue cannot take the work, with the messages stored all the same', async () => {
    const wachtrijWeg: Aanlevering = {
      ontvang: (info, levering) => ontvang(o.deps, info, levering),
      start: async () => {
        throw new WachtrijNietBeschikbaar(new Error('ECONNREFUSED'));
      },
    };
    const zonderWachtrij = await o.app({ aanlevering: wachtrijWeg });
    const xml = voorbeeld('JW305');
    const r = await zonderWachtrij.inject({ method: 'POST', url: '/api/v1/batches', headers: { ...auth(vecozo), 'content-type': 'application/xml' }, payload: xml });
    expect(r.statusCode).toBe(503);
    expect(r.headers['retry-after']).toBe('30');
    expect(r.json()).toMatchObject({ fout: 'wachtrij-niet-beschikbaar', batch: expect.any(Number), melding: expect.stringMatching(/opgeslagen.*niet opnieuw/s) });
    const berichten = await o.t.db.execute(sql`select raw, status from bericht where batch_id = ${r.json().batch}`);
    const rijen = (berichten as unknown as { rows: { raw: Uint8Array; status: string }[] }).rows;
    expect(rijen).toHaveLength(1);
    expect(Buffer.from(rijen[0]!.raw).equals(xml)).toBe(true);
    expect(rijen[0]!.status).toBe('ontvangen');
  });

  it('answers 500 without the cause when storing fails (the cause may hold data from the request)', async () => {
    const kapot: Aanlevering = {
      ontvang: async () => {
        throw new Error('duplicate key value violates unique constraint: Key (bsn)=(999999990)');
      },
      start: async () => {},
    };
    const r = await (await o.app({ aanlevering: kapot })).inject({ method: 'POST', url: '/api/v1/batches', headers: { ...auth(vecozo), 'content-type': 'application/xml' }, payload: voorbeeld('JW305') });
    expect(r.statusCode).toBe(500);
    expect(r.json()).toEqual({ fout: 'interne-fout', melding: expect.stringMatching(/probeer het later opnieuw/) });
    expect(r.body).not.toContain('999999990');
  });

  it('documents the endpoints in the OpenAPI document, responses included', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/v1/openapi.json', headers: auth(vecozo) });
    const doc = r.json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/batches', '/api/v1/batches/{id}', '/api/v1/batches/{id}/retours', '/api/v1/ggk', '/api/v1/ggk/{referentienummer}']));
    const post = doc.paths['/api/v1/batches'].post;
    expect(Object.keys(post.requestBody.content)).toEqual(expect.arrayContaining(['application/xml', 'application/zip', 'multipart/form-data']));
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['202', '413', '503']));
    expect(Object.keys(doc.paths['/api/v1/batches/{id}/retours'].get.responses['200'].content)).toEqual(['application/zip', 'application/json']);
  });

  it('sends nothing the schema does not list: no file paths, no internal columns', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/v1/batches', headers: { ...auth(vecozo), 'content-type': 'application/xml' }, payload: voorbeeld('JW307') });
    await o.aanlevering.klaar!();
    const g = await app.inject({ method: 'GET', url: `/api/v1/batches/${r.json().batch}`, headers: auth(vecozo) });
    const tekst = g.body;
    expect(tekst).not.toContain(o.outbox);
    expect(Object.keys(g.json().berichten[0]).sort()).toEqual(
      ['berichtId', 'berichttype', 'bestandsnaam', 'fouten', 'geldig', 'herhaling', 'release', 'retour', 'retourcodes', 'stap', 'standaard', 'status', 'voortgang'].sort(),
    );
    expect(Object.keys(g.json().berichten[0].retour)).toEqual(['berichttype']);
  });

  it('pages through the messages of a batch', async () => {
    const zip = bouwZip([1, 2, 3].map((i) => ({ naam: `${i}.xml`, bytes: voorbeeld('JW305') })));
    const r = await app.inject({ method: 'POST', url: '/api/v1/batches', headers: { ...auth(vecozo), 'content-type': 'application/zip' }, payload: zip });
    const g = await app.inject({ method: 'GET', url: `/api/v1/batches/${r.json().batch}?vanaf=1&aantal=1`, headers: auth(vecozo) });
    expect(g.json().voortgang.berichten).toBe(3);
    expect(g.json().berichten.map((b: { bestandsnaam: string }) => b.bestandsnaam)).toEqual(['levering.zip!/2.xml']);
    const fout = await app.inject({ method: 'GET', url: `/api/v1/batches/${r.json().batch}?aantal=0`, headers: auth(vecozo) });
    expect(fout.statusCode).toBe(400);
    expect(fout.json().fout).toBe('ongeldig-verzoek');
  });
});

describe('Accept: zip unless JSON is preferred', () => {
  it.each([
    [undefined, false],
    ['*/*', false],
    ['application/json', true],
    ['application/zip', false],
    ['application/zip, application/json;q=0.5', false],
    ['application/json, application/zip;q=0.5', true],
    ['application/*', false],
    ['text/html, application/json;q=0.9', true],
  ])('%s → JSON %s', (accept, json) => {
    expect(wilJson(accept)).toBe(json);
  });
});

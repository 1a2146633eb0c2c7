/**
 * The GGK envelope endpoint: Di01 in (bare or in SOAP), Du01 / Fo01 / Bv03 out, every answer valid
 * against the reference copies of the envelope schemas (`../shared/ggk`), checked with libxml2.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesEnvelop } from '../../src/ggk/envelop.js';
import { WachtrijNietBeschikbaar, type Aanlevering } from '../../src/pipeline/aanlevering.js';
import { ontvang, verwerk } from '../../src/pipeline/inline.js';
import type { App } from '../../src/server/app.js';
import { parseXml, SchemaSet, validateAgainstSchema } from '../../src/xml/validate.js';
import { auth, maakOpzet, voorbeeld, type Opzet } from './opzet.js';
import { SHARED_DIR } from '../reference.js';

const GGK_DIR = path.join(SHARED_DIR, 'ggk');
const referentie = new SchemaSet(GGK_DIR);
const ENVELOP_XSD = 'ggk0310_21/ggkberichten/ggk0310_msg.xsd';
const STUF_XSD = '0301/stuf0301.xsd';

/** Schema errors of an answer against the reference copies (empty: valid). */
function tegenReferentie(xml: string, schema: string): string[] {
  const p = parseXml(Buffer.from(xml));
  if (!p.ok) return p.findings.map((f) => f.message);
  try {
    return validateAgainstSchema(p.doc, referentie.validator(schema)).map((f) => `${f.path}: ${f.message}`);
  } finally {
    p.doc.dispose();
  }
}

const veld = (xml: string, naam: string): string | undefined => new RegExp(`<(?:\\w+:)?${naam}>([^<]*)</(?:\\w+:)?${naam}>`).exec(xml)?.[1];
/** The StUF message inside a SOAP body or fault detail. */
const binnenSoap = (xml: string): string => /<(?:soap:Body|detail|soap:Detail)>(?:<soap:Fault>.*<(?:detail|soap:Detail)>)?(.*?)<\/(?:detail|soap:Detail|soap:Body)>/s.exec(xml)![1]!;

interface Di01Opties {
  ref?: string;
  zender?: string;
  functie?: string;
  bericht?: Buffer;
  contentType?: string;
  soap?: '1.1' | '1.2';
  code?: 'Di01' | 'Du01';
  zonderFunctie?: boolean;
  prolog?: string;
}

function di01(o: Di01Opties = {}): string {
  const code = o.code ?? 'Di01';
  const element = code === 'Di01' ? 'envelopHeenbericht-ggk_Di01' : 'envelopRetourbericht-ggk_Du01';
  const env =
    `<GGK:${element} xmlns:StUF="http://www.egem.nl/StUF/StUF0301" xmlns:GGK="http://www.stufstandaarden.nl/sectormodel/ggk/0210" xmlns:xmime="http://www.w3.org/2005/05/xmlmime">\r\n` +
    `<GGK:stuurgegevens><StUF:berichtcode>${code}</StUF:berichtcode>` +
    `<StUF:zender><StUF:organisatie>${o.zender ?? '65656055'}</StUF:organisatie><StUF:applicatie>Zorgsysteem</StUF:applicatie></StUF:zender>` +
    `<StUF:ontvanger><StUF:organisatie>0363</StUF:organisatie><StUF:applicatie>GGk</StUF:applicatie></StUF:ontvanger>` +
    `<StUF:referentienummer>${o.ref ?? randomUUID()}</StUF:referentienummer><StUF:tijdstipBericht>20260501101500</StUF:tijdstipBericht>` +
    (code === 'Du01' ? `<StUF:crossRefnummer>${randomUUID()}</StUF:crossRefnummer>` : '') +
    (o.zonderFunctie ? '' : `<StUF:functie>${o.functie ?? 'JW305'}</StUF:functie>`) +
    `</GGK:stuurgegevens>\r\n<GGK:parameters><GGK:applicatieVersie>0004</GGK:applicatieVersie><GGK:applicatieSubversie>0003</GGK:applicatieSubversie>` +
    `<GGK:functieVersie>0003</GGK:functieVersie><GGK:functieSubversie>0002</GGK:functieSubversie>` +
    `<GGK:bericht xmime:contentType="${o.contentType ?? 'application/xml'}">${(o.bericht ?? voorbeeld('JW305')).toString('base64')}</GGK:bericht></GGK:parameters>\r\n` +
    `</GGK:${element}>`;
  const prolog = o.prolog ?? '<?xml version="1.0" encoding="UTF-8"?>\r\n';
  if (o.soap === '1.1') return `${prolog}<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header/><s:Body>${env}</s:Body></s:Envelope>`;
  if (o.soap === '1.2') return `${prolog}<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body>${env}</env:Body></env:Envelope>`;
  return prolog + env;
}

describe('POST /api/v1/ggk: the GGK envelope, answered with Du01, Fo01 or Bv03', () => {
  let o: Opzet;
  let app: App;
  let ggk: string;

  beforeAll(async () => {
    o = await maakOpzet('ggk');
    ggk = await o.sleutel('ggk');
    app = await o.app();
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  const post = (a: App, body: string | Buffer | Readable, type = 'application/xml', sleutel = ggk) =>
    a.inject({ method: 'POST', url: '/api/v1/ggk', headers: { ...auth(sleutel), 'content-type': type }, payload: body });

  it('unwraps a Di01, processes its message and answers a Du01 carrying the retour (crossRefnummer = the Di01 referentienummer)', async () => {
    const ref = randomUUID();
    const bericht = voorbeeld('JW305');
    const envelop = di01({ ref, bericht });
    const r = await post(app, envelop);
    expect(r.statusCode).toBe(200);
    expect(r.headers['x-iwj-antwoord']).toBe('Du01');
    expect(r.headers['content-type']).toMatch(/^application\/xml/);
    expect(tegenReferentie(r.body, ENVELOP_XSD)).toEqual([]);
    expect(veld(r.body, 'berichtcode')).toBe('Du01');
    expect(veld(r.body, 'crossRefnummer')).toBe(ref);
    expect(veld(r.body, 'referentienummer')).toMatch(/^[0-9a-f-]{36}$/);
    expect(veld(r.body, 'functie')).toBe('JW306');
    expect(r.body).toMatch(/<StUF:zender><StUF:organisatie>0363<\/StUF:organisatie><StUF:applicatie>iwj</);
    expect(r.body).toMatch(/<StUF:ontvanger><StUF:organisatie>65656055<\/StUF:organisatie><StUF:applicatie>GGk</);

    const retourXml = Buffer.from(veld(r.body, 'GGK:bericht') ?? /<GGK:bericht[^>]*>([^<]*)</.exec(r.body)![1]!, 'base64');
    expect(retourXml.toString('utf8')).toMatch(/<jw306:Bericht/);
    // Kept raw: the envelope as the batch, the message it carried as the bericht; the retour is the one stored.
    const rij = await o.t.db.execute(sql`select e.batch_id, e.bericht_id, b.raw as envelop, m.raw as bericht, u.raw as retour
      from ggk_envelop e join batch b on b.id = e.batch_id join bericht m on m.id = e.bericht_id join bericht u on u.antwoord_op = m.id
      where e.referentienummer = ${ref}`);
    const k = (rij as unknown as { rows: { envelop: Uint8Array; bericht: Uint8Array; retour: Uint8Array }[] }).rows[0]!;
    expect(Buffer.from(k.envelop).toString('utf8')).toBe(envelop);
    expect(Buffer.from(k.bericht).equals(bericht)).toBe(true);
    expect(Buffer.from(k.retour).equals(retourXml)).toBe(true);
  });

  it.each(['1.1', '1.2'] as const)('answers in the same form: a Di01 in a SOAP %s body gets its Du01 in a SOAP body', async (soap) => {
    const ref = randomUUID();
    const r = await post(app, di01({ ref, soap, bericht: voorbeeld('WMO307'), functie: 'WMO307' }), soap === '1.1' ? 'text/xml' : 'application/soap+xml');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(soap === '1.1' ? /^text\/xml/ : /^application\/soap\+xml/);
    expect(r.body).toContain(soap === '1.1' ? 'http://schemas.xmlsoap.org/soap/envelope/' : 'http://www.w3.org/2003/05/soap-envelope');
    const du01 = binnenSoap(r.body);
    expect(tegenReferentie(du01, ENVELOP_XSD)).toEqual([]);
    expect(veld(du01, 'crossRefnummer')).toBe(ref);
    expect(veld(du01, 'functie')).toBe('WMO308');
  });

  it('answers Fo01 StUF055 when the message fails its schema; the message is kept and technically rejected', async () => {
    const ref = randomUUID();
    const fout = Buffer.from(voorbeeld('JW305').toString('utf8').replace(/<jw305:Geslacht>/, '<jw305:Geslachtje>').replace(/<\/jw305:Geslacht>/, '</jw305:Geslachtje>'));
    const r = await post(app, di01({ ref, bericht: fout }));
    expect(r.statusCode).toBe(400);
    expect(r.headers['x-iwj-antwoord']).toBe('Fo01');
    expect(tegenReferentie(r.body, STUF_XSD)).toEqual([]);
    expect(veld(r.body, 'code')).toBe('StUF055');
    expect(veld(r.body, 'plek')).toBe('client');
    expect(veld(r.body, 'crossRefnummer')).toBe(ref);
    expect(veld(r.body, 'details')).toBe('JW305-00040003');
    expect(veld(r.body, 'omschrijving')).toMatch(/^Berichtbody is niet conform schema in sectormodel\. .*Geslachtje/);
    expect([...veld(r.body, 'omschrijving')!].length).toBeLessThanOrEqual(200);
    const rij = await o.t.db.execute(sql`select m.status, m.raw from ggk_envelop e join bericht m on m.id = e.bericht_id where e.referentienummer = ${ref}`);
    const m = (rij as unknown as { rows: { status: string; raw: Uint8Array }[] }).rows[0]!;
    expect(m.status).toBe('technisch-afgekeurd');
    expect(Buffer.from(m.raw).equals(fout)).toBe(true);
  });

  it('in SOAP 1.1, a Fo01 travels as the detail of a Fault (faultcode Client, HTTP 500)', async () => {
    const ref = randomUUID();
    const r = await post(app, di01({ ref, soap: '1.1', bericht: Buffer.from('geen xml') }), 'text/xml');
    expect(r.statusCode).toBe(500);
    expect(r.body).toContain('<faultcode>soap:Client</faultcode>');
    const fo01 = binnenSoap(r.body);
    expect(tegenReferentie(fo01, STUF_XSD)).toEqual([]);
    expect(veld(fo01, 'code')).toBe('StUF055');
    expect(veld(fo01, 'crossRefnummer')).toBe(ref);
  });

  it('takes the reference example Di01 as it is: the envelope is accepted, its payload (plain text) refused with StUF055', async () => {
    const voorbeeldDi01 = fs.readFileSync(path.join(GGK_DIR, 'voorbeelden', 'ggk_Di01.xml'));
    const lezing = leesEnvelop(voorbeeldDi01, 25 * 1024 * 1024);
    expect(lezing.ok).toBe(true);
    const r = await post(app, voorbeeldDi01);
    expect(veld(r.body, 'code')).toBe('StUF055');
    expect(veld(r.body, 'crossRefnummer')).toBe('9c0f7b90-5c69-11e5-a837-0800200c9a66');
    expect(veld(r.body, 'details')).toBe('WMO301-00040003');
  });

  it('answers IB216 when zender + referentienummer were used before, and processes nothing twice', async () => {
    const ref = randomUUID();
    const eerste = await post(app, di01({ ref, bericht: voorbeeld('JW307'), functie: 'JW307' }));
    expect(eerste.headers['x-iwj-antwoord']).toBe('Du01');
    const opnieuw = await post(app, di01({ ref, bericht: voorbeeld('JW307'), functie: 'JW307' }));
    expect(opnieuw.statusCode).toBe(409);
    expect(tegenReferentie(opnieuw.body, STUF_XSD)).toEqual([]);
    expect(veld(opnieuw.body, 'code')).toBe('IB216');
    expect(veld(opnieuw.body, 'omschrijving')).toMatch(/al eerder gebruikt/);
    const n = await o.t.db.execute(sql`select count(*)::int as n from ggk_envelop where referentienummer = ${ref}`);
    expect((n as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(1);
    // The refused envelope is kept all the same, refused with its reason.
    const w = await o.t.db.execute(sql`select w.reden from batch_weigering w join batch b on b.id = w.batch_id where b.bron = 'ggk' and w.reden like ${`IB216:%${ref}%`}`);
    expect((w as unknown as { rows: unknown[] }).rows).toHaveLength(1);
    // Another zender may use the same referentienummer.
    const ander = await post(app, di01({ ref, zender: '12345678', bericht: voorbeeld('WMO305'), functie: 'WMO305' }));
    expect(ander.headers['x-iwj-antwoord']).toBe('Du01');
  });

  it('answers IB007 for an envelope above the limit, without reading it whole, storing nothing', async () => {
    const klein = await o.app({ ggk: { maxEnvelopBytes: 64 * 1024 } });
    const ref = randomUUID();
    const groot = di01({ ref, bericht: Buffer.alloc(200 * 1024, 'x') });
    const voor = await o.t.db.execute(sql`select count(*)::int as n from batch`);
    const r = await post(klein, Readable.from([Buffer.from(groot)]));
    expect(r.statusCode).toBe(413);
    expect(tegenReferentie(r.body, STUF_XSD)).toEqual([]);
    expect(veld(r.body, 'code')).toBe('IB007');
    expect(veld(r.body, 'plek')).toBe('server');
    expect(veld(r.body, 'crossRefnummer')).toBe(ref);
    expect(veld(r.body, 'omschrijving')).toMatch(/^Bericht is te groot. .*inclusief de base64-inhoud mag hij hoogstens 0.1 MB zijn/);
    const lang = await post(klein, groot);
    expect(veld(lang.body, 'code')).toBe('IB007');
    const na = await o.t.db.execute(sql`select count(*)::int as n from batch`);
    expect((na as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe((voor as unknown as { rows: { n: number }[] }).rows[0]!.n);
  });

  it('answers IB009 when the referentienummer is not a UUID', async () => {
    const r = await post(app, di01({ ref: 'bericht-0001' }));
    expect(r.statusCode).toBe(400);
    expect(veld(r.body, 'code')).toBe('IB009');
    expect(veld(r.body, 'crossRefnummer')).toBe('bericht-0001');
    expect(tegenReferentie(r.body, STUF_XSD)).toEqual([]);
  });

  it('answers StUF055 for an envelope that is not conform its schema, naming what is wrong, and keeps it raw', async () => {
    const ref = randomUUID();
    const envelop = di01({ ref, zonderFunctie: true });
    const r = await post(app, envelop);
    expect(r.statusCode).toBe(400);
    expect(veld(r.body, 'code')).toBe('StUF055');
    expect(veld(r.body, 'omschrijving')).toMatch(/functie/);
    expect(veld(r.body, 'crossRefnummer')).toBe(ref);
    const b = await o.t.db.execute(sql`select b.raw, w.reden from batch b join batch_weigering w on w.batch_id = b.id where w.reden like ${`StUF055:%`} and b.bestandsnaam = ${`ggk-${ref}.xml`}`);
    const rij = (b as unknown as { rows: { raw: Uint8Array; reden: string }[] }).rows[0]!;
    expect(Buffer.from(rij.raw).toString('utf8')).toBe(envelop);
  });

  it('refuses an envelope with a DOCTYPE (entity expansion) with StUF055, and anything that is not a GGK envelope', async () => {
    const doctype = di01({ prolog: '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n' });
    const r = await post(app, doctype);
    expect(veld(r.body, 'code')).toBe('StUF055');
    expect(veld(r.body, 'omschrijving')).toMatch(/DOCTYPE/);
    const kaal = await post(app, voorbeeld('JW305'));
    expect(veld(kaal.body, 'code')).toBe('StUF055');
    expect(veld(kaal.body, 'omschrijving')).toMatch(/geen GGK-envelop/);
    const json = await post(app, '{}', 'application/json');
    expect(json.statusCode).toBe(415);
  });

  it('answers Bv03 ("received") when the retour is not ready in time; the Du01 follows on GET /ggk/{referentienummer}', async () => {
    const traag: Aanlevering = { ontvang: (info, levering) => ontvang(o.deps, info, levering), start: async () => {} };
    const wacht = await o.app({ aanlevering: traag, ggk: { wachtMs: 150, pollMs: 20 } });
    const ref = randomUUID();
    const r = await post(wacht, di01({ ref, bericht: voorbeeld('JW305') }));
    expect(r.statusCode).toBe(202);
    expect(r.headers['x-iwj-antwoord']).toBe('Bv03');
    expect(tegenReferentie(r.body, STUF_XSD)).toEqual([]);
    expect(veld(r.body, 'berichtcode')).toBe('Bv03');
    expect(veld(r.body, 'crossRefnummer')).toBe(ref);

    const nogNiet = await app.inject({ method: 'GET', url: `/api/v1/ggk/${ref}`, headers: auth(ggk) });
    expect(nogNiet.statusCode).toBe(202);
    expect(veld(nogNiet.body, 'berichtcode')).toBe('Bv03');

    const id = await o.t.db.execute(sql`select bericht_id from ggk_envelop where referentienummer = ${ref}`);
    await verwerk(o.deps, [Number((id as unknown as { rows: { bericht_id: string }[] }).rows[0]!.bericht_id)]);
    const klaar = await app.inject({ method: 'GET', url: `/api/v1/ggk/${ref}`, headers: auth(ggk) });
    expect(klaar.statusCode).toBe(200);
    expect(tegenReferentie(klaar.body, ENVELOP_XSD)).toEqual([]);
    expect(veld(klaar.body, 'crossRefnummer')).toBe(ref);
    expect(veld(klaar.body, 'functie')).toBe('JW306');
    const nogmaals = await app.inject({ method: 'GET', url: `/api/v1/ggk/${ref}`, headers: auth(ggk) });
    expect(veld(nogmaals.body, 'referentienummer')).toBe(veld(klaar.body, 'referentienummer'));

    const vreemd = await o.sleutel('ander-kanaal');
    expect((await app.inject({ method: 'GET', url: `/api/v1/ggk/${ref}`, headers: auth(vreemd) })).statusCode).toBe(404);
  });

  it('answers Bv03 when the queue cannot take the work: the message is stored and processed later', async () => {
    const weg: Aanlevering = {
      ontvang: (info, levering) => ontvang(o.deps, info, levering),
      start: async () => {
        throw new WachtrijNietBeschikbaar();
      },
    };
    const zonder = await o.app({ aanlevering: weg });
    const ref = randomUUID();
    const r = await post(zonder, di01({ ref, bericht: voorbeeld('WMO305'), functie: 'WMO305' }));
    expect(r.statusCode).toBe(202);
    expect(r.headers['x-iwj-antwoord']).toBe('Bv03');
    const m = await o.t.db.execute(sql`select m.status from ggk_envelop e join bericht m on m.id = e.bericht_id where e.referentienummer = ${ref}`);
    expect((m as unknown as { rows: { status: string }[] }).rows[0]!.status).toBe('ontvangen');
  });

  it('takes a Du01 with a retour to us (a 302) and answers Bv03', async () => {
    const r = await post(app, di01({ code: 'Du01', bericht: voorbeeld('JW302'), functie: 'JW302' }));
    expect(r.statusCode).toBe(202);
    expect(r.headers['x-iwj-antwoord']).toBe('Bv03');
    expect(tegenReferentie(r.body, STUF_XSD)).toEqual([]);
  });

  it('demands the right aanleveren', async () => {
    const lezer = await o.sleutel('alleen-lezen', ['lezen']);
    expect((await post(app, di01(), 'application/xml', lezer)).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/v1/ggk', headers: { 'content-type': 'application/xml' }, payload: di01() })).statusCode).toBe(401);
  });
});

/**
 * The bad input corpus: every hostile or broken delivery is refused with a clear Dutch reason,
 * while the good messages of the same batch are processed, and what arrived is kept raw.
 */
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/app.js';
import { auth, maakOpzet, voorbeeld, type Opzet } from './opzet.js';
import { bouwMultipart, bouwZip } from './zip-bouwer.js';

const MB = 1024 * 1024;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const billionLaughs = Buffer.from(
  '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n' +
    Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('\n') +
    '\n]>\n<lolz>&lol9;</lolz>\n',
);
const xxe = Buffer.from('<?xml version="1.0"?>\n<!DOCTYPE Bericht [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<Bericht>&xxe;</Bericht>\n');

/** A stream of `n` bytes of XML-looking text, made as it is read (the test never holds it whole). */
function grootBestand(n: number): Readable {
  const blok = Buffer.alloc(64 * 1024, '<Regel>0123456789</Regel>\n');
  let over = n;
  return new Readable({
    read() {
      if (over <= 0) return void this.push(null);
      const stuk = over >= blok.length ? blok : blok.subarray(0, over);
      over -= stuk.length;
      this.push(stuk);
    },
  });
}

interface Uitkomst {
  bestandsnaam: string;
  status: string;
  voortgang: string;
  stap: string | null;
  berichttype: string | null;
  fouten: { regel: string; melding: string }[];
  retour: { berichttype: string } | null;
  berichtId: number;
}

describe('the bad input corpus, each refused with a clear reason while the rest of its batch proceeds', () => {
  let o: Opzet;
  let app: App;
  let sleutel: string;

  beforeAll(async () => {
    o = await maakOpzet('badinput');
    sleutel = await o.sleutel('vecozo');
    app = await o.app();
  });
  afterAll(async () => {
    await o?.opruimen();
  });

  async function raw(berichtId: number): Promise<Buffer> {
    const r = await o.t.db.execute(sql`select raw from bericht where id = ${berichtId}`);
    return Buffer.from((r as unknown as { rows: { raw: Uint8Array }[] }).rows[0]!.raw);
  }

  async function uitkomsten(batch: number): Promise<{ berichten: Map<string, Uitkomst>; weigeringen: Map<string, string>; body: { voortgang: { klaar: boolean } } }> {
    await o.aanlevering.klaar!();
    const g = await app.inject({ method: 'GET', url: `/api/v1/batches/${batch}`, headers: auth(sleutel) });
    expect(g.statusCode).toBe(200);
    const body = g.json();
    return {
      body,
      berichten: new Map((body.berichten as Uitkomst[]).map((b) => [b.bestandsnaam.replace(/^.*!\//, ''), b])),
      weigeringen: new Map((body.weigeringen as { naam: string; reden: string }[]).map((w) => [w.naam.replace(/^.*!\//, ''), w.reden])),
    };
  }

  /** The message-level cases: each is stored raw and technically rejected with this reason. */
  function berichtgevallen(): { naam: string; bytes: Buffer; reden: RegExp }[] {
    const jw305 = voorbeeld('JW305').toString('utf8');
    return [
      { naam: 'geen-xml.xml', bytes: Buffer.from('Dit is een brief, geen bericht.\n'), reden: /bevat geen XML-bericht/ },
      { naam: 'afgekapt.xml', bytes: Buffer.from(jw305.slice(0, Math.floor(jw305.length / 2))), reden: /houdt halverwege op.*afgebroken of onvolledig/ },
      { naam: 'billion-laughs.xml', bytes: billionLaughs, reden: /DOCTYPE/ },
      { naam: 'xxe.xml', bytes: xxe, reden: /DOCTYPE.*externe bestanden/s },
      { naam: 'latin1.xml', bytes: Buffer.from(jw305.replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="UTF-8"?>\n<!-- café -->'), 'latin1'), reden: /geen geldige UTF-8/ },
      { naam: 'utf16.xml', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(jw305, 'utf16le')]), reden: /UTF-16/ },
      { naam: 'leeg.xml', bytes: Buffer.alloc(0), reden: /leeg/ },
      { naam: 'onbekend-type.xml', bytes: Buffer.from(jw305.replaceAll('jw305', 'jw399')), reden: /JW399 bestaat niet in iJw 3\.2/ },
      { naam: 'oude-release.xml', bytes: Buffer.from(jw305.replaceAll('/3_2/', '/3_0/')), reden: /release 3\.0 van iJw.*release 3\.2/ },
    ];
  }

  it('in a zip: hostile entries refused, broken messages rejected at the xml stage, good ones (a BOM too) processed, all kept raw', async () => {
    const goed = [
      { naam: 'goed-jw305.xml', bytes: voorbeeld('JW305') },
      { naam: 'goed-wmo307.xml', bytes: voorbeeld('WMO307') },
      { naam: 'goed-met-bom.xml', bytes: Buffer.concat([BOM, voorbeeld('JW307')]) },
    ];
    const slecht = berichtgevallen();
    const binnenzip = bouwZip([{ naam: 'x.xml', bytes: voorbeeld('JW305') }]);
    const zip = bouwZip([
      ...goed,
      ...slecht,
      { naam: '../../etc/cron.d/evil.xml', bytes: voorbeeld('JW305') },
      { naam: '/etc/absoluut.xml', bytes: voorbeeld('JW305') },
      { naam: 'C:\\Windows\\win.xml', bytes: voorbeeld('JW305') },
      { naam: 'genest.zip', bytes: binnenzip, methode: 0 },
      { naam: 'vermomd.xml', bytes: binnenzip, methode: 0 },
      { naam: 'bom.xml', bytes: Buffer.alloc(20 * MB, 0x20) },
      { naam: 'honderd-mb.xml', bytes: Buffer.alloc(100 * MB, '<a/>') },
      { naam: 'liegt.xml', bytes: Buffer.alloc(5 * MB, 'x'), aangegevenGrootte: 1000 },
    ]);
    expect(zip.length).toBeLessThan(2 * MB);
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/batches',
      headers: { ...auth(sleutel), 'content-type': 'application/zip', 'content-disposition': 'attachment; filename="corpus.zip"' },
      payload: zip,
    });
    expect(r.statusCode).toBe(202);
    const batch = r.json().batch as number;
    const { berichten, weigeringen, body } = await uitkomsten(batch);
    expect(body.voortgang.klaar).toBe(true);

    expect(weigeringen.get('../../etc/cron.d/evil.xml')).toMatch(/path traversal/);
    expect(weigeringen.get('/etc/absoluut.xml')).toMatch(/absoluut pad/);
    expect(weigeringen.get('C:\\Windows\\win.xml')).toMatch(/absoluut pad/);
    expect(weigeringen.get('genest.zip')).toMatch(/zip in een zip/);
    expect(weigeringen.get('vermomd.xml')).toMatch(/zip in een zip/);
    expect(weigeringen.get('bom.xml')).toMatch(/zip-bom/);
    expect(weigeringen.get('honderd-mb.xml')).toMatch(/uitgepakt 100 MB, meer dan de toegestane 25 MB/);
    expect(weigeringen.get('liegt.xml')).toMatch(/kon niet uit de zip worden gelezen/);
    expect(weigeringen.size).toBe(8);

    for (const g of goed) {
      const b = berichten.get(g.naam)!;
      expect(b, g.naam).toMatchObject({ stap: 'ok', voortgang: 'afgerond', status: 'beantwoord' });
      expect(b.retour, g.naam).not.toBeNull();
      expect((await raw(b.berichtId)).equals(g.bytes), g.naam).toBe(true);
    }
    for (const s of slecht) {
      const b = berichten.get(s.naam)!;
      expect(b, s.naam).toMatchObject({ status: 'technisch-afgekeurd', voortgang: 'afgerond', stap: 'xml', retour: null });
      expect(b.fouten[0]!.melding, s.naam).toMatch(s.reden);
      expect((await raw(b.berichtId)).equals(s.bytes), s.naam).toBe(true);
    }
    expect(berichten.size).toBe(goed.length + slecht.length);

    // The zip itself is kept whole: the refused entries are not lost.
    const b = await o.t.db.execute(sql`select raw, aantal_berichten, aantal_geweigerd from batch where id = ${batch}`);
    const rij = (b as unknown as { rows: { raw: Uint8Array; aantal_berichten: number; aantal_geweigerd: number }[] }).rows[0]!;
    expect(Buffer.from(rij.raw).equals(zip)).toBe(true);
    expect(rij).toMatchObject({ aantal_berichten: goed.length + slecht.length, aantal_geweigerd: 8 });
  });

  it('as multipart parts: the same message cases, next to good ones that are processed', async () => {
    const goed = { naam: 'goed.xml', bytes: voorbeeld('WMO305') };
    const slecht = berichtgevallen().filter((s) => s.naam !== 'leeg.xml');
    const { body, contentType } = bouwMultipart([goed, ...slecht].map((d) => ({ ...d, type: 'text/xml' })));
    const r = await app.inject({ method: 'POST', url: '/api/v1/batches', headers: { ...auth(sleutel), 'content-type': contentType }, payload: body });
    expect(r.statusCode).toBe(202);
    const { berichten } = await uitkomsten(r.json().batch);
    expect(berichten.get('goed.xml')).toMatchObject({ stap: 'ok', status: 'beantwoord' });
    for (const s of slecht) {
      const b = berichten.get(s.naam)!;
      expect(b.status, s.naam).toBe('technisch-afgekeurd');
      expect(b.fouten[0]!.melding, s.naam).toMatch(s.reden);
      expect((await raw(b.berichtId)).equals(s.bytes), s.naam).toBe(true);
    }
  });

  it('a 100 MB file as the body: 413 with a clear reason, read no further than the limit, nothing stored', async () => {
    const voor = await o.t.db.execute(sql`select count(*)::int as n from batch`);
    const r = await app.inject({ method: 'POST', url: '/api/v1/batches', headers: { ...auth(sleutel), 'content-type': 'application/xml' }, payload: grootBestand(100 * MB) });
    expect(r.statusCode).toBe(413);
    expect(r.json()).toEqual({ fout: 'te-groot', melding: expect.stringMatching(/hoogstens 25 MB.*niet opgeslagen/) });
    const zip = await app.inject({
      method: 'POST',
      url: '/api/v1/batches',
      headers: { ...auth(sleutel), 'content-type': 'application/zip', 'content-length': String(100 * MB) },
      payload: grootBestand(100 * MB),
    });
    expect(zip.statusCode).toBe(413);
    expect(zip.json().melding).toMatch(/hoogstens 64 MB/);
    const na = await o.t.db.execute(sql`select count(*)::int as n from batch`);
    expect((na as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe((voor as unknown as { rows: { n: number }[] }).rows[0]!.n);
  });

  it('a 100 MB part among good parts: 413 for the request as a whole, nothing stored', async () => {
    const grens = '----iwj-groot';
    const delen = [
      Buffer.from(`--${grens}\r\nContent-Disposition: form-data; name="a"; filename="goed.xml"\r\nContent-Type: text/xml\r\n\r\n`),
      voorbeeld('JW305'),
      Buffer.from(`\r\n--${grens}\r\nContent-Disposition: form-data; name="b"; filename="groot.xml"\r\nContent-Type: text/xml\r\n\r\n`),
    ];
    const payload = Readable.from(
      (async function* () {
        yield* delen;
        yield* grootBestand(100 * MB);
        yield Buffer.from(`\r\n--${grens}--\r\n`);
      })(),
    );
    const r = await app.inject({ method: 'POST', url: '/api/v1/batches', headers: { ...auth(sleutel), 'content-type': `multipart/form-data; boundary=${grens}` }, payload });
    expect(r.statusCode).toBe(413);
    expect(r.json().melding).toMatch(/hoogstens 64 MB/);
  });

  it('a part above the message limit but within the request limit is refused by name, the rest proceeds', async () => {
    const { body, contentType } = bouwMultipart([
      { naam: 'goed.xml', bytes: voorbeeld('JW307') },
      { naam: 'te-groot.xml', bytes: Buffer.alloc(26 * MB, '<a/>') },
    ]);
    const r = await app.inject({ method: 'POST', url: '/api/v1/batches', headers: { ...auth(sleutel), 'content-type': contentType }, payload: body });
    expect(r.statusCode).toBe(202);
    expect(r.json().weigeringen).toEqual([{ naam: 'te-groot.xml', reden: expect.stringMatching(/groter dan de toegestane 25 MB per bericht/) }]);
    const { berichten } = await uitkomsten(r.json().batch);
    expect([...berichten.keys()]).toEqual(['goed.xml']);
    expect(berichten.get('goed.xml')).toMatchObject({ stap: 'ok', status: 'beantwoord' });
  });

  it('a broken zip: the whole delivery kept raw and refused with a reason', async () => {
    const zip = bouwZip([{ naam: 'a.xml', bytes: voorbeeld('JW305') }]);
    const kapot = zip.subarray(0, zip.length - 30);
    const r = await app.inject({ method: 'POST', url: '/api/v1/batches', headers: { ...auth(sleutel), 'content-type': 'application/zip' }, payload: kapot });
    expect(r.statusCode).toBe(202);
    expect(r.json().berichten).toEqual([]);
    expect(r.json().weigeringen[0].reden).toMatch(/beschadigd of geen geldige zip/);
    const b = await o.t.db.execute(sql`select raw from batch where id = ${r.json().batch}`);
    expect(Buffer.from((b as unknown as { rows: { raw: Uint8Array }[] }).rows[0]!.raw).equals(kapot)).toBe(true);
  });
});

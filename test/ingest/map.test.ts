import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { STANDAARD_LIMIETEN } from '../../src/ingest/limieten.js';
import { MapRunner, oorspronkelijkeNaam } from '../../src/ingest/map.js';
import type { Aanlevering } from '../../src/pipeline/aanlevering.js';
import { ontvang } from '../../src/pipeline/inline.js';
import { maakOpzet, voorbeeld, type Opzet } from '../server/opzet.js';
import { bouwZip } from '../server/zip-bouwer.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the watched drop folder', () => {
  let o: Opzet;
  let inbox: string;

  beforeAll(async () => {
    o = await maakOpzet('map');
  });
  afterAll(async () => {
    await o?.opruimen();
  });
  beforeEach(() => {
    inbox = fs.mkdtempSync(path.join(os.tmpdir(), 'iwj-inbox-'));
  });
  afterEach(() => {
    fs.rmSync(inbox, { recursive: true, force: true });
  });

  const runner = (extra: Partial<ConstructorParameters<typeof MapRunner>[0]> = {}) =>
    new MapRunner({ inbox, aanlevering: o.aanlevering, database: o.t, rustMs: 0, ...extra });

  /** Writes a file the way the contract asks: under a temporary name, then renamed. */
  function lever(naam: string, bytes: Buffer): void {
    fs.writeFileSync(path.join(inbox, `${naam}.tmp`), bytes);
    fs.renameSync(path.join(inbox, `${naam}.tmp`), path.join(inbox, naam));
  }

  const inMap = (map: string) => (fs.existsSync(path.join(inbox, map)) ? fs.readdirSync(path.join(inbox, map)).sort() : []);

  async function batchVan(id: number) {
    const r = await o.t.db.execute(sql`select bron, kanaal, bestandsnaam, aantal_berichten from batch where id = ${id}`);
    return (r as unknown as { rows: Record<string, unknown>[] }).rows[0];
  }

  it('claims a finished file, stores it through the pipeline and moves it to processed/', async () => {
    const xml = voorbeeld('JW305');
    lever('start.xml', xml);
    const uit = await runner().scan();
    expect(uit).toEqual([{ bestand: 'start.xml', map: 'processed', batchId: expect.any(Number), berichten: 1, geweigerd: 0 }]);
    expect(await batchVan(uit[0]!.batchId!)).toMatchObject({ bron: 'map', kanaal: 'map', bestandsnaam: 'start.xml', aantal_berichten: 1 });
    expect(fs.readdirSync(inbox).filter((f) => !['bezig', 'processed', 'failed'].includes(f))).toEqual([]);
    const verwerkt = inMap('processed');
    expect(verwerkt).toHaveLength(1);
    expect(oorspronkelijkeNaam(verwerkt[0]!)).toBe('start.xml');
    expect(fs.readFileSync(path.join(inbox, 'processed', verwerkt[0]!)).equals(xml)).toBe(true);
    await o.aanlevering.klaar!();
    const m = await o.t.db.execute(sql`select status from bericht where richting = 'in' and batch_id = ${uit[0]!.batchId!}`);
    expect((m as unknown as { rows: { status: string }[] }).rows[0]!.status).toBe('beantwoord');
  });

  it('leaves temporary names, dot files and other kinds of file alone', async () => {
    fs.writeFileSync(path.join(inbox, 'halfweg.xml.tmp'), '<Bericht');
    fs.writeFileSync(path.join(inbox, '.rsync-kopie.xml'), '<Bericht');
    fs.writeFileSync(path.join(inbox, 'lees-mij.txt'), 'tekst');
    expect(await runner().scan()).toEqual([]);
    expect(fs.readdirSync(inbox).filter((f) => f.includes('.')).sort()).toEqual(['.rsync-kopie.xml', 'halfweg.xml.tmp', 'lees-mij.txt']);
  });

  it('never reads a file still being written: it waits until size and time have stood still for the quiet period', async () => {
    const r = runner({ rustMs: 40 });
    const pad = path.join(inbox, 'groeit.xml');
    const xml = voorbeeld('WMO305');
    fs.writeFileSync(pad, xml.subarray(0, 100));
    expect(await r.scan()).toEqual([]); // seen for the first time
    await sleep(60);
    fs.appendFileSync(pad, xml.subarray(100, 300));
    expect(await r.scan()).toEqual([]); // changed since: the clock starts again
    fs.appendFileSync(pad, xml.subarray(300));
    expect(await r.scan()).toEqual([]);
    await sleep(60);
    const uit = await r.scan();
    expect(uit).toHaveLength(1);
    const m = await o.t.db.execute(sql`select raw from bericht where richting = 'in' and batch_id = ${uit[0]!.batchId!}`);
    expect(Buffer.from((m as unknown as { rows: { raw: Uint8Array }[] }).rows[0]!.raw).equals(xml)).toBe(true);
  });

  it('moves a zip of which nothing could be taken in to failed/, with the reasons in Dutch beside it', async () => {
    lever('slecht.zip', bouwZip([{ naam: '../buiten.xml', bytes: voorbeeld('JW305') }, { naam: 'binnen.zip', bytes: bouwZip([]), methode: 0 }]));
    const uit = await runner().scan();
    expect(uit[0]).toMatchObject({ bestand: 'slecht.zip', map: 'failed', berichten: 0, geweigerd: 2 });
    const mislukt = inMap('failed');
    expect(mislukt.map(oorspronkelijkeNaam)).toEqual(['slecht.zip', 'slecht.zip.reden.txt']);
    const reden = fs.readFileSync(path.join(inbox, 'failed', mislukt[1]!), 'utf8');
    expect(reden).toMatch(/Bestand: slecht\.zip/);
    expect(reden).toMatch(/Er kon geen enkel bericht uit dit bestand worden aangenomen/);
    expect(reden).toMatch(/path traversal/);
    expect(reden).toMatch(/zip in een zip/);
    // Kept all the same: the zip is the batch's raw.
    const b = await o.t.db.execute(sql`select raw from batch where id = ${uit[0]!.batchId!}`);
    expect(Buffer.from((b as unknown as { rows: { raw: Uint8Array }[] }).rows[0]!.raw).length).toBeGreaterThan(0);
  });

  it('moves a partly refused zip to processed/, listing the refused parts beside it', async () => {
    lever('gemengd.zip', bouwZip([{ naam: 'goed.xml', bytes: voorbeeld('JW307') }, { naam: '/abs.xml', bytes: voorbeeld('JW305') }]));
    const uit = await runner().scan();
    expect(uit[0]).toMatchObject({ map: 'processed', berichten: 1, geweigerd: 1 });
    const namen = inMap('processed').map(oorspronkelijkeNaam);
    expect(namen).toEqual(['gemengd.zip', 'gemengd.zip.reden.txt']);
    expect(fs.readFileSync(path.join(inbox, 'processed', inMap('processed')[1]!), 'utf8')).toMatch(/1 berichten opgeslagen; deze onderdelen zijn geweigerd:\n- gemengd\.zip!\/\/abs\.xml: Geweigerd: de bestandsnaam is een absoluut pad/);
  });

  it('moves a file above the limit to failed/ without reading it', async () => {
    const r = runner({ limieten: { ...STANDAARD_LIMIETEN, maxBerichtBytes: 1000, maxLeveringBytes: 2000 } });
    lever('groot.xml', Buffer.alloc(1500, 'x'));
    const uit = await r.scan();
    expect(uit[0]).toMatchObject({ map: 'failed', berichten: 0 });
    expect(uit[0]!.batchId).toBeUndefined();
    const reden = fs.readFileSync(path.join(inbox, 'failed', inMap('failed').find((f) => f.endsWith('.reden.txt'))!), 'utf8');
    expect(reden).toMatch(/een bericht mag hoogstens/);
  });

  it('picks up a file left in bezig/ by a crash; delivering it again stores nothing twice', async () => {
    const xml = voorbeeld('WMO307');
    lever('eerst.xml', xml);
    const eerste = await runner().scan();
    // A crash after storing, before the move: the same file is back in bezig/.
    fs.mkdirSync(path.join(inbox, 'bezig'), { recursive: true });
    fs.writeFileSync(path.join(inbox, 'bezig', '20260501T101500-abcdef-eerst.xml'), xml);
    const herstart = await runner().scan();
    expect(herstart).toEqual([{ bestand: 'eerst.xml', map: 'processed', batchId: expect.any(Number), berichten: 1, geweigerd: 0 }]);
    expect(inMap('bezig')).toEqual([]);
    const n = await o.t.db.execute(sql`select count(*)::int as n from bericht where richting = 'in' and sha256 = encode(sha256(${xml}), 'hex')`);
    expect((n as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(1);
    const h = await o.t.db.execute(sql`select count(*)::int as n from batch_herhaling where batch_id = ${herstart[0]!.batchId!}`);
    expect((h as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(1);
    expect(herstart[0]!.batchId).not.toBe(eerste[0]!.batchId);
  });

  it('keeps a file in bezig/ while storing fails, and gives up to failed/ after the last attempt', async () => {
    let pogingen = 0;
    const kapot: Aanlevering = {
      ontvang: async () => {
        pogingen++;
        throw new Error('connection terminated');
      },
      start: async () => {},
    };
    const r = runner({ aanlevering: kapot, maxPogingen: 3 });
    lever('wacht.xml', voorbeeld('JW305'));
    expect((await r.scan())[0]).toMatchObject({ map: 'bezig' });
    expect(inMap('bezig')).toHaveLength(1);
    expect((await r.scan())[0]).toMatchObject({ map: 'bezig' });
    expect((await r.scan())[0]).toMatchObject({ map: 'failed' });
    expect(pogingen).toBe(3);
    const reden = fs.readFileSync(path.join(inbox, 'failed', inMap('failed').find((f) => f.endsWith('.reden.txt'))!), 'utf8');
    expect(reden).toMatch(/na 3 pogingen niet worden opgeslagen/);
  });

  it('counts a file as processed when storing worked but the queue could not take it', async () => {
    const zonderWachtrij: Aanlevering = {
      ontvang: (info, levering) => ontvang(o.deps, info, levering),
      start: async () => {
        throw new Error('wachtrij weg');
      },
    };
    lever('opgeslagen.xml', voorbeeld('JW305'));
    expect((await runner({ aanlevering: zonderWachtrij }).scan())[0]).toMatchObject({ map: 'processed', berichten: 1 });
  });

  it('runs on its own until stopped', async () => {
    const r = runner({ intervalMs: 10 }).start();
    lever('vanzelf.xml', voorbeeld('WMO305'));
    for (let i = 0; i < 200 && inMap('processed').length === 0; i++) await sleep(10);
    await r.stop();
    expect(inMap('processed').map(oorspronkelijkeNaam)).toEqual(['vanzelf.xml']);
  });
});

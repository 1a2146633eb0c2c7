/**
 * iJw verzoeken (315, 317) through the whole pipeline on real PostgreSQL: the technical retour
 * (316/318) as always, and for a client whom the woonplaats register places in another gemeente
 * also the 319 antwoordbericht — VerzoekAntwoord 1, RedenAfwijzingVerzoek 8 and the responsible
 * gemeente (WP003, TR377, IV095, OP359) — stored linked to the verzoek, in the outbox, in the batch's
 * retours, and valid against our schemas and the standard's published XSD.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRetour } from '../../src/cli/retour.js';
import { BatchRepository } from '../../src/db/repositories/batches.js';
import { BerichtRepository, type BerichtRij } from '../../src/db/repositories/berichten.js';
import { beantwoordBatch } from '../../src/pipeline/batch.js';
import { ontvang, verwerk } from '../../src/pipeline/inline.js';
import { laadRegisterMap } from '../../src/pipeline/registers-laden.js';
import type { StageDeps } from '../../src/pipeline/stages.js';
import { berichtUitkomsten } from '../../src/pipeline/uitkomst.js';
import { voortgangVan } from '../../src/pipeline/voortgang.js';
import type { Bericht301, Bericht315, Bericht317, Bericht319 } from '../../src/standard/berichten.generated.js';
import { berichttypVan } from '../../src/standard/catalogue.js';
import { checkBericht } from '../../src/validate/check.js';
import { buildBericht } from '../../src/xml/build.js';
import { parseBericht } from '../../src/xml/parse.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';
import { heen, referentieFindings } from '../retour/heen.js';
import { opvang } from '../opvang.js';

const HIER = '0384';
const ELDERS = '0363';
const ELDERS_NAAM = 'Amsterdam';
const WOONT_ELDERS = '999900006';
const WOONT_HIER = '999900018';
const ONBEKEND = '999900031';
/** Lived here when toewijzing 10071 was issued, moved to Amsterdam from 2026-07-01 (before the 317's new product). */
const VERHUISD = '999900043';
const AANBIEDER_317 = '65656055';

/** Our own 301: toewijzing 10071 (the one the JW317 example refers to) for this client at the 317's aanbieder. */
const jw301 = (id: string, bsn: string, nummer: number): Bericht301 => {
  const b = heen('iJw', '301');
  b.Header.BerichtIdentificatie.Identificatie = id;
  b.Header.Ontvanger = AANBIEDER_317;
  b.Client.Bsn = bsn;
  const p = b.Client.ToegewezenProducten[0]!;
  delete p.ReferentieAanbieder;
  p.ToewijzingNummer = nummer;
  p.Einddatum = '2026-12-31';
  b.Client.ToegewezenProducten = [p];
  return b;
};
const xml301 = (b: Bericht301) => Buffer.from(buildBericht(berichttypVan('iJw', '301').standaard, '301', b));

const jw315 = (id: string, bsn: string, wijzig: (b: Bericht315) => void = () => {}): Bericht315 => {
  const b = heen('iJw', '315');
  b.Header.BerichtIdentificatie.Identificatie = id;
  b.Client.Bsn = bsn;
  wijzig(b);
  return b;
};
/** The standard's JW317 example with its Einddatum after the GewensteIngangsdatum (CS003). */
const jw317 = (id: string, bsn: string, toewijzing: number): Bericht317 => {
  const b = heen('iJw', '317');
  b.Header.BerichtIdentificatie.Identificatie = id;
  b.Client.Bsn = bsn;
  for (const p of b.Client.Verzoek.OngewijzigdeProducten ?? []) p.ToewijzingNummer = toewijzing;
  for (const p of b.Client.Verzoek.NieuweProducten ?? []) p.Einddatum = '2026-12-31';
  return b;
};
const xml315 = (b: Bericht315) => Buffer.from(buildBericht(berichttypVan('iJw', '315').standaard, '315', b));
const xml317 = (b: Bericht317) => Buffer.from(buildBericht(berichttypVan('iJw', '317').standaard, '317', b));

describe('iJw verzoek om toewijzing / wijziging and the woonplaatsbeginsel (real PostgreSQL)', () => {
  let t: TestDatabase;
  let dir: string;
  let deps: StageDeps;
  const ids = new Map<string, number>();

  const antwoorden = async (naam: string): Promise<BerichtRij[]> => new BerichtRepository(t.db).antwoordenOp(ids.get(naam)!);
  const van = (rijen: readonly BerichtRij[], nummer: string) => rijen.filter((r) => r.berichttype === `JW${nummer}`);
  const lees319 = (r: BerichtRij): Bericht319 => parseBericht(new TextDecoder().decode(r.raw), berichttypVan('iJw', '319').standaard, '319');

  beforeAll(async () => {
    t = await createTestDatabase('verzoek');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwj-verzoek-'));
    const registers = path.join(dir, 'registers');
    fs.mkdirSync(registers);
    fs.writeFileSync(
      path.join(registers, 'gemeenten.csv'),
      `gemeentecode,naam,ingangsdatum,einddatum\n${HIER},Diemen,2000-01-01,\n${ELDERS},${ELDERS_NAAM},2000-01-01,\n0518,'s-Gravenhage,2000-01-01,\n`,
    );
    fs.writeFileSync(
      path.join(registers, 'woonplaats.csv'),
      `bsn,gemeentecode,ingangsdatum,einddatum\n${WOONT_ELDERS},${ELDERS},2000-01-01,\n${WOONT_HIER},${HIER},2000-01-01,\n` +
        `${VERHUISD},${HIER},2000-01-01,2026-06-30\n${VERHUISD},${ELDERS},2026-07-01,\n`,
    );
    fs.writeFileSync(path.join(registers, 'aanbieders.csv'), `agb,naam\n${AANBIEDER_317},Jeugdhulp Test\n42420001,Jeugdhulp Voorbeeld\n`);
    fs.writeFileSync(
      path.join(registers, 'contracten.csv'),
      `agb,gemeentecode,productcategorie,productcode,ingangsdatum,einddatum,tarief,eenheid,frequentie,bekostiging,perceel,segment\n` +
        `${AANBIEDER_317},${HIER},55,,2020-01-01,,5000,04,2,inspanningsgericht,lokaal,jeugd\n${AANBIEDER_317},${HIER},45,,2020-01-01,,5000,04,2,inspanningsgericht,lokaal,jeugd\n`,
    );
    await laadRegisterMap(t, registers, 'test');
    deps = { database: t, eigenGemeenten: new Set([HIER]), vandaag: '2026-11-22', outboxDir: path.join(dir, 'outbox') };

    // First our own toewijzingen (a 317 asks to change one): issued while the clients lived here.
    const toewijzingen = await ontvang(deps, { bron: 'cli' }, [
      { naam: '301-verhuisd.xml', bytes: xml301(jw301('T301A', VERHUISD, 10071)) },
      { naam: '301-hier.xml', bytes: xml301(jw301('T301B', WOONT_HIER, 10072)) },
    ]);
    await verwerk(deps, toewijzingen.berichten.map((b) => b.berichtId));
    const t301 = await new BerichtRepository(t.db).lijst(toewijzingen.berichten.map((b) => b.berichtId));
    if (t301.some((r) => r.status !== 'gereed')) throw new Error(`301 not released: ${JSON.stringify(await berichtUitkomsten(t, toewijzingen.berichten))}`);

    const berichten = [
      { naam: '315-elders.xml', bytes: xml315(jw315('V315A', WOONT_ELDERS)) },
      { naam: '315-hier.xml', bytes: xml315(jw315('V315B', WOONT_HIER)) },
      { naam: '315-onbekend.xml', bytes: xml315(jw315('V315C', ONBEKEND)) },
      { naam: '317-elders.xml', bytes: xml317(jw317('V317A', VERHUISD, 10071)) },
      { naam: '317-hier.xml', bytes: xml317(jw317('V317B', WOONT_HIER, 10072)) },
    ];
    const o = await ontvang(deps, { bron: 'cli' }, berichten);
    for (const b of o.berichten) ids.set(b.naam, b.berichtId);
    await verwerk(deps, o.berichten.map((b) => b.berichtId));
  }, 120_000);

  afterAll(async () => {
    await t?.drop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers a 315 for a client living in another gemeente with its 316 and a 319 per ReferentieAanbieder (reden 8, that gemeente)', async () => {
    const a = await antwoorden('315-elders.xml');
    expect(van(a, '316')).toHaveLength(1);
    const b315 = heen('iJw', '315');
    const refs = b315.Client.AangevraagdeProducten.map((p) => p.ReferentieAanbieder);
    const a319 = van(a, '319');
    expect(a319.map((r) => lees319(r).Antwoord)).toEqual(
      refs.map((ref) => ({ ReferentieAanbieder: ref, VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '8', Woonplaatsbeginsel: { Gemeente: ELDERS } })),
    );
    for (const r of a319) {
      const h = lees319(r).Header;
      expect(h.Afzender).toBe(HIER);
      expect(h.Ontvanger).toBe(b315.Header.Afzender);
      expect(h.BerichtIdentificatie.Dagtekening).toBe(deps.vandaag);
      expect(r).toMatchObject({ richting: 'uit', antwoordOp: ids.get('315-elders.xml'), afzender: HIER, ontvanger: b315.Header.Afzender, status: 'gereed' });
    }
    expect(a319.map((r) => r.identificatie)).toEqual([`A${ids.get('315-elders.xml')}`, `A${ids.get('315-elders.xml')}-2`]);
  });

  it('answers a 317 for a client living in another gemeente with its 318 and one 319 (reden 8, that gemeente)', async () => {
    const a = await antwoorden('317-elders.xml');
    expect(van(a, '318')).toHaveLength(1);
    expect(van(a, '319').map((r) => lees319(r).Antwoord)).toEqual([
      { ReferentieAanbieder: heen('iJw', '317').Client.Verzoek.ReferentieAanbieder, VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '8', Woonplaatsbeginsel: { Gemeente: ELDERS } },
    ]);
  });

  it('makes no 319 for a client living here, nor for a client the register does not know: the retour only, as before', async () => {
    for (const [naam, retour] of [['315-hier.xml', '316'], ['317-hier.xml', '318'], ['315-onbekend.xml', '316']] as const) {
      const a = await antwoorden(naam);
      expect(a.map((r) => r.berichttype), naam).toEqual([`JW${retour}`]);
    }
  });

  it('ends every verzoek answered (beantwoord, afgerond), none in onderzoek', async () => {
    const rijen = await new BerichtRepository(t.db).lijst([...ids.values()]);
    for (const r of rijen) {
      expect(r.status, r.bestandsnaam ?? '').toBe('beantwoord');
      expect(voortgangVan(r)).toBe('afgerond');
    }
  });

  it('the 319 is valid against our own schemas and rules and against the standard\'s published JW319 XSD', async () => {
    const a319 = [...van(await antwoorden('315-elders.xml'), '319'), ...van(await antwoorden('317-elders.xml'), '319')];
    expect(a319).toHaveLength(3);
    for (const r of a319) {
      const xml = new TextDecoder().decode(r.raw);
      const eigen = checkBericht(r.raw);
      expect(eigen.findings).toEqual([]);
      expect(eigen.berichttype?.naam).toBe('JW319');
      expect(referentieFindings('iJw', '319', xml)).toEqual([]);
    }
  });

  it('writes the 319 to the outbox, shows it in the ingest outcome and in the batch\'s retours', async () => {
    const a319 = van(await antwoorden('317-elders.xml'), '319')[0]!;
    expect(a319.outboxPad).toBeTruthy();
    expect(fs.readFileSync(a319.outboxPad!)).toEqual(Buffer.from(a319.raw));
    const [u] = await berichtUitkomsten(t, [{ naam: '317-elders.xml', berichtId: ids.get('317-elders.xml')!, herhaling: false }]);
    expect(u!.json.retour?.type).toBe('JW318');
    expect(u!.json.antwoorden).toEqual([{ type: 'JW319', file: a319.outboxPad }]);
    expect(u!.json.errors.map((e) => e.rule)).toEqual(['WP003']);
    const [hier] = await berichtUitkomsten(t, [{ naam: '317-hier.xml', berichtId: ids.get('317-hier.xml')!, herhaling: false }]);
    expect(hier!.json.antwoorden).toBeUndefined();
    const batch = (await new BerichtRepository(t.db).get(ids.get('317-elders.xml')!))!.batchId!;
    const batches = new BatchRepository(t.db);
    const retours = await batches.retours((await batches.berichten(batch)).map((b) => b.berichtId));
    expect(retours.filter((r) => r.berichttype === 'JW319')).toHaveLength(3);
    expect(retours.filter((r) => /JW31[68]/.test(r.berichttype))).toHaveLength(5);
  });

  it('iwj retour prints the retour of the verzoek and names the 319; iwj retour of the 319 prints it', async () => {
    const id = ids.get('317-elders.xml')!;
    const a319 = van(await antwoorden('317-elders.xml'), '319')[0]!;
    const out = opvang();
    const err = opvang();
    expect(await runRetour(String(id), { out, err, database: t })).toBe(0);
    expect(out.tekst()).toMatch(/jw318\/schema/);
    expect(err.tekst()).toContain(`JW319 (bericht ${a319.id}`);
    const out2 = opvang();
    expect(await runRetour(String(a319.id), { out: out2, err: opvang(), database: t })).toBe(0);
    expect(out2.tekst()).toBe(new TextDecoder().decode(a319.raw));
  });

  it('is idempotent: running the retour stage again, or ingesting the batch again, makes no second 319', async () => {
    const id = ids.get('315-elders.xml')!;
    const voor = (await antwoorden('315-elders.xml')).map((r) => r.id);
    // As if the stage's work had not been recorded: the message waits for its retour again.
    await t.db.execute(sql`update bericht set status = 'beslist', fase = 'beslist' where id = ${id}`);
    const batch = (await new BerichtRepository(t.db).get(id))!.batchId!;
    expect(await beantwoordBatch(deps, batch)).toBe(1);
    expect((await antwoorden('315-elders.xml')).map((r) => r.id)).toEqual(voor);
    expect((await new BerichtRepository(t.db).get(id))!.status).toBe('beantwoord');

    const telling = async () => (await t.db.execute(sql`select count(*)::int as n from bericht where berichttype = 'JW319'`)) as unknown as { rows: { n: number }[] };
    const n = (await telling()).rows[0]!.n;
    const o = await ontvang(deps, { bron: 'cli' }, [{ naam: '315-elders.xml', bytes: xml315(jw315('V315A', WOONT_ELDERS)) }]);
    expect(o.berichten[0]!.herhaling).toBe(true);
    await verwerk(deps, o.berichten.map((b) => b.berichtId));
    expect((await telling()).rows[0]!.n).toBe(n);
  });
});

/**
 * A legacy 303 from its raw bytes to facts in PostgreSQL, through the pipeline itself: stored raw,
 * validated, controlled and decided like a 323 (`ontvang` / `verwerk`), without a retour.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BerichtRepository } from '../../src/db/repositories/berichten.js';
import { FeitenRepository } from '../../src/db/repositories/feiten.js';
import type { Finding } from '../../src/finding.js';
import { xml303 } from '../../src/fixtures/declaratie-303.js';
import { ontvang, verwerk } from '../../src/pipeline/inline.js';
import { laadRegisterMap } from '../../src/pipeline/registers-laden.js';
import type { StageDeps } from '../../src/pipeline/stages.js';
import type { Bericht303 } from '../../src/standard/berichten.generated.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';
import { AGB, BSN, GEMEENTE } from '../rules/declaratie-fixtures.js';
import { d303, toewijzing2020, type Naam303 } from '../rules/declaratie-303-fixtures.js';


interface Uitkomst {
  readonly berichtId: number;
  readonly findings: readonly Finding[];
  readonly geschreven: boolean;
}

describe('a 303 from store to facts (real PostgreSQL)', () => {
  let t: TestDatabase;
  let registers: string;

  let deps: StageDeps;

  /** One 303 through the pipeline: its findings, and whether its facts were written. */
  async function verwerk303(naam: Naam303, b: Bericht303, opnieuw = false): Promise<Uitkomst> {
    const xml = xml303(b, naam === 'WMO303' ? 'iWmo' : 'iJw');
    const bytes = Buffer.from(opnieuw ? xml.replace(/^(<\?xml[^>]*\?>)/, '$1\n<!-- opnieuw verzonden -->') : xml);
    const o = await ontvang(deps, { bron: 'cli' }, [{ naam: `${naam}.xml`, bytes }]);
    const berichtId = o.berichten[0]!.berichtId;
    await verwerk(deps, [berichtId]);
    const rij = (await new BerichtRepository(t.db).get(berichtId))!;
    expect(rij.berichttype).toBe(naam);
    expect(rij.fase).toBe('beslist');
    const findings = await new BerichtRepository(t.db).bevindingen(berichtId, ['regels', 'controle']);
    const [n] = await rijen<{ n: number }>(`select count(*)::int as n from declaratie where bericht_id = ${berichtId}`);
    return { berichtId, findings: findings.map(({ line: _line, ...f }) => f), geschreven: (n?.n ?? 0) > 0 };
  }

  const rijen = async <T>(query: string): Promise<T[]> => (await t.db.execute(sql.raw(query)) as unknown as { rows: T[] }).rows;

  beforeAll(async () => {
    t = await createTestDatabase('legacy303');
    registers = fs.mkdtempSync(path.join(os.tmpdir(), 'iwj-303-registers-'));
    fs.writeFileSync(
      path.join(registers, 'contracten.csv'),
      [
        'agb,gemeentecode,productcategorie,productcode,ingangsdatum,einddatum,tarief,eenheid,frequentie,bekostiging,perceel,segment',
        `${AGB},${GEMEENTE},45,45A03,2020-01-01,2020-12-31,1250,04,2,inspanningsgericht,regionaal,Jeugd ambulant`,
        `${AGB},${GEMEENTE},02,02A01,2020-01-01,2020-12-31,1250,04,2,inspanningsgericht,regionaal,Begeleiding`,
      ].join('\n'),
    );
    await laadRegisterMap(t, registers, 'test');
    deps = { database: t, eigenGemeenten: new Set([GEMEENTE]), vandaag: '2026-11-22', outboxDir: path.join(registers, 'outbox') };
    // The gemeente's toewijzingen of 2020, as its own 301s of that year left them.
    const o = await ontvang(deps, { bron: 'cli' }, [{ naam: 'archief.xml', bytes: Buffer.from('<toewijzingen-2020/>') }]);
    const berichtId = o.berichten[0]!.berichtId;
    const pad = '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]';
    await new FeitenRepository(t.db).schrijfToewijzingenVeel([
      { berichtId, standaard: 'iJw', feit: { ...toewijzing2020('JW303'), pad }, status: 'verzonden' },
      { berichtId, standaard: 'iWmo', feit: { ...toewijzing2020('WMO303'), pad }, status: 'verzonden' },
    ]);
  }, 120_000);

  afterAll(async () => {
    await t?.drop();
    if (registers) fs.rmSync(registers, { recursive: true, force: true });
  });

  it('writes the prestaties of a JW303 of November 2020 as granted facts of 2020', async () => {
    const u = await verwerk303('JW303', d303('JW303', [{}, { ref: 'RN2', nummer: null, volume: 2 }], { nummer: 'F2020JW11' }));
    expect(u.findings).toEqual([]);
    expect(u.geschreven).toBe(true);
    const [d] = await rijen<{ declaratie_nummer: string; periode_begin: string; totaal_ingediend: string; standaard: string }>(
      `select declaratie_nummer, periode_begin, totaal_ingediend, standaard from declaratie where bericht_id = ${u.berichtId}`,
    );
    expect(d).toEqual({ declaratie_nummer: 'F2020JW11', periode_begin: '2020-11-01', totaal_ingediend: '7500', standaard: 'iJw' });
    const p = await rijen<{ referentie_nummer: string; toewijzing_nummer: string; status: string; toegekend_bedrag: string; bsn: string }>(
      `select referentie_nummer, toewijzing_nummer, status, toegekend_bedrag, bsn from prestatie where bericht_id = ${u.berichtId} order by id`,
    );
    expect(p).toEqual([
      { referentie_nummer: 'RN1', toewijzing_nummer: '1001', status: 'toegekend', toegekend_bedrag: '5000', bsn: BSN },
      // Without ToewijzingNummer in the 303: linked to the one toewijzing that covers it.
      { referentie_nummer: 'RN2', toewijzing_nummer: '1001', status: 'toegekend', toegekend_bedrag: '2500', bsn: BSN },
    ]);
  });

  it('writes a WMO303 factuur with its BTW included, and both count in the figures of 2020', async () => {
    const u = await verwerk303('WMO303', d303('WMO303', [{ btw: 2100 }], { factuur: true, nummer: 'F2020WMO11' }));
    expect(u.findings).toEqual([]);
    const [jaar] = await rijen<{ toegekend: string; prestaties: number }>(
      "select sum(toegekend_bedrag)::bigint as toegekend, count(*)::int as prestaties from prestatie where status = 'toegekend' and periode_begin between '2020-01-01' and '2020-12-31'",
    );
    expect(jaar).toEqual({ toegekend: String(5000 + 2500 + 6050), prestaties: 3 });
  });

  it('rejects a 303 after 2020 as a whole (LG001): no facts, and the prestaties are not counted', async () => {
    const januari: [string, string] = ['2021-01-01', '2021-01-31'];
    const u = await verwerk303('JW303', d303('JW303', [{ ref: 'RN21', periode: januari }], { periode: januari, dagtekening: '2021-02-04', nummer: 'F2021JW01' }));
    expect(u.findings.map((f) => f.rule)).toContain('LG001');
    expect(u.geschreven).toBe(false);
    const [n] = await rijen<{ n: number }>(`select count(*)::int as n from prestatie where bericht_id = ${u.berichtId}`);
    expect(n?.n).toBe(0);
  });

  it('recognises the same factuur delivered again byte for byte: not stored twice, nothing new', async () => {
    const o = await ontvang(deps, { bron: 'cli' }, [{ naam: 'JW303.xml', bytes: Buffer.from(xml303(d303('JW303', [{}, { ref: 'RN2', nummer: null, volume: 2 }], { nummer: 'F2020JW11' }), 'iJw')) }]);
    expect(o.berichten[0]!.herhaling).toBe(true);
  });

  it('rejects the same factuur sent again in other bytes as a whole (TR056): its identification is taken', async () => {
    const u = await verwerk303('JW303', d303('JW303', [{}, { ref: 'RN2', nummer: null, volume: 2 }], { nummer: 'F2020JW11' }), true);
    expect(u.findings.map((f) => f.rule)).toEqual(['TR056']);
    expect(u.geschreven).toBe(false);
  });

  it('rejects a prestatie on an unknown toewijzing and off the contract tarief, and grants the rest', async () => {
    const oktober: [string, string] = ['2020-10-01', '2020-10-31'];
    const september: [string, string] = ['2020-09-01', '2020-09-30'];
    const u = await verwerk303(
      'WMO303',
      d303('WMO303', [{ ref: 'W1', periode: oktober }, { ref: 'W2', nummer: 4242, periode: oktober }, { ref: 'W3', tarief: 1300, periode: september }], { nummer: 'F2020WMO12' }),
    );
    expect(u.findings.map((f) => [f.rule, f.path])).toEqual([
      ['TR338', '/Bericht/Clienten/Client[1]/Prestaties/Prestatie[2]'],
      ['TR418', '/Bericht/Clienten/Client[1]/Prestaties/Prestatie[3]/IngediendeBedragPrestatie/ProductTarief'],
    ]);
    const p = await rijen<{ referentie_nummer: string; status: string; retourcodes: string[] }>(
      `select referentie_nummer, status, retourcodes from prestatie where bericht_id = ${u.berichtId} order by id`,
    );
    expect(p).toEqual([
      { referentie_nummer: 'W1', status: 'toegekend', retourcodes: [] },
      { referentie_nummer: 'W2', status: 'afgewezen', retourcodes: ['9338'] },
      { referentie_nummer: 'W3', status: 'afgewezen', retourcodes: ['0611'] },
    ]);
  });
});

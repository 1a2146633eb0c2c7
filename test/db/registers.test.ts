import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { RegisterRepository } from '../../src/db/repositories/registers.js';
import { aanbieder, budgetafspraak, contract, gemeente, productcode, registerImport, woonplaats } from '../../src/db/schema/index.js';
import { parseRegister, type RegisterContent, type RegisterName } from '../../src/registers/index.js';
import { csvBestand } from '../registers/csv-bestand.js';
import { createTestDatabase, type TestDatabase } from './database.js';

const BSN_A = '123456782';
const BSN_B = '111222333';
const BSN_C = '999999990';

function inhoud(register: RegisterName, lines: string[]): RegisterContent {
  const r = parseRegister(register, csvBestand(lines));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.content;
}

const KOP_CONTRACT = 'agb;gemeentecode;productcategorie;productcode;ingangsdatum;einddatum;tarief;eenheid;frequentie;bekostiging;perceel;segment';
const meta = (bestand: string) => ({ bestand, sha256: 'a'.repeat(64), door: 'tester' });

describe('RegisterRepository (PostgreSQL)', () => {
  let t: TestDatabase;
  let repo: RegisterRepository;
  beforeAll(async () => {
    t = await createTestDatabase('registers');
    repo = new RegisterRepository(t.db);
  });
  afterAll(async () => {
    await t?.drop();
  });
  beforeEach(async () => {
    for (const table of [registerImport, contract, gemeente, aanbieder, productcode, woonplaats, budgetafspraak]) await t.db.delete(table);
  });

  it('replaces a register entirely and says how many rows it replaced', async () => {
    const eerste = inhoud('aanbieders', ['agb;naam', '12345678;Zorg A', '23456789;Zorg B', '34567890;Zorg C']);
    expect(await repo.replace(eerste, meta('a.csv'))).toMatchObject({ rijen: 3, vervangen: 0 });
    const tweede = inhoud('aanbieders', ['agb;naam', '23456789;Zorg B nieuw', '45678901;Zorg D']);
    expect(await repo.replace(tweede, meta('b.csv'))).toMatchObject({ rijen: 2, vervangen: 3 });
    expect(await repo.aanbieders()).toEqual([
      { agb: '23456789', naam: 'Zorg B nieuw' },
      { agb: '45678901', naam: 'Zorg D' },
    ]);
    expect(await repo.count('aanbieders')).toBe(2);
  });

  it('leaves the other registers alone', async () => {
    await repo.replace(inhoud('gemeenten', ['gemeentecode;naam;ingangsdatum;einddatum', '0363;Amsterdam;1900-01-01;']), meta('g.csv'));
    await repo.replace(inhoud('aanbieders', ['agb;naam', '12345678;Zorg A']), meta('a.csv'));
    await repo.replace(inhoud('aanbieders', ['agb;naam', '23456789;Zorg B']), meta('a2.csv'));
    expect(await repo.gemeenten()).toEqual([{ gemeentecode: '0363', naam: 'Amsterdam', ingangsdatum: '1900-01-01' }]);
  });

  it('records every import: register, file, sha256, rows, by whom, when', async () => {
    const voor = new Date();
    const { importId } = await repo.replace(inhoud('aanbieders', ['agb;naam', '12345678;Zorg A']), { bestand: 'aanbieders.csv', sha256: 'f'.repeat(64), door: 'jan' });
    await repo.replace(inhoud('gemeenten', ['gemeentecode;naam;ingangsdatum;einddatum', '0363;Amsterdam;1900-01-01;']), meta('g.csv'));
    const imports = await repo.imports('aanbieders');
    expect(imports).toHaveLength(1);
    expect(imports[0]).toMatchObject({ id: importId, register: 'aanbieders', bestand: 'aanbieders.csv', sha256: 'f'.repeat(64), rijen: 1, door: 'jan' });
    expect(imports[0]!.geimporteerdOp.getTime()).toBeGreaterThanOrEqual(voor.getTime() - 5_000);
    expect((await repo.imports()).map((i) => i.register)).toEqual(['gemeenten', 'aanbieders']);
  });

  it('changes nothing when the replacement fails halfway (one transaction)', async () => {
    await repo.replace(inhoud('gemeenten', ['gemeentecode;naam;ingangsdatum;einddatum', '0363;Amsterdam;1900-01-01;']), meta('g.csv'));
    const ok = { gemeentecode: '0599', naam: 'Rotterdam', ingangsdatum: '1900-01-01' };
    // Rows the parser would never produce: the database refuses the second chunk's impossible date.
    const rows = [...Array.from({ length: 7000 }, () => ok), { gemeentecode: '0518', naam: 'Den Haag', ingangsdatum: '2026-02-30' }];
    await expect(repo.replace({ register: 'gemeenten', rows }, meta('kapot.csv'))).rejects.toThrow();
    expect(await repo.gemeenten()).toEqual([{ gemeentecode: '0363', naam: 'Amsterdam', ingangsdatum: '1900-01-01' }]);
    expect((await repo.imports()).map((i) => i.bestand)).toEqual(['g.csv']);
  });

  it('loads the contracts of an aanbieder with a gemeente as facts, of one domain when asked', async () => {
    await repo.replace(
      inhoud('contracten', [
        KOP_CONTRACT,
        '12345678;0363;45;45A01;2026-01-01;2026-12-31;6543;04;2;inspanningsgericht;regionaal;Jeugd',
        '12345678;0363;02;;2026-01-01;;2150;14;;outputgericht;lokaal;Wmo',
        '12345678;0599;45;45A01;2026-01-01;;7000;04;2;inspanningsgericht;regionaal;Jeugd',
        '23456789;0363;45;45A01;2026-01-01;;7100;04;2;inspanningsgericht;regionaal;Jeugd',
      ]),
      meta('contracten.csv'),
    );
    const alle = await repo.contracten('12345678', '0363');
    expect(alle).toEqual([
      {
        agb: '12345678',
        gemeentecode: '0363',
        productcategorie: '02',
        ingangsdatum: '2026-01-01',
        tarief: 2150,
        eenheid: '14',
        bekostiging: 'outputgericht',
        perceel: 'lokaal',
        segment: 'Wmo',
      },
      {
        agb: '12345678',
        gemeentecode: '0363',
        productcategorie: '45',
        productcode: '45A01',
        ingangsdatum: '2026-01-01',
        einddatum: '2026-12-31',
        tarief: 6543,
        eenheid: '04',
        frequentie: '2',
        bekostiging: 'inspanningsgericht',
        perceel: 'regionaal',
        segment: 'Jeugd',
      },
    ]);
    expect((await repo.contracten('12345678', '0363', 'iJw')).map((c) => c.productcategorie)).toEqual(['45']);
    expect((await repo.contracten('12345678', '0363', 'iWmo')).map((c) => c.productcategorie)).toEqual(['02']);
    expect(await repo.contracten('99999999', '0363')).toEqual([]);
  });

  it('loads the woonplaats history of a set of clients', async () => {
    await repo.replace(
      inhoud('woonplaats', [
        'bsn;gemeentecode;ingangsdatum;einddatum',
        `${BSN_A};0599;2024-03-15;`,
        `${BSN_A};0363;2010-05-01;2024-03-14`,
        `${BSN_B};0363;2001-01-01;`,
        `${BSN_C};0518;2001-01-01;`,
      ]),
      meta('brp.csv'),
    );
    expect(await repo.woonplaatsen([BSN_A, BSN_B, BSN_A])).toEqual([
      { bsn: BSN_B, gemeentecode: '0363', ingangsdatum: '2001-01-01' },
      { bsn: BSN_A, gemeentecode: '0363', ingangsdatum: '2010-05-01', einddatum: '2024-03-14' },
      { bsn: BSN_A, gemeentecode: '0599', ingangsdatum: '2024-03-15' },
    ]);
    expect(await repo.woonplaatsen([])).toEqual([]);
  });

  it('loads gemeenten, product codes (per gemeente and domain) and aanbieder names', async () => {
    await repo.replace(inhoud('gemeenten', ['gemeentecode,naam,ingangsdatum,einddatum', '0599,Rotterdam,1900-01-01,', '0140,Littenseradiel,1984-01-01,2017-12-31']), meta('g.csv'));
    await repo.replace(
      inhoud('productcodes', ['gemeentecode,productcategorie,productcode,ingangsdatum,einddatum', '0363,45,45A01,2026-01-01,', '0363,07,07A08,2025-01-01,2025-12-31', '0599,45,45A01,2026-01-01,']),
      meta('p.csv'),
    );
    await repo.replace(inhoud('aanbieders', ['agb;naam', '12345678;Zorg A', '23456789;Zorg B']), meta('a.csv'));
    expect(await repo.gemeenten()).toEqual([
      { gemeentecode: '0140', naam: 'Littenseradiel', ingangsdatum: '1984-01-01', einddatum: '2017-12-31' },
      { gemeentecode: '0599', naam: 'Rotterdam', ingangsdatum: '1900-01-01' },
    ]);
    expect(await repo.productcodes(['0363'])).toEqual([
      { gemeentecode: '0363', productcategorie: '07', productcode: '07A08', ingangsdatum: '2025-01-01', einddatum: '2025-12-31' },
      { gemeentecode: '0363', productcategorie: '45', productcode: '45A01', ingangsdatum: '2026-01-01' },
    ]);
    expect((await repo.productcodes(undefined, 'iJw')).map((p) => p.gemeentecode)).toEqual(['0363', '0599']);
    expect(await repo.productcodes([])).toEqual([]);
    expect(await repo.aanbieders(['23456789', '00000000'])).toEqual([{ agb: '23456789', naam: 'Zorg B' }]);
  });

  it('stores budget agreements with exact percentages and places', async () => {
    await repo.replace(
      inhoud('budgetafspraken', [
        'agb;gemeentecode;segment;jaar;soort;bedrag;bandbreedte;voorschot;plekken',
        '12345678;0363;Jeugd verblijf;2026;afspraak;125000000000;2,5;10000000;12,25',
        '12345678;0363;Jeugd verblijf;2025;plafond;90000000;;;',
      ]),
      meta('budget.csv'),
    );
    expect(await repo.budgetafspraken(2026)).toEqual([
      { agb: '12345678', gemeentecode: '0363', segment: 'Jeugd verblijf', jaar: 2026, soort: 'afspraak', bedrag: 125000000000, bandbreedte: '2.5', voorschot: 10000000, plekken: '12.25' },
    ]);
    expect((await repo.budgetafspraken()).map((b) => b.jaar)).toEqual([2025, 2026]);
  });
});

describe('RegisterRepository (embedded PGlite)', () => {
  it('replaces and reads the same way', async () => {
    const d = await openDatabase({ dataDir: 'memory://' });
    try {
      const repo = new RegisterRepository(d.db);
      await repo.replace(inhoud('aanbieders', ['agb;naam', '12345678;Zorg A']), meta('a.csv'));
      expect(await repo.replace(inhoud('aanbieders', ['agb;naam', '23456789;Zorg B']), meta('b.csv'))).toMatchObject({ rijen: 1, vervangen: 1 });
      expect(await repo.aanbieders()).toEqual([{ agb: '23456789', naam: 'Zorg B' }]);
      expect((await repo.imports()).map((i) => i.bestand)).toEqual(['b.csv', 'a.csv']);
    } finally {
      await d.close();
    }
  });
});

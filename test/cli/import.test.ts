import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegisterRepository } from '../../src/db/repositories/registers.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';

const run = promisify(execFile);
const IWJ = path.resolve('bin/iwj.mjs');
const KOP = 'agb;gemeentecode;productcategorie;productcode;ingangsdatum;einddatum;tarief;eenheid;frequentie;bekostiging;perceel;segment';

describe('iwj import', () => {
  let t: TestDatabase;
  let tmp: string;
  beforeAll(async () => {
    t = await createTestDatabase('cli_import');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iwj-import-'));
  });
  afterAll(async () => {
    await t?.drop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function iwj(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const env = { ...process.env, DATABASE_URL: t.url };
    try {
      const { stdout, stderr } = await run(process.execPath, [IWJ, ...args], { env });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  }

  const write = (name: string, lines: string[]): string => {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, lines.join('\r\n') + '\r\n');
    return file;
  };

  it('imports a good file, replaces on the next import and records who did it', async () => {
    const eerste = write('contracten-2025.csv', [
      KOP,
      '12345678;0363;45;45A01;2025-01-01;2025-12-31;6300;04;2;inspanningsgericht;regionaal;Jeugd',
      '12345678;0363;45;45A02;2025-01-01;2025-12-31;7300;04;2;inspanningsgericht;regionaal;Jeugd',
    ]);
    const a = await iwj(['import', 'contracten', eerste, '--door', 'Marieke']);
    expect(a).toMatchObject({ code: 0, stdout: 'contracten: 2 rijen geïmporteerd uit contracten-2025.csv (vervangt 0)\n' });

    const tweede = write('contracten.csv', [KOP, '12345678;0363;45;45A01;2026-01-01;;6543;04;2;inspanningsgericht;regionaal;Jeugd']);
    const b = await iwj(['import', 'contracten', tweede]);
    expect(b).toMatchObject({ code: 0, stdout: 'contracten: 1 rij geïmporteerd uit contracten.csv (vervangt 2)\n' });

    const repo = new RegisterRepository(t.db);
    expect(await repo.contracten('12345678', '0363')).toMatchObject([{ productcode: '45A01', ingangsdatum: '2026-01-01', tarief: 6543 }]);
    const [laatste, eerder] = await repo.imports('contracten');
    expect(laatste).toMatchObject({
      bestand: 'contracten.csv',
      rijen: 1,
      door: os.userInfo().username,
      sha256: createHash('sha256').update(fs.readFileSync(tweede)).digest('hex'),
    });
    expect(eerder).toMatchObject({ bestand: 'contracten-2025.csv', rijen: 2, door: 'Marieke' });
  });

  it('prints every bad row, exits 1 and changes nothing', async () => {
    const repo = new RegisterRepository(t.db);
    const voor = await repo.count('contracten');
    const importsVoor = (await repo.imports()).length;
    const slecht = write('slecht.csv', [
      KOP,
      '12345678;0363;45;45A01;2026-01-01;;6543;04;2;inspanningsgericht;regionaal;Jeugd',
      '12345678;0363;45;45A02;2026-01-01;;65,43;04;2;inspanningsgericht;regionaal;"Jeugd',
      'ambulant"',
      '12345678;363;45;45A03;2026-02-30;;6543;04;2;inspanningsgericht;regionaal;Jeugd',
      '12345678;0363;45;45A01;2026-06-01;;7000;04;2;inspanningsgericht;regionaal;Jeugd',
    ]);
    const r = await iwj(['import', 'contracten', slecht]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual([
      "regel 3, kolom tarief: '65,43' is geen geheel aantal eurocenten: bedragen staan in eurocenten, zonder komma of punt (€ 65,43 schrijf je als 6543).",
      "regel 5, kolom gemeentecode: '363' heeft 3 cijfers; een CBS-gemeentecode heeft er 4 (bijvoorbeeld 0363). Is de voorloopnul weggevallen (Excel)? Bedoeld is waarschijnlijk 0363.",
      "regel 5, kolom ingangsdatum: '2026-02-30' bestaat niet: februari 2026 heeft 28 dagen.",
      'regel 6: De periode 2026-06-01 t/m open einde overlapt met die op regel 2 (2026-01-01 t/m open einde) voor dezelfde aanbieder 12345678, gemeente 0363 en productcategorie 45, productcode 45A01, met een ander tarief (€ 65,43 en € 70,00).',
      'contracten: slecht.csv heeft 4 fouten; niets geïmporteerd, het register is ongewijzigd.',
    ]);
    expect(await repo.count('contracten')).toBe(voor);
    expect(await repo.imports()).toHaveLength(importsVoor);
  });

  it('rejects a file that is not UTF-8 with a clear message and exit code 1', async () => {
    const file = path.join(tmp, 'ansi.csv');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('agb;naam\r\n12345678;Caf'), Buffer.from([0xe9]), Buffer.from('\r\n')]));
    const r = await iwj(['import', 'aanbieders', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^regel 2: Het bestand is niet in UTF-8 gecodeerd/);
  });

  it('exits 2 on an unknown register, a missing file or missing arguments', async () => {
    const onbekend = await iwj(['import', 'tarieven', path.join(tmp, 'slecht.csv')]);
    expect(onbekend.code).toBe(2);
    expect(onbekend.stderr).toContain("onbekend register 'tarieven'; kies uit: gemeenten, aanbieders, contracten, productcodes, woonplaats, budgetafspraken");
    const weg = await iwj(['import', 'contracten', path.join(tmp, 'bestaat-niet.csv')]);
    expect(weg.code).toBe(2);
    expect(weg.stderr).toMatch(/bestaat-niet\.csv bestaat niet/);
    const kaal = await iwj(['import', 'contracten']);
    expect(kaal.code).toBe(2);
    expect(kaal.stderr).toContain('gebruik: iwj');
  });
});

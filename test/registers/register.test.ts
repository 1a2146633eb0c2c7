import { describe, expect, it } from 'vitest';
import { parseGemeenten } from '../../src/registers/gemeenten.js';
import { parseAanbieders } from '../../src/registers/aanbieders.js';
import { parseRegister, isRegisterName, REGISTER_NAMES } from '../../src/registers/index.js';
import { formatRegisterError } from '../../src/registers/register-error.js';
import { csvBestand } from './csv-bestand.js';

describe('register files: header', () => {
  it('reads columns in any order and any case, ignoring extra columns', () => {
    const r = parseGemeenten(csvBestand(['Einddatum;opmerking;NAAM;ingangsdatum;GemeenteCode', ';nieuw;Amsterdam;1900-01-01;0363']));
    expect(r).toEqual({ ok: true, rows: [{ gemeentecode: '0363', naam: 'Amsterdam', ingangsdatum: '1900-01-01' }] });
  });

  it('reads a file with a BOM and CRLF line ends as Excel writes it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...csvBestand(['agb;naam', '12345678;Zorg & Co'], '\r\n')]);
    expect(parseAanbieders(bytes)).toEqual({ ok: true, rows: [{ agb: '12345678', naam: 'Zorg & Co' }] });
  });

  it('names the missing columns and what it expected', () => {
    const r = parseGemeenten(csvBestand(['gemeentecode;naam;ingangsdatm', '0363;Amsterdam;1900-01-01']));
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          line: 1,
          message:
            'De kopregel mist de kolommen ingangsdatum, einddatum. Verwacht: gemeentecode;naam;ingangsdatum;einddatum (volgorde vrij); gevonden: gemeentecode;naam;ingangsdatm.',
        },
      ],
    });
  });

  it('rejects a column named twice', () => {
    const r = parseAanbieders(csvBestand(['agb,naam,naam', '12345678,a,b']));
    expect(r).toEqual({ ok: false, errors: [{ line: 1, column: 'naam', message: 'De kolom naam staat twee keer in de kopregel.' }] });
  });

  it('refuses a file with only a header: that would empty the register', () => {
    const r = parseAanbieders(csvBestand(['agb,naam', '', ',,']));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/alleen een kopregel.*alle aanbieders wissen/);
  });
});

describe('register files: rows', () => {
  it('reports a row with too few or too many fields, and tolerates empty trailing fields', () => {
    const r = parseAanbieders(csvBestand(['agb,naam', '12345678', '23456789,Zorg, Welzijn BV', '34567890,Goed,,', '45678901,"Zorg, Welzijn BV"']));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { line: 2, message: 'Deze regel heeft 1 velden, de kopregel 2; ontbreekt er een scheidingsteken?' },
      { line: 3, message: "Deze regel heeft 3 velden, de kopregel 2; staat er een ',' in een waarde zonder aanhalingstekens eromheen?" },
    ]);
  });

  it('reports every bad row with its physical line, counting the lines inside quoted values', () => {
    const r = parseGemeenten(
      csvBestand([
        'gemeentecode;naam;ingangsdatum;einddatum',
        '0363;"Amster-',
        'dam";1900-01-01;',
        '599;Rotterdam;1900-01-01;',
        '',
        '0518;"\'s-Gravenhage',
        '(Den Haag)";01-01-1900;',
        '0344;Utrecht;1900-01-01;1899-12-31',
      ]),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map(formatRegisterError)).toEqual([
      "regel 4, kolom gemeentecode: '599' heeft 3 cijfers; een CBS-gemeentecode heeft er 4 (bijvoorbeeld 0363). Is de voorloopnul weggevallen (Excel)? Bedoeld is waarschijnlijk 0599.",
      "regel 6, kolom ingangsdatum: '01-01-1900' is geen datum in de vorm JJJJ-MM-DD; schrijf bijvoorbeeld 1900-01-01.",
      'regel 8, kolom einddatum: De einddatum 1899-12-31 ligt vóór de ingangsdatum 1900-01-01.',
    ]);
  });

  it('keeps a value with an embedded newline as it is', () => {
    const r = parseAanbieders(csvBestand(['agb,naam', '12345678,"Zorg\nen Welzijn"']));
    expect(r).toEqual({ ok: true, rows: [{ agb: '12345678', naam: 'Zorg\nen Welzijn' }] });
  });

  it('returns CSV quoting errors instead of rows', () => {
    const r = parseAanbieders(csvBestand(['agb,naam', '12345678,Zorg "De Brug', '23456789,x']));
    expect(r).toMatchObject({ ok: false, errors: [{ line: 2 }] });
  });
});

describe('register files: duplicates and overlapping periods', () => {
  const kop = 'gemeentecode;naam;ingangsdatum;einddatum';

  it('reports an exact duplicate with both line numbers', () => {
    const r = parseGemeenten(csvBestand([kop, '0363;Amsterdam;1900-01-01;', '0599;Rotterdam;1900-01-01;', '0363;Amsterdam;1900-01-01;']));
    expect(r).toEqual({ ok: false, errors: [{ line: 4, relatedLine: 2, message: 'Dubbele regel: precies gelijk aan regel 2.' }] });
  });

  it('reports overlapping periods for the same key, on the later line, naming both periods', () => {
    const r = parseGemeenten(csvBestand([kop, '0363;Amsterdam;2020-01-01;', '0363;Amsterdam-Noord;2026-01-01;2026-12-31']));
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          line: 3,
          relatedLine: 2,
          message: 'De periode 2026-01-01 t/m 2026-12-31 overlapt met die op regel 2 (2020-01-01 t/m open einde) voor dezelfde gemeentecode 0363.',
        },
      ],
    });
  });

  it('counts a shared first or last day as an overlap, and consecutive periods not', () => {
    const sameDay = parseGemeenten(csvBestand([kop, '0363;A;2025-01-01;2025-12-31', '0363;B;2025-12-31;']));
    expect(sameDay).toMatchObject({ ok: false, errors: [{ line: 3, relatedLine: 2 }] });
    const consecutive = parseGemeenten(csvBestand([kop, '0363;B;2026-01-01;', '0363;A;2025-01-01;2025-12-31']));
    expect(consecutive.ok).toBe(true);
  });

  it('finds every overlapping pair, whatever the order in the file', () => {
    const r = parseGemeenten(
      csvBestand([kop, '0363;C;2026-01-01;', '0363;A;2020-01-01;2026-01-01', '0363;B;2025-06-01;2026-03-31', '0599;R;2020-01-01;']),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.line, e.relatedLine])).toEqual([
      [3, 2],
      [4, 2],
      [4, 3],
    ]);
    expect(r.errors.find((e) => e.line === 3)!.message).toContain('De periode 2020-01-01 t/m 2026-01-01 overlapt met die op regel 2 (2026-01-01 t/m open einde)');
  });

  it('does not compare rows that have bad values', () => {
    const r = parseGemeenten(csvBestand([kop, '0363;A;2020-01-01;', '0363;;2021-01-01;']));
    expect(r).toMatchObject({ ok: false, errors: [{ line: 3, column: 'naam' }] });
    if (!r.ok) expect(r.errors).toHaveLength(1);
  });
});

describe('the register catalogue', () => {
  it('knows the six registers by name', () => {
    expect(REGISTER_NAMES).toEqual(['gemeenten', 'aanbieders', 'contracten', 'productcodes', 'woonplaats', 'budgetafspraken']);
    expect(isRegisterName('contracten')).toBe(true);
    expect(isRegisterName('toString')).toBe(false);
  });

  it('parses by name into tagged content', () => {
    const r = parseRegister('aanbieders', csvBestand(['agb;naam', '12345678;Zorg']));
    expect(r).toEqual({ ok: true, content: { register: 'aanbieders', rows: [{ agb: '12345678', naam: 'Zorg' }] } });
  });
});

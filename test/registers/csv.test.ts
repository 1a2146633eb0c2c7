import { describe, expect, it } from 'vitest';
import { decodeUtf8, detectSeparator, firstInvalidUtf8, readCsv, tokenize } from '../../src/registers/csv.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

describe('decodeUtf8', () => {
  it('accepts UTF-8 with and without BOM, and strips the BOM', () => {
    expect(decodeUtf8(utf8('naam\nGroningen €'))).toEqual({ text: 'naam\nGroningen €' });
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'naam\nSúdwest-Fryslân'))).toEqual({ text: 'naam\nSúdwest-Fryslân' });
  });

  it('rejects Windows-1252 (an é as one byte) with the line it is on and how to fix it', () => {
    const r = decodeUtf8(bytes('agb;naam\n12345678;Zorg BV\n87654321;Caf', [0xe9], ' de Zorg\n'));
    expect(r).toHaveProperty('error');
    if (!('error' in r)) return;
    expect(r.error.line).toBe(3);
    expect(r.error.message).toContain('niet in UTF-8');
    expect(r.error.message).toContain('0xE9');
    expect(r.error.message).toContain('CSV UTF-8');
  });

  it('rejects UTF-16 by its BOM, and UTF-16 without BOM by its nul bytes', () => {
    const le = decodeUtf8(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]));
    expect('error' in le && le.error.message).toMatch(/UTF-16/);
    const be = decodeUtf8(Uint8Array.from([0xfe, 0xff, 0x00, 0x61]));
    expect('error' in be && be.error.message).toMatch(/UTF-16/);
    const bare = decodeUtf8(Uint8Array.from([0x61, 0x00, 0x3b, 0x00]));
    expect('error' in bare && bare.error.message).toMatch(/nul-bytes/);
  });

  it('counts CRLF and lone CR line ends for the line of a bad byte', () => {
    const r = decodeUtf8(bytes('a\r\nb\rc\n', [0x80]));
    expect('error' in r && r.error.line).toBe(4);
  });
});

describe('firstInvalidUtf8', () => {
  it('finds overlong forms, surrogates, code points above U+10FFFF and truncated sequences', () => {
    expect(firstInvalidUtf8(utf8('ok é € 𝄞'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xe0, 0x80, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0x42, 0xe2, 0x82]))).toBe(2);
    expect(firstInvalidUtf8(Uint8Array.from([0xc3, 0x41]))).toBe(0);
  });
});

describe('detectSeparator', () => {
  it('takes the separator of the header row', () => {
    expect(detectSeparator('agb;naam\n1,2,3,4,5')).toBe(';');
    expect(detectSeparator('agb,naam\n1;2;3;4;5')).toBe(',');
  });

  it('ignores separators inside quoted column names', () => {
    expect(detectSeparator('"a,b,c";d;e')).toBe(';');
    expect(detectSeparator('"a;b;c",d,e')).toBe(',');
  });

  it('falls back to a comma when the header has neither', () => {
    expect(detectSeparator('naam\nx')).toBe(',');
  });
});

describe('tokenize', () => {
  it('reads quoted fields with "" escapes and embedded separators', () => {
    const { records, errors } = tokenize('a;b;c\n"Zorg; ""De Brug"" BV";x;""\n', ';');
    expect(errors).toEqual([]);
    expect(records[1]).toEqual({ line: 2, fields: ['Zorg; "De Brug" BV', 'x', ''] });
  });

  it('numbers records by the physical line they start on, past embedded newlines', () => {
    const text = 'a,b\n1,"twee\nregels"\n2,"drie\r\nregels\nhier"\n3,x\n';
    const { records } = tokenize(text, ',');
    expect(records.map((r) => r.line)).toEqual([1, 2, 4, 7]);
    expect(records[1]!.fields[1]).toBe('twee\nregels');
    expect(records[2]!.fields[1]).toBe('drie\r\nregels\nhier');
  });

  it('handles CRLF, LF, lone CR and a missing final line end alike', () => {
    for (const nl of ['\r\n', '\n', '\r']) {
      const { records } = tokenize(['a,b', '1,2', '3,4'].join(nl), ',');
      expect(records).toEqual([
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['1', '2'] },
        { line: 3, fields: ['3', '4'] },
      ]);
    }
  });

  it('skips blank lines and rows of only empty fields but keeps counting lines', () => {
    const { records } = tokenize('a;b\n\n1;2\n;;\n  \n3;4\n\n', ';');
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['a', 'b']],
      [3, ['1', '2']],
      [6, ['3', '4']],
    ]);
  });

  it('trims unquoted values but keeps the spaces inside quotes', () => {
    const { records } = tokenize(' a , b \n  1 , " 2 " \n', ',');
    expect(records[1]!.fields).toEqual(['1', ' 2 ']);
    expect(records[0]!.fields).toEqual(['a', 'b']);
  });

  it('reports a quote inside an unquoted field on its line', () => {
    const { errors } = tokenize('a,b\n1,2\n3,Zorg "De Brug"\n', ',');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({ line: 3 });
    expect(errors[0]!.message).toMatch(/Aanhalingsteken midden in een veld/);
  });

  it('reports text after a closing quote', () => {
    const { errors } = tokenize('a,b\n"1"x,2\n', ',');
    expect(errors).toEqual([{ line: 2, message: expect.stringMatching(/na het sluitende aanhalingsteken/) }]);
  });

  it('reports a quote that is never closed on the line where it opens', () => {
    const { errors } = tokenize('a,b\n1,2\n3,"open\n4,5\n6,7\n', ',');
    expect(errors).toEqual([{ line: 3, message: expect.stringMatching(/nergens gesloten/) }]);
  });
});

describe('readCsv', () => {
  it('splits header and records and tells the separator', () => {
    const r = readCsv(utf8('agb;naam\r\n12345678;Zorg\r\n'));
    expect(r).toEqual({
      ok: true,
      file: { separator: ';', header: { line: 1, fields: ['agb', 'naam'] }, records: [{ line: 2, fields: ['12345678', 'Zorg'] }] },
    });
  });

  it('needs a header on line 1', () => {
    expect(readCsv(utf8(''))).toMatchObject({ ok: false, errors: [{ line: 1, message: expect.stringMatching(/kopregel/) }] });
    expect(readCsv(utf8('\nagb;naam\n'))).toMatchObject({ ok: false, errors: [{ line: 1 }] });
  });

  it('returns the encoding error instead of rows', () => {
    expect(readCsv(Uint8Array.from([0x61, 0x3b, 0x62, 0x0a, 0xe9]))).toMatchObject({ ok: false, errors: [{ line: 2 }] });
  });
});

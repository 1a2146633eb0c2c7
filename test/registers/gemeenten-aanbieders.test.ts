import { describe, expect, it } from 'vitest';
import { parseAanbieders } from '../../src/registers/aanbieders.js';
import { parseGemeenten } from '../../src/registers/gemeenten.js';
import { formatRegisterError } from '../../src/registers/register-error.js';
import { csvBestand } from './csv-bestand.js';

describe('gemeenten (TR378)', () => {
  it('reads CBS codes as text with their leading zeros, and gemeenten that ended', () => {
    const r = parseGemeenten(csvBestand(['gemeentecode,naam,ingangsdatum,einddatum', '0889,Beesel,1982-01-01,', '1940,De Fryske Marren,2014-01-01,', '0140,Littenseradiel,1984-01-01,2017-12-31']));
    expect(r).toEqual({
      ok: true,
      rows: [
        { gemeentecode: '0889', naam: 'Beesel', ingangsdatum: '1982-01-01' },
        { gemeentecode: '1940', naam: 'De Fryske Marren', ingangsdatum: '2014-01-01' },
        { gemeentecode: '0140', naam: 'Littenseradiel', ingangsdatum: '1984-01-01', einddatum: '2017-12-31' },
      ],
    });
  });

  it('requires a 4-digit code, a name and an ingangsdatum', () => {
    const r = parseGemeenten(csvBestand(['gemeentecode,naam,ingangsdatum,einddatum', 'GM0363,,,']));
    expect(r.ok ? [] : r.errors.map(formatRegisterError)).toEqual([
      "regel 2, kolom gemeentecode: 'GM0363' is geen CBS-gemeentecode: die bestaat uit precies 4 cijfers (bijvoorbeeld 0363).",
      'regel 2, kolom naam: Deze waarde is verplicht maar het veld is leeg.',
      'regel 2, kolom ingangsdatum: Deze waarde is verplicht maar het veld is leeg.',
    ]);
  });
});

describe('aanbieders', () => {
  it('reads AGB codes with their names', () => {
    expect(parseAanbieders(csvBestand(['naam;agb', '"Zorg ""De Brug"" B.V.";01234567']))).toEqual({
      ok: true,
      rows: [{ agb: '01234567', naam: 'Zorg "De Brug" B.V.' }],
    });
  });

  it('reports an AGB code twice, with both lines', () => {
    const r = parseAanbieders(csvBestand(['agb;naam', '12345678;Zorg A', '23456789;Zorg B', '12345678;Zorg C']));
    expect(r).toEqual({ ok: false, errors: [{ line: 4, relatedLine: 2, message: 'Regel 2 heeft al AGB-code 12345678, met een andere naam.' }] });
  });
});

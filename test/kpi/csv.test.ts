import { describe, expect, it } from 'vitest';
import { csvWaarde, euroTekst, naarCsv } from '../../src/kpi/csv.js';
import type { Kolom } from '../../src/kpi/kolommen.js';
import { tekstTabel } from '../../src/kpi/tabel.js';

const kolommen: Kolom[] = [
  { sleutel: 'gemeente', kop: 'Gemeente', soort: 'code' },
  { sleutel: 'naam', kop: 'Aanbieder', soort: 'tekst' },
  { sleutel: 'aantal', kop: 'Aantal', soort: 'geheel' },
  { sleutel: 'gemiddeld', kop: 'Gemiddeld (dagen)', soort: 'decimaal' },
  { sleutel: 'bedrag', kop: 'Realisatie (€)', soort: 'euro' },
  { sleutel: 'binnen', kop: 'Binnen band', soort: 'ja-nee' },
  { sleutel: 'maand', kop: 'Maand', soort: 'maand' },
];
const rijen = [
  { gemeente: '0983', naam: 'Zorg; Welzijn "De Brug"', aantal: 12, gemiddeld: 13.5, bedrag: -1_234_567, binnen: true, maand: '2025-03' },
  { gemeente: '0889', naam: '=HYPERLINK("x")', aantal: 0, gemiddeld: null, bedrag: 5, binnen: false, maand: '2025-04' },
];

describe('CSV that opens cleanly in Excel', () => {
  it('writes eurocents as euro with two decimals, exactly', () => {
    expect([euroTekst(-1_234_567), euroTekst(5), euroTekst(100), euroTekst(0), euroTekst(-5, ',')]).toEqual(['-12345.67', '0.05', '1.00', '0.00', '-0,05']);
    expect(() => euroTekst(1.5)).toThrow();
  });

  it('Dutch dialect: BOM, `;` between fields, decimal comma, CRLF, codes kept as text, quotes doubled', () => {
    expect(naarCsv(kolommen, rijen, { komma: true })).toBe(
      '\uFEFFGemeente;Aanbieder;Aantal;Gemiddeld (dagen);Realisatie (€);Binnen band;Maand\r\n' +
        '="0983";"Zorg; Welzijn ""De Brug""";12;13,5;-12345,67;ja;2025-03\r\n' +
        `="0889";"'=HYPERLINK(""x"")";0;;0,05;nee;2025-04\r\n`,
    );
  });

  it('default dialect: `,` between fields and a decimal point; a field with a comma is quoted', () => {
    const csv = naarCsv(kolommen, [{ ...rijen[0]!, naam: 'Zorg, Welzijn' }]);
    expect(csv).toBe('\uFEFFGemeente,Aanbieder,Aantal,Gemiddeld (dagen),Realisatie (€),Binnen band,Maand\r\n="0983","Zorg, Welzijn",12,13.5,-12345.67,ja,2025-03\r\n');
  });

  it('never lets text start a formula, and leaves odd codes as quoted text', () => {
    const tekst = { sleutel: 'x', kop: 'X', soort: 'tekst' } as const;
    expect(['=1+1', '+31', '-2', '@SUM(A1)', '\tx'].map((w) => csvWaarde(w, tekst))).toEqual(["'=1+1", "'+31", "'-2", "'@SUM(A1)", "'\tx"]);
    expect(csvWaarde('a b"c', { sleutel: 'c', kop: 'C', soort: 'code' })).toBe('"a b""c"');
    expect(csvWaarde(-3, { sleutel: 'n', kop: 'N', soort: 'geheel' })).toBe('-3');
    expect(csvWaarde(1e21, { sleutel: 'n', kop: 'N', soort: 'geheel' })).not.toMatch(/e/);
  });

  it('writes only the header for no rows', () => {
    expect(naarCsv(kolommen.slice(0, 2), [])).toBe('\uFEFFGemeente,Aanbieder\r\n');
  });

  it('shows the same values as an aligned text table with Dutch notation', () => {
    expect(tekstTabel(kolommen.slice(2, 5), rijen)).toBe(
      'Aantal  Gemiddeld (dagen)  Realisatie (€)\n' +
        '──────  ─────────────────  ──────────────\n' +
        '    12               13,5     € -12345,67\n' +
        '     0                  –          € 0,05\n',
    );
  });
});

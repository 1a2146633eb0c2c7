import { describe, expect, it } from 'vitest';
import { centsProblem, codeProblem, dateProblem, parseDecimal, RowReader } from '../../src/registers/row-reader.js';
import { codes } from '../../src/standard/codes.js';
import { formatEuro } from '../../src/registers/euro.js';

const reader = (values: Record<string, string>): RowReader => new RowReader(7, new Map(Object.entries(values)));

describe('dateProblem', () => {
  it('accepts real dates YYYY-MM-DD, leap days included', () => {
    for (const d of ['2026-01-01', '2024-02-29', '2000-02-29', '2026-12-31', '9999-12-31']) expect(dateProblem(d)).toBeUndefined();
  });

  it('rejects dates that do not exist, naming the month length', () => {
    expect(dateProblem('2026-02-30')).toBe("'2026-02-30' bestaat niet: februari 2026 heeft 28 dagen.");
    expect(dateProblem('2026-02-29')).toMatch(/februari 2026 heeft 28 dagen/);
    expect(dateProblem('2100-02-29')).toMatch(/februari 2100 heeft 28 dagen/);
    expect(dateProblem('2026-04-31')).toMatch(/april 2026 heeft 30 dagen/);
    expect(dateProblem('2026-13-01')).toMatch(/geen maand 13/);
    expect(dateProblem('2026-00-10')).toMatch(/geen maand 00/);
    expect(dateProblem('2026-01-00')).toMatch(/januari 2026 heeft 31 dagen/);
  });

  it('rewrites a Dutch day-month-year date as the hint', () => {
    expect(dateProblem('31-12-2026')).toBe("'31-12-2026' is geen datum in de vorm JJJJ-MM-DD; schrijf bijvoorbeeld 2026-12-31.");
    expect(dateProblem('1/2/2026')).toMatch(/schrijf bijvoorbeeld 2026-02-01/);
  });

  it('rejects other shapes: a time, a short year or month, text', () => {
    expect(dateProblem('2026-01-31 00:00:00')).toMatch(/bevat een tijd/);
    expect(dateProblem('2026-1-5')).toMatch(/JJJJ-MM-DD/);
    expect(dateProblem('26-01-05')).toMatch(/JJJJ-MM-DD/);
    expect(dateProblem('morgen')).toMatch(/JJJJ-MM-DD/);
    expect(dateProblem('1799-12-31')).toMatch(/1800/);
  });
});

describe('centsProblem', () => {
  it('accepts whole eurocents, 0 included', () => {
    expect(centsProblem('1250')).toBeUndefined();
    expect(centsProblem('0')).toBeUndefined();
    expect(centsProblem('99999999', 99_999_999)).toBeUndefined();
  });

  it('explains euros with a comma or a point as eurocents', () => {
    expect(centsProblem('12,50')).toBe(
      "'12,50' is geen geheel aantal eurocenten: bedragen staan in eurocenten, zonder komma of punt (€ 12,50 schrijf je als 1250).",
    );
    expect(centsProblem('12.5')).toMatch(/€ 12,50 schrijf je als 1250/);
    expect(centsProblem('0,05')).toMatch(/schrijf je als 5\)/);
  });

  it('rejects currency signs, negative amounts, separators, text and too large amounts', () => {
    expect(centsProblem('€ 12')).toMatch(/valutateken/);
    expect(centsProblem('1250 EUR')).toMatch(/valutateken/);
    expect(centsProblem('-1250')).toMatch(/negatief/);
    expect(centsProblem('1.250,00')).toMatch(/zonder scheidingstekens/);
    expect(centsProblem('12,500')).toMatch(/zonder scheidingstekens/);
    expect(centsProblem('twaalf')).toMatch(/geen bedrag in eurocenten/);
    expect(centsProblem('1 250')).toMatch(/geen bedrag in eurocenten/);
    expect(centsProblem('100000000', 99_999_999)).toMatch(/te groot/);
    expect(centsProblem('9007199254740992')).toMatch(/te groot/);
  });
});

describe('parseDecimal', () => {
  it('reads a comma or a point and keeps the value exactly, canonically', () => {
    expect(parseDecimal('2,5', { decimals: 2 })).toEqual({ value: '2.5' });
    expect(parseDecimal('2.50', { decimals: 2 })).toEqual({ value: '2.5' });
    expect(parseDecimal('5', { decimals: 2 })).toEqual({ value: '5' });
    expect(parseDecimal('05,00', { decimals: 2 })).toEqual({ value: '5' });
    expect(parseDecimal('0,25', { decimals: 2 })).toEqual({ value: '0.25' });
    expect(parseDecimal('12,5000', { decimals: 2 })).toEqual({ value: '12.5' });
  });

  it('rejects too many decimals, too large values, zero where not allowed, and non-numbers', () => {
    expect(parseDecimal('2,555', { decimals: 2 })).toEqual({ problem: expect.stringMatching(/hoogstens 2/) });
    expect(parseDecimal('101', { decimals: 2, max: 100 })).toEqual({ problem: expect.stringMatching(/groter dan 100/) });
    expect(parseDecimal('0,0', { decimals: 2, zero: false })).toEqual({ problem: expect.stringMatching(/groter zijn dan 0/) });
    expect(parseDecimal('5%', { decimals: 2 })).toEqual({ problem: expect.stringMatching(/geen getal/) });
    expect(parseDecimal('-1', { decimals: 2 })).toEqual({ problem: expect.stringMatching(/geen getal/) });
  });
});

describe('RowReader', () => {
  it('keeps codes as text with their leading zeros', () => {
    expect(reader({ gemeentecode: '0889' }).digits('gemeentecode', 4, 'een CBS-gemeentecode', '0363')).toBe('0889');
  });

  it('suggests the leading zero Excel dropped', () => {
    const r = reader({ gemeentecode: '889' });
    expect(r.digits('gemeentecode', 4, 'een CBS-gemeentecode', '0363')).toBeUndefined();
    expect(r.errors).toEqual([
      {
        line: 7,
        column: 'gemeentecode',
        message: "'889' heeft 3 cijfers; een CBS-gemeentecode heeft er 4 (bijvoorbeeld 0363). Is de voorloopnul weggevallen (Excel)? Bedoeld is waarschijnlijk 0889.",
      },
    ]);
    const agb = reader({ agb: '1234-567' });
    agb.digits('agb', 8, 'een AGB-code', '12345678');
    expect(agb.errors[0]!.message).toBe("'1234-567' is geen AGB-code: die bestaat uit precies 8 cijfers (bijvoorbeeld 12345678).");
  });

  it('collects every wrong value of a row, not just the first', () => {
    const r = reader({ a: '', b: 'x', ingangsdatum: '2026-02-30', einddatum: 'nooit' });
    r.text('a');
    r.cents('b');
    r.period();
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.column)).toEqual(['a', 'b', 'ingangsdatum', 'einddatum']);
    expect(r.errors[0]!.message).toMatch(/verplicht/);
  });

  it('treats an empty einddatum as open-ended and an einddatum before the ingangsdatum as an error', () => {
    expect(reader({ ingangsdatum: '2026-01-01', einddatum: '' }).period()).toEqual({ ingangsdatum: '2026-01-01', einddatum: undefined });
    const same = reader({ ingangsdatum: '2026-01-01', einddatum: '2026-01-01' });
    same.period();
    expect(same.ok).toBe(true);
    const r = reader({ ingangsdatum: '2026-01-01', einddatum: '2025-12-31' });
    r.period();
    expect(r.errors).toEqual([{ line: 7, column: 'einddatum', message: 'De einddatum 2025-12-31 ligt vóór de ingangsdatum 2026-01-01.' }]);
  });

  it('checks a BSN by the elfproef without ever showing it', () => {
    expect(reader({ bsn: '123456782' }).bsn('bsn')).toBe('123456782');
    for (const bad of ['123456789', '23456782', '1234567820', '12345678X']) {
      const r = reader({ bsn: bad });
      expect(r.bsn('bsn')).toBeUndefined();
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]!.message).not.toContain(bad);
      expect(r.errors[0]!.message).not.toMatch(/\d{5,}/);
    }
    const excel = reader({ bsn: '23456782' });
    excel.bsn('bsn');
    expect(excel.errors[0]!.message).toMatch(/8 cijfers.*voorloopnul/);
  });

  it('accepts a choice in any case and returns its canonical spelling', () => {
    const r = reader({ perceel: 'Regionaal', bekostiging: 'per uur' });
    expect(r.choice('perceel', ['regionaal', 'lokaal'])).toBe('regionaal');
    expect(r.choice('bekostiging', ['inspanningsgericht', 'outputgericht', 'taakgericht'])).toBeUndefined();
    expect(r.errors[0]!.message).toBe("'per uur' is geen geldige waarde; kies uit: inspanningsgericht, outputgericht, taakgericht.");
  });
});

describe('codeProblem', () => {
  it('names the code the value probably meant when a leading zero fell off', () => {
    expect(codeProblem('4', codes('Eenheid', 'iJw'), 'Eenheid')).toBe("'4' is geen code uit de codelijst Eenheid. Is de voorloopnul weggevallen (Excel)? Bedoeld is waarschijnlijk 04 (Uur).");
  });

  it('lists a short code list, not a long one', () => {
    expect(codeProblem('9', codes('Frequentie', 'iWmo'), 'Frequentie')).toMatch(/Toegestaan: 1 \(Per dag\), 2 \(Per week\), 4 \(Per maand\), 6 \(/);
    expect(codeProblem('99', codes('ProductCategorie', 'iJw'), 'ProductCategorie')).toBe("'99' is geen code uit de codelijst ProductCategorie.");
  });
});

describe('formatEuro', () => {
  it('writes eurocents as a Dutch amount', () => {
    expect(formatEuro(1250)).toBe('€ 12,50');
    expect(formatEuro(5)).toBe('€ 0,05');
    expect(formatEuro(123456789)).toBe('€ 1.234.567,89');
    expect(formatEuro(-100)).toBe('-€ 1,00');
  });
});

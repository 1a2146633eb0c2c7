import { describe, expect, it } from 'vitest';
import { parseWoonplaats } from '../../src/registers/woonplaats.js';
import { formatRegisterError } from '../../src/registers/register-error.js';
import { csvBestand } from './csv-bestand.js';

const KOP = 'bsn;gemeentecode;ingangsdatum;einddatum';
// Elfproef-valid test numbers.
const BSN_A = '123456782';
const BSN_B = '111222333';

describe('woonplaats', () => {
  it('reads a BRP extract: a history per BSN, the last one open-ended', () => {
    const r = parseWoonplaats(csvBestand([KOP, `${BSN_A};0363;2010-05-01;2024-03-14`, `${BSN_A};0599;2024-03-15;`, `${BSN_B};0363;2001-01-01;`]));
    expect(r).toEqual({
      ok: true,
      rows: [
        { bsn: BSN_A, gemeentecode: '0363', ingangsdatum: '2010-05-01', einddatum: '2024-03-14' },
        { bsn: BSN_A, gemeentecode: '0599', ingangsdatum: '2024-03-15' },
        { bsn: BSN_B, gemeentecode: '0363', ingangsdatum: '2001-01-01' },
      ],
    });
  });

  it('reports a BSN failing the elfproef without showing it', () => {
    const r = parseWoonplaats(csvBestand([KOP, '123456789;0363;2010-05-01;', '12345678;0363;2010-05-01;']));
    expect(r.ok ? [] : r.errors.map(formatRegisterError)).toEqual([
      'regel 2, kolom bsn: Het BSN voldoet niet aan de elfproef; controleer het burgerservicenummer.',
      'regel 3, kolom bsn: Het BSN heeft 8 cijfers in plaats van 9. Is de voorloopnul weggevallen (Excel)?',
    ]);
  });

  it('reports two rows for one BSN on the same day with both lines, never the BSN', () => {
    const r = parseWoonplaats(csvBestand([KOP, `${BSN_A};0363;2010-05-01;2024-03-15`, `${BSN_B};0363;2010-05-01;`, `${BSN_A};0599;2024-03-15;`]));
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          line: 4,
          relatedLine: 2,
          message:
            'De periode 2024-03-15 t/m open einde overlapt met die op regel 2 (2010-05-01 t/m 2024-03-15) voor hetzelfde BSN, in een andere gemeente (0363 en 0599).',
        },
      ],
    });
    if (!r.ok) expect(r.errors[0]!.message).not.toContain(BSN_A);
  });
});

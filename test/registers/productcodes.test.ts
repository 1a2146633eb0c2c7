import { describe, expect, it } from 'vitest';
import { parseProductcodes } from '../../src/registers/productcodes.js';
import { formatRegisterError } from '../../src/registers/register-error.js';
import { csvBestand } from './csv-bestand.js';

const KOP = 'gemeentecode,productcategorie,productcode,ingangsdatum,einddatum';

describe('productcodes (TR381)', () => {
  it('reads a gemeente product code list with the domain of each categorie', () => {
    const r = parseProductcodes(csvBestand([KOP, '0363,45,45A01,2026-01-01,', '0363,07,07A08,2025-01-01,2025-12-31']));
    expect(r).toEqual({
      ok: true,
      rows: [
        { standaard: 'iJw', gemeentecode: '0363', productcategorie: '45', productcode: '45A01', ingangsdatum: '2026-01-01' },
        { standaard: 'iWmo', gemeentecode: '0363', productcategorie: '07', productcode: '07A08', ingangsdatum: '2025-01-01', einddatum: '2025-12-31' },
      ],
    });
  });

  it('requires a productcode and a known categorie', () => {
    const r = parseProductcodes(csvBestand([KOP, '0363,45,,2026-01-01,', '0363,99,99X,2026-01-01,']));
    expect(r.ok ? [] : r.errors.map(formatRegisterError)).toEqual([
      'regel 2, kolom productcode: Deze waarde is verplicht maar het veld is leeg.',
      "regel 3, kolom productcategorie: '99' is geen code uit de codelijst ProductCategorie (iWmo of iJw).",
    ]);
  });

  it('reports the same code of one gemeente twice on a day, not the same code in two gemeenten or categories', () => {
    const r = parseProductcodes(
      csvBestand([KOP, '0363,45,45A01,2026-01-01,', '0599,45,45A01,2026-01-01,', '0363,46,45A01,2026-01-01,', '0363,45,45A01,2026-06-01,2026-06-30']),
    );
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          line: 5,
          relatedLine: 2,
          message:
            'De periode 2026-06-01 t/m 2026-06-30 overlapt met die op regel 2 (2026-01-01 t/m open einde) voor dezelfde gemeente 0363, productcategorie 45 en productcode 45A01.',
        },
      ],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { parseBudgetafspraken } from '../../src/registers/budgetafspraken.js';
import { formatRegisterError } from '../../src/registers/register-error.js';
import { csvBestand } from './csv-bestand.js';

const KOP = 'agb;gemeentecode;segment;jaar;soort;bedrag;bandbreedte;voorschot;plekken';
const fouten = (lines: string[]): string[] => {
  const r = parseBudgetafspraken(csvBestand([KOP, ...lines]));
  return r.ok ? [] : r.errors.map(formatRegisterError);
};

describe('budgetafspraken', () => {
  it('reads amounts in eurocents and keeps bandbreedte and plekken exact', () => {
    const r = parseBudgetafspraken(
      csvBestand([
        KOP,
        '12345678;0363;Jeugd verblijf;2026;afspraak;125000000;2,5;10000000;12,5',
        '12345678;0363;Jeugd ambulant;2026;Plafond;90000000;5;;',
        '12345678;0599;Jeugd ambulant;2026;afspraak;100;2.25;0;3',
      ]),
    );
    expect(r).toEqual({
      ok: true,
      rows: [
        { agb: '12345678', gemeentecode: '0363', segment: 'Jeugd verblijf', jaar: 2026, soort: 'afspraak', bedrag: 125000000, bandbreedte: '2.5', voorschot: 10000000, plekken: '12.5' },
        { agb: '12345678', gemeentecode: '0363', segment: 'Jeugd ambulant', jaar: 2026, soort: 'plafond', bedrag: 90000000, bandbreedte: '5' },
        { agb: '12345678', gemeentecode: '0599', segment: 'Jeugd ambulant', jaar: 2026, soort: 'afspraak', bedrag: 100, bandbreedte: '2.25', voorschot: 0, plekken: '3' },
      ],
    });
  });

  it('reports bad values per column', () => {
    expect(fouten(['12345678;0363;;26;maximum;1.250.000,00;150;12,50;0'])).toEqual([
      'regel 2, kolom segment: Deze waarde is verplicht maar het veld is leeg.',
      "regel 2, kolom jaar: '26' is geen jaartal (vier cijfers, bijvoorbeeld 2026).",
      "regel 2, kolom soort: 'maximum' is geen geldige waarde; kies uit: plafond, afspraak.",
      "regel 2, kolom bedrag: '1.250.000,00' bevat een punt of komma: geef het bedrag in eurocenten als geheel getal, zonder scheidingstekens (bijvoorbeeld 125000 voor € 1.250,00).",
      "regel 2, kolom bandbreedte: '150' is groter dan 100.",
      "regel 2, kolom voorschot: '12,50' is geen geheel aantal eurocenten: bedragen staan in eurocenten, zonder komma of punt (€ 12,50 schrijf je als 1250).",
      "regel 2, kolom plekken: '0' moet groter zijn dan 0.",
    ]);
    expect(fouten(['12345678;0363;J;2026;afspraak;100;2,125;;'])).toEqual([
      "regel 2, kolom bandbreedte: '2,125' heeft te veel cijfers achter de komma (hoogstens 2).",
    ]);
  });

  it('reports a second agreement for the same aanbieder, gemeente, segment and year', () => {
    expect(fouten(['12345678;0363;J;2026;afspraak;100;;;', '12345678;0363;J;2027;afspraak;100;;;', '12345678;0363;J;2026;plafond;200;;;'])).toEqual([
      "regel 4: Regel 2 heeft al dezelfde aanbieder 12345678, gemeente 0363, segment 'J' en jaar 2026, met een andere afspraak (afspraak € 1,00 en plafond € 2,00).",
    ]);
  });
});

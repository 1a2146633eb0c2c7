import { describe, expect, it } from 'vitest';
import { parseContracten } from '../../src/registers/contracten.js';
import { formatRegisterError } from '../../src/registers/register-error.js';
import { csvBestand } from './csv-bestand.js';

const KOP = 'agb;gemeentecode;productcategorie;productcode;ingangsdatum;einddatum;tarief;eenheid;frequentie;bekostiging;perceel;segment';
const fouten = (lines: string[]): string[] => {
  const r = parseContracten(csvBestand([KOP, ...lines]));
  return r.ok ? [] : r.errors.map(formatRegisterError);
};

describe('contracten', () => {
  it('reads a contract per product and one for a whole categorie, with the domain from the categorie', () => {
    const r = parseContracten(
      csvBestand([
        KOP,
        '12345678;0363;45;45A01;2026-01-01;2026-12-31;6543;04;2;inspanningsgericht;regionaal;Jeugd ambulant',
        '12345678;0363;02;;2026-01-01;;2150;14;;Outputgericht;Lokaal;Wmo begeleiding',
      ]),
    );
    expect(r).toEqual({
      ok: true,
      rows: [
        {
          standaard: 'iJw',
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
          segment: 'Jeugd ambulant',
        },
        {
          standaard: 'iWmo',
          agb: '12345678',
          gemeentecode: '0363',
          productcategorie: '02',
          ingangsdatum: '2026-01-01',
          tarief: 2150,
          eenheid: '14',
          bekostiging: 'outputgericht',
          perceel: 'lokaal',
          segment: 'Wmo begeleiding',
        },
      ],
    });
  });

  it('reads a comma-separated file with quoted values', () => {
    const r = parseContracten(
      csvBestand([KOP.replaceAll(';', ','), '12345678,0363,45,45A01,2026-01-01,,6543,04,2,taakgericht,regionaal,"Jeugd, ambulant"']),
    );
    expect(r.ok && r.rows[0]!.segment).toBe('Jeugd, ambulant');
  });

  it('reports every bad value of a row, each with its column', () => {
    expect(fouten(['1234567;363;1;45A01X;2026-02-30;;12,50;4;9;per uur;landelijk;'])).toEqual([
      "regel 2, kolom agb: '1234567' heeft 7 cijfers; een AGB-code heeft er 8 (bijvoorbeeld 12345678). Is de voorloopnul weggevallen (Excel)? Bedoeld is waarschijnlijk 01234567.",
      "regel 2, kolom gemeentecode: '363' heeft 3 cijfers; een CBS-gemeentecode heeft er 4 (bijvoorbeeld 0363). Is de voorloopnul weggevallen (Excel)? Bedoeld is waarschijnlijk 0363.",
      "regel 2, kolom productcategorie: '1' is geen code uit de codelijst ProductCategorie (iWmo of iJw). Is de voorloopnul weggevallen (Excel)? Bedoeld is waarschijnlijk 01 (Hulp bij het huishouden).",
      "regel 2, kolom productcode: '45A01X' is te lang: een productcode heeft hoogstens 5 tekens.",
      "regel 2, kolom ingangsdatum: '2026-02-30' bestaat niet: februari 2026 heeft 28 dagen.",
      "regel 2, kolom tarief: '12,50' is geen geheel aantal eurocenten: bedragen staan in eurocenten, zonder komma of punt (€ 12,50 schrijf je als 1250).",
      "regel 2, kolom eenheid: '4' is geen code uit de codelijst Eenheid. Is de voorloopnul weggevallen (Excel)? Bedoeld is waarschijnlijk 04 (Uur).",
      "regel 2, kolom frequentie: '9' is geen code uit de codelijst Frequentie. Toegestaan: 1 (Per dag), 2 (Per week), 4 (Per maand), 6 (Totaal binnen geldigheidsduur toewijzing).",
      "regel 2, kolom bekostiging: 'per uur' is geen geldige waarde; kies uit: inspanningsgericht, outputgericht, taakgericht.",
      "regel 2, kolom perceel: 'landelijk' is geen geldige waarde; kies uit: regionaal, lokaal.",
      'regel 2, kolom segment: Deze waarde is verplicht maar het veld is leeg.',
    ]);
  });

  it('requires agb, gemeentecode, categorie, ingangsdatum, tarief and eenheid; productcode, einddatum and frequentie may be empty', () => {
    const r = fouten([';;;;;;;;;inspanningsgericht;regionaal;Jeugd']);
    expect(r.map((f) => f.replace(/: .*/, ''))).toEqual([
      'regel 2, kolom agb',
      'regel 2, kolom gemeentecode',
      'regel 2, kolom productcategorie',
      'regel 2, kolom ingangsdatum',
      'regel 2, kolom tarief',
      'regel 2, kolom eenheid',
    ]);
  });

  it('takes tarief as whole eurocents up to the maximum ProductTarief of the standard', () => {
    expect(fouten(['12345678;0363;45;45A01;2026-01-01;;99999999;04;2;inspanningsgericht;regionaal;J'])).toEqual([]);
    expect(fouten(['12345678;0363;45;45A01;2026-01-01;;100000000;04;2;inspanningsgericht;regionaal;J'])[0]).toMatch(/kolom tarief: .*te groot/);
    expect(fouten(['12345678;0363;45;45A01;2026-01-01;;€ 65,43;04;2;inspanningsgericht;regionaal;J'])[0]).toMatch(/kolom tarief: .*valutateken/);
    expect(fouten(['12345678;0363;45;45A01;2026-01-01;;-100;04;2;inspanningsgericht;regionaal;J'])[0]).toMatch(/kolom tarief: .*negatief/);
  });

  it('reports two contracts for the same aanbieder, gemeente and product on the same day, with both tarieven and lines', () => {
    expect(
      fouten([
        '12345678;0363;45;45A01;2026-01-01;2026-12-31;6543;04;2;inspanningsgericht;regionaal;J',
        '12345678;0599;45;45A01;2026-01-01;2026-12-31;7000;04;2;inspanningsgericht;regionaal;J',
        '12345678;0363;45;45A01;2026-07-01;;6800;04;2;inspanningsgericht;regionaal;J',
      ]),
    ).toEqual([
      'regel 4: De periode 2026-07-01 t/m open einde overlapt met die op regel 2 (2026-01-01 t/m 2026-12-31) voor dezelfde aanbieder 12345678, gemeente 0363 en productcategorie 45, productcode 45A01, met een ander tarief (€ 65,43 en € 68,00).',
    ]);
  });

  it('reports overlapping contracts for a whole categorie, and allows a product contract inside a categorie contract', () => {
    expect(
      fouten([
        '12345678;0363;45;;2026-01-01;;6543;04;2;inspanningsgericht;regionaal;J',
        '12345678;0363;45;45A01;2026-01-01;;7000;04;2;inspanningsgericht;regionaal;J',
        '12345678;0363;45;;2026-03-01;;6543;04;2;inspanningsgericht;regionaal;J',
      ]),
    ).toEqual([
      'regel 4: De periode 2026-03-01 t/m open einde overlapt met die op regel 2 (2026-01-01 t/m open einde) voor dezelfde aanbieder 12345678, gemeente 0363 en productcategorie 45 (hele categorie).',
    ]);
  });

  it('allows a new tarief from the day after the old one ends', () => {
    expect(
      fouten([
        '12345678;0363;45;45A01;2025-01-01;2025-12-31;6300;04;2;inspanningsgericht;regionaal;J',
        '12345678;0363;45;45A01;2026-01-01;;6543;04;2;inspanningsgericht;regionaal;J',
      ]),
    ).toEqual([]);
  });

  it('reports the same contract twice as a duplicate row', () => {
    const line = '12345678;0363;45;45A01;2026-01-01;;6543;04;2;inspanningsgericht;regionaal;J';
    expect(fouten([line, line])).toEqual(['regel 3: Dubbele regel: precies gelijk aan regel 2.']);
  });
});

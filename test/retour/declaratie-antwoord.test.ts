import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Beoordeling, PrestatieStatus } from '../../src/decide/beoordeling.js';
import { totaalCenten, centen } from '../../src/retour/bedrag.js';
import { buildDeclaratieAntwoord } from '../../src/retour/declaratie-antwoord.js';
import type { Bericht323, Bericht325 } from '../../src/standard/berichten.generated.js';
import { iJw, iWmo, type StandaardId } from '../../src/standard/standaard.js';
import { checkBericht } from '../../src/validate/check.js';
import { REFERENCE_DIR } from '../reference.js';
import { clientPad, declaratie, expectValide, heen, KOP, prestatiePad, STANDAARDEN } from './heen.js';

const std = (s: StandaardId) => (s === 'iJw' ? iJw : iWmo);

interface Opbouw {
  readonly header?: string[];
  readonly declaratie?: string[];
  readonly delen?: Record<string, string[]>;
  readonly prestaties?: Record<string, [PrestatieStatus, number]>;
}
const beoordeling = (o: Opbouw = {}): Beoordeling => ({
  header: o.header ?? [],
  ...(o.declaratie ? { declaratie: o.declaratie } : {}),
  delen: new Map(Object.entries(o.delen ?? {})),
  ...(o.prestaties
    ? { prestaties: new Map(Object.entries(o.prestaties).map(([p, [status, toegekendBedrag]]) => [p, { status, toegekendBedrag }])) }
    : {}),
});

function antwoord(s: StandaardId, d: Bericht323, b: Beoordeling): Bericht325 {
  const r = buildDeclaratieAntwoord(std(s), d, b, KOP);
  if (!r.ok) throw new Error(`refused: ${r.weigering.message}`);
  return r.bericht;
}

/** TR342: the returned prestaties explain the difference between ingediend and toegekend, exactly. */
function expectTR342(r: Bericht325): void {
  const da = r.DeclaratieAntwoord!;
  const som = (da.Clienten ?? []).flatMap((c) => c.Prestaties).reduce((t, p) => t + centen(p.IngediendBedrag), 0);
  expect(som).toBe(totaalCenten(da.TotaalIngediendBedrag) - totaalCenten(da.TotaalToegekendBedrag));
  for (const t of [da.TotaalIngediendBedrag, da.TotaalToegekendBedrag]) if (t.TotaalBedrag === 0) expect(t.DebetCredit).toBe('D'); // CS325
}

const codes = (x: { RetourCodes: { RetourCode: string[] } }) => x.RetourCodes.RetourCode;

for (const s of STANDAARDEN) {
  describe(`${s} 325`, () => {
    // Three clients; credits among them. Saldo: 10000 - 2500 + 4000 + 3000 + 700 = 15200 D.
    const drie = () => declaratie(s, [[[10000, 'D'], [2500, 'C']], [[4000, 'D']], [[3000, 'D'], [700, 'D']]]);

    it('header: gemeente → aanbieder, our own XsdVersie, the declaratie\'s identification and XsdVersie (IV087, TR337, TR371)', () => {
      const d = drie();
      const r = antwoord(s, d, beoordeling());
      expect(r.Header).toEqual({
        BerichtCode: std(s).berichtcodes['325'],
        BerichtVersie: 3,
        BerichtSubversie: 2,
        Afzender: d.Header.Ontvanger,
        Ontvanger: d.Header.Afzender,
        BerichtIdentificatie: { Identificatie: KOP.identificatie, Dagtekening: KOP.dagtekening },
        XsdVersie: { BasisschemaXsdVersie: std(s).xsdVersie.basisschema, BerichtXsdVersie: std(s).xsdVersie.bericht },
        DeclaratieIdentificatie: d.Header.BerichtIdentificatie,
        XsdVersieDeclaratie: d.Header.XsdVersie,
        RetourCodes: { RetourCode: ['0200'] },
      });
    });

    it('everything granted: 8001 on the DeclaratieAntwoord, both totals the ingediend total, no clients (IV087)', () => {
      const r = antwoord(s, drie(), beoordeling());
      expect(r.DeclaratieAntwoord).toEqual({
        DeclaratieNummer: 'DN001',
        TotaalIngediendBedrag: { TotaalBedrag: 15200, DebetCredit: 'D' },
        TotaalToegekendBedrag: { TotaalBedrag: 15200, DebetCredit: 'D' },
        RetourCodes: { RetourCode: ['8001'] },
      });
      expectTR342(r);
      expectValide(s, '325', r);
    });

    it('everything granted by explicit decisions, their toegekend amounts equal to the ingediend ones', () => {
      const r = antwoord(
        s,
        drie(),
        beoordeling({
          prestaties: {
            [prestatiePad(1, 1)]: ['toegekend', 10000],
            [prestatiePad(1, 2)]: ['toegekend', 2500],
            [prestatiePad(3, 2)]: ['toegekend', 700],
          },
        }),
      );
      expect(codes(r.DeclaratieAntwoord!)).toEqual(['8001']);
      expect(r.DeclaratieAntwoord!.Clienten).toBeUndefined();
    });

    it('one prestatie rejected among several: only it and its client come back; toegekend is the rest (TR342, OP304)', () => {
      const d = drie();
      const r = antwoord(s, d, beoordeling({ delen: { [prestatiePad(3, 1)]: ['9307'] } }));
      const da = r.DeclaratieAntwoord!;
      expect(da.TotaalIngediendBedrag).toEqual({ TotaalBedrag: 15200, DebetCredit: 'D' });
      expect(da.TotaalToegekendBedrag).toEqual({ TotaalBedrag: 12200, DebetCredit: 'D' });
      expect(codes(da)).toEqual(['0200']);
      expect(da.Clienten).toEqual([
        {
          Bsn: d.Declaratie.Clienten[2]!.Bsn,
          Prestaties: [{ ...d.Declaratie.Clienten[2]!.Prestaties[0]!, RetourCodes: { RetourCode: ['9307'] } }],
          RetourCodes: { RetourCode: ['0200'] },
        },
      ]);
      expectTR342(r);
      expectValide(s, '325', r);
    });

    it('mixed toegekend and afgewezen with credits: a credit toegekend total is written as C', () => {
      // Ingediend: 1000 D + 5000 C + 3000 D = 1000 C. The debets rejected, the credit granted: toegekend 5000 C.
      const d = declaratie(s, [[[1000, 'D'], [5000, 'C']], [[3000, 'D']]]);
      const r = antwoord(
        s,
        d,
        beoordeling({
          delen: { [prestatiePad(1, 1)]: ['9308'], [`${prestatiePad(2, 1)}/ProductTarief`]: ['0611'] },
          prestaties: { [prestatiePad(1, 1)]: ['afgewezen', 0], [prestatiePad(1, 2)]: ['toegekend', 5000], [prestatiePad(2, 1)]: ['afgewezen', 0] },
        }),
      );
      const da = r.DeclaratieAntwoord!;
      expect(da.TotaalIngediendBedrag).toEqual({ TotaalBedrag: 1000, DebetCredit: 'C' });
      expect(da.TotaalToegekendBedrag).toEqual({ TotaalBedrag: 5000, DebetCredit: 'C' });
      expect(da.Clienten!.map((c) => c.Prestaties.map(codes))).toEqual([[['9308']], [['0611']]]);
      expectTR342(r);
      expectValide(s, '325', r);
    });

    it('a rejected credit prestatie keeps its VorigReferentieNummer and its C (copied unchanged)', () => {
      const d = declaratie(s, [[[4000, 'D'], [1500, 'C']]]);
      const r = antwoord(s, d, beoordeling({ delen: { [prestatiePad(1, 2)]: ['8017'] } }));
      const p = r.DeclaratieAntwoord!.Clienten![0]!.Prestaties[0]!;
      expect(p.ProductReferentie.VorigReferentieNummer).toBeDefined();
      expect(p.IngediendBedrag).toEqual({ Bedrag: 1500, DebetCredit: 'C' });
      expect(r.DeclaratieAntwoord!.TotaalToegekendBedrag).toEqual({ TotaalBedrag: 4000, DebetCredit: 'D' });
      expectTR342(r);
      expectValide(s, '325', r);
    });

    it('all rejected: every client and prestatie back, toegekend 0 D (CS325), DeclaratieAntwoord 0200', () => {
      const d = drie();
      const delen = Object.fromEntries(
        d.Declaratie.Clienten.flatMap((c, ci) => c.Prestaties.map((_, pi) => [prestatiePad(ci + 1, pi + 1), ['9338']])),
      );
      const r = antwoord(s, d, beoordeling({ delen }));
      const da = r.DeclaratieAntwoord!;
      expect(da.TotaalToegekendBedrag).toEqual({ TotaalBedrag: 0, DebetCredit: 'D' });
      expect(codes(da)).toEqual(['0200']);
      expect(da.Clienten!.map((c) => c.Prestaties.length)).toEqual([2, 1, 2]);
      expect(da.Clienten!.map(codes)).toEqual([['0200'], ['0200'], ['0200']]);
      expectTR342(r);
      expectValide(s, '325', r);
    });

    it('totals that come to zero are debet (CS325)', () => {
      const r = antwoord(s, declaratie(s, [[[5000, 'D'], [5000, 'C']]]), beoordeling());
      expect(r.DeclaratieAntwoord!.TotaalIngediendBedrag).toEqual({ TotaalBedrag: 0, DebetCredit: 'D' });
      expect(r.DeclaratieAntwoord!.TotaalToegekendBedrag).toEqual({ TotaalBedrag: 0, DebetCredit: 'D' });
      expectValide(s, '325', r);
    });

    it('a fault on a client: the client gets its code, all its prestaties 0233 (not judged), whatever was decided of them (IV087)', () => {
      const d = drie();
      const r = antwoord(
        s,
        d,
        beoordeling({
          delen: { [`${clientPad(1)}/Bsn`]: ['8187'], [prestatiePad(1, 2)]: ['9308'] },
          prestaties: { [prestatiePad(1, 1)]: ['in-onderzoek', 0], [prestatiePad(1, 2)]: ['afgewezen', 0] },
        }),
      );
      const da = r.DeclaratieAntwoord!;
      expect(da.Clienten!.map(codes)).toEqual([['8187']]);
      expect(da.Clienten![0]!.Prestaties.map(codes)).toEqual([['0233'], ['0233']]);
      // 10000 D and 2500 C rejected: toegekend 15200 - 7500 = 7700.
      expect(da.TotaalToegekendBedrag).toEqual({ TotaalBedrag: 7700, DebetCredit: 'D' });
      expectTR342(r);
      expectValide(s, '325', r);
    });

    it('a fault on the declaratie: header 0200, the code on the DeclaratieAntwoord, toegekend 0, no prestaties (IV087, TR342)', () => {
      for (const b of [
        beoordeling({ declaratie: ['9333'] }),
        beoordeling({ delen: { '/Bericht/Declaratie/DeclaratieNummer': ['9333'] }, prestaties: { [prestatiePad(2, 1)]: ['in-onderzoek', 0] } }),
      ]) {
        const r = antwoord(s, drie(), b);
        expect(codes(r.Header)).toEqual(['0200']);
        expect(r.DeclaratieAntwoord).toEqual({
          DeclaratieNummer: 'DN001',
          TotaalIngediendBedrag: { TotaalBedrag: 15200, DebetCredit: 'D' },
          TotaalToegekendBedrag: { TotaalBedrag: 0, DebetCredit: 'D' },
          RetourCodes: { RetourCode: ['9333'] },
        });
        expectValide(s, '325', r);
      }
    });

    it('rejected as a whole: the header alone with 0001, or with the header rule\'s code (IV087)', () => {
      for (const [b, verwacht] of [
        [beoordeling({ header: ['0001'] }), ['0001']],
        [beoordeling({ delen: { [`${prestatiePad(2, 1)}/IngediendBedrag`]: ['0001'] } }), ['0001']],
        [beoordeling({ delen: { '/Bericht/Header/BerichtIdentificatie/Identificatie': ['9056'], [prestatiePad(1, 1)]: ['9307'] } }), ['9056']],
        [beoordeling({ header: ['8848'], prestaties: { [prestatiePad(1, 1)]: ['in-onderzoek', 0] } }), ['8848']],
      ] as const) {
        const r = antwoord(s, drie(), b);
        expect(r.DeclaratieAntwoord).toBeUndefined();
        expect(codes(r.Header)).toEqual(verwacht);
        expectValide(s, '325', r);
      }
    });

    it('waits while a prestatie is in onderzoek, naming it', () => {
      const r = buildDeclaratieAntwoord(
        std(s),
        drie(),
        beoordeling({ delen: { [prestatiePad(1, 1)]: ['9307'] }, prestaties: { [prestatiePad(2, 1)]: ['in-onderzoek', 0], [prestatiePad(3, 2)]: ['in-onderzoek', 0] } }),
        KOP,
      );
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.weigering.reden).toBe('in-onderzoek');
      expect(r.weigering.paden).toEqual([prestatiePad(2, 1), prestatiePad(3, 2)]);
      expect(r.weigering.message).toMatch(/2 prestaties zijn nog in onderzoek/);
    });

    it('refuses decisions that are not whole: granted partly, rejected without a code, granted with a code', () => {
      for (const [b, pad] of [
        [beoordeling({ prestaties: { [prestatiePad(1, 1)]: ['toegekend', 9000] } }), prestatiePad(1, 1)],
        [beoordeling({ prestaties: { [prestatiePad(2, 1)]: ['afgewezen', 0] } }), prestatiePad(2, 1)],
        [beoordeling({ delen: { [prestatiePad(2, 1)]: ['9307'] }, prestaties: { [prestatiePad(2, 1)]: ['afgewezen', 4000] } }), prestatiePad(2, 1)],
        [beoordeling({ delen: { [prestatiePad(3, 1)]: ['9307'] }, prestaties: { [prestatiePad(3, 1)]: ['toegekend', 3000] } }), prestatiePad(3, 1)],
      ] as const) {
        const r = buildDeclaratieAntwoord(std(s), drie(), b, KOP);
        expect(r.ok ? undefined : r.weigering.reden).toBe('ongeldige-invoer');
        expect(r.ok ? undefined : r.weigering.paden).toEqual([pad]);
      }
    });

    it('refuses unknown paths, decisions on something that is no prestatie, unknown codes, and a total that is not the saldo (TR358)', () => {
      const weiger = (d: Bericht323, b: Beoordeling) => {
        const r = buildDeclaratieAntwoord(std(s), d, b, KOP);
        return r.ok ? undefined : r.weigering;
      };
      expect(weiger(drie(), beoordeling({ delen: { [prestatiePad(2, 2)]: ['9307'] } }))?.paden).toEqual([prestatiePad(2, 2)]);
      expect(weiger(drie(), beoordeling({ prestaties: { [clientPad(1)]: ['afgewezen', 0] } }))?.paden).toEqual([clientPad(1)]);
      expect(weiger(drie(), beoordeling({ delen: { [prestatiePad(1, 1)]: ['1234'] } }))?.message).toContain('1234');
      const scheef = drie();
      scheef.Declaratie.TotaalIngediendBedrag.TotaalBedrag += 1;
      expect(weiger(scheef, beoordeling())?.paden).toEqual(['/Bericht/Declaratie/TotaalIngediendBedrag']);
    });

    it('keeps TR342 and CS325 for any mix of debet, credit, granted and rejected', () => {
      let seed = 7;
      const rnd = (n: number) => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % n;
      };
      for (let ronde = 0; ronde < 25; ronde++) {
        const spec = Array.from({ length: 1 + rnd(4) }, () =>
          Array.from({ length: 1 + rnd(3) }, () => [100 * (1 + rnd(500)), rnd(3) === 0 ? 'C' : 'D'] as const),
        );
        const d = declaratie(s, spec);
        const delen: Record<string, string[]> = {};
        spec.forEach((ps, ci) => {
          if (rnd(6) === 0) delen[clientPad(ci + 1)] = ['8187'];
          ps.forEach((_, pi) => {
            if (rnd(3) === 0) delen[prestatiePad(ci + 1, pi + 1)] = ['9307'];
          });
        });
        const r = antwoord(s, d, beoordeling({ delen }));
        expectTR342(r);
        const afgewezen = r.DeclaratieAntwoord!.Clienten?.length ?? 0;
        expect(codes(r.DeclaratieAntwoord!)).toEqual([afgewezen > 0 ? '0200' : '8001']);
        if (ronde % 5 === 0) expectValide(s, '325', r);
      }
    });

    it('leaves the declaratie untouched', () => {
      const d = drie();
      const voor = structuredClone(d);
      antwoord(s, d, beoordeling({ delen: { [clientPad(2)]: ['8187'], [prestatiePad(1, 2)]: ['9307'] } }));
      expect(d).toEqual(voor);
    });
  });
}

describe('the standard\'s JW325 example', () => {
  it('is rebuilt from a declaratie holding its three rejected credit prestaties and a granted one', () => {
    const voorbeeld = checkBericht(fs.readFileSync(path.join(REFERENCE_DIR, 'ijw', '3.2', 'voorbeelden', 'JW325.xml'))).bericht as Bericht325;
    const afgewezen = voorbeeld.DeclaratieAntwoord!.Clienten!;
    const d = heen('iJw', '323');
    d.Header.Afzender = voorbeeld.Header.Ontvanger;
    d.Header.Ontvanger = voorbeeld.Header.Afzender;
    d.Header.BerichtIdentificatie = voorbeeld.Header.DeclaratieIdentificatie;
    d.Header.XsdVersie = voorbeeld.Header.XsdVersieDeclaratie;
    const strip = <T extends { RetourCodes: unknown }>({ RetourCodes: _, ...rest }: T) => rest;
    const toegekend = { ...strip(afgewezen[0]!.Prestaties[0]!), ProductReferentie: { ReferentieNummer: 'RN009', VorigReferentieNummer: 'RT009' }, IngediendBedrag: { Bedrag: 34000, DebetCredit: 'C' } };
    d.Declaratie.Clienten = [
      { Bsn: afgewezen[0]!.Bsn, Prestaties: [...afgewezen[0]!.Prestaties.map(strip), toegekend] },
      { Bsn: afgewezen[1]!.Bsn, Prestaties: afgewezen[1]!.Prestaties.map(strip) },
    ];
    d.Declaratie.TotaalIngediendBedrag = voorbeeld.DeclaratieAntwoord!.TotaalIngediendBedrag;
    const delen = new Map<string, string[]>();
    afgewezen.forEach((c, ci) => c.Prestaties.forEach((p, pi) => delen.set(prestatiePad(ci + 1, pi + 1), p.RetourCodes.RetourCode)));
    const r = buildDeclaratieAntwoord(iJw, d, { header: [], delen }, { identificatie: voorbeeld.Header.BerichtIdentificatie.Identificatie, dagtekening: voorbeeld.Header.BerichtIdentificatie.Dagtekening }, { xsltVersie: voorbeeld.Header.XsltVersie! });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // The example writes XsdVersie 1.0.0; the published iJw schemas declare 0.1.0, which is ours.
    expect({ ...r.bericht, Header: { ...r.bericht.Header, XsdVersie: voorbeeld.Header.XsdVersie } }).toEqual(voorbeeld);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Beoordeling } from '../../src/decide/beoordeling.js';
import { instanties } from '../../src/retour/delen.js';
import { buildRetour, retourNummers, type HeenMetRetour } from '../../src/retour/retour.js';
import type { Berichten } from '../../src/standard/berichten.generated.js';
import { berichtsoorten } from '../../src/standard/catalogue.js';
import { berichtmodellen } from '../../src/standard/model/berichten.js';
import { iJw, iWmo, type StandaardId } from '../../src/standard/standaard.js';
import { checkBericht } from '../../src/validate/check.js';
import { REFERENCE_DIR } from '../reference.js';
import { expectValide, heen, KOP, startMetDrieProducten, STANDAARDEN, verzoekMetDrieProducten } from './heen.js';

const std = (s: StandaardId) => (s === 'iJw' ? iJw : iWmo);
const beoordeling = (delen: Record<string, string[]> = {}, header: string[] = []): Beoordeling => ({ header, delen: new Map(Object.entries(delen)) });

type Obj = Record<string, unknown>;
const codesOp = (obj: unknown): string[] | undefined => ((obj as Obj).RetourCodes as { RetourCode: string[] } | undefined)?.RetourCode;

/** Every heen message with a retour, with one part path to reject and the number of its classes. */
const gevallen: readonly { nummer: HeenMetRetour; deel: string; code: string }[] = [
  { nummer: '305', deel: '/Bericht/Client/StartProducten/StartProduct[2]', code: '9063' },
  { nummer: '307', deel: '/Bericht/Client/StopProducten/StopProduct[1]', code: '9069' },
  { nummer: '315', deel: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]', code: '9347' },
  { nummer: '317', deel: '/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct[1]', code: '9350' },
  { nummer: '301', deel: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]', code: '9332' },
  { nummer: '319', deel: '/Bericht/Antwoord', code: '9360' },
];

function build<N extends HeenMetRetour>(s: StandaardId, nummer: N, bericht: Berichten[N], b: Beoordeling) {
  const r = buildRetour(std(s), nummer, bericht, b, KOP);
  if (!r.ok) throw new Error(`refused: ${r.weigering.message}`);
  return r.bericht as unknown as Obj & { Header: Obj };
}

describe('retourNummers', () => {
  it('follows the catalogue: every heen message but the 323 gets its retour by the general construction', () => {
    for (const [heenNummer, retour] of Object.entries(retourNummers)) {
      expect(berichtsoorten[heenNummer as HeenMetRetour].retour).toBe(retour);
      expect(berichtmodellen[retour].retourVan).toBe(heenNummer);
    }
  });
});

for (const s of STANDAARDEN) {
  for (const { nummer, deel, code } of gevallen) {
    const retourNummer = retourNummers[nummer];
    describe(`${s} ${retourNummer} for a ${nummer}`, () => {
      it('accepted: the header alone, without RetourCodes (IV028)', () => {
        const h = heen(s, nummer);
        const r = build(s, nummer, h, beoordeling());
        expect(Object.keys(r)).toEqual(['Header']);
        expect(r.Header.RetourCodes).toBeUndefined();
        expect(r.Header.BerichtCode).toBe(std(s).berichtcodes[retourNummer]);
        // Afzender, Ontvanger, BerichtIdentificatie and XsdVersie stay the heen message's (IV028).
        for (const veld of ['BerichtVersie', 'BerichtSubversie', 'Afzender', 'Ontvanger', 'BerichtIdentificatie', 'XsdVersie']) {
          expect(r.Header[veld], veld).toEqual((h.Header as unknown as Obj)[veld]);
        }
        expect(r.Header.IdentificatieRetour).toBe(KOP.identificatie);
        expect(r.Header.DagtekeningRetour).toBe(KOP.dagtekening);
        expect(r.Header.XsdVersieRetour).toEqual({ BasisschemaXsdVersie: std(s).xsdVersie.basisschema, BerichtXsdVersie: std(s).xsdVersie.bericht });
        expect(r.Header.XsltVersie).toBeUndefined();
        expectValide(s, retourNummer, r as never);
      });

      it('one part rejected: header 0200, the whole client back, the part with its code and 0200 elsewhere (IV028, OP065)', () => {
        const h = heen(s, nummer);
        const r = build(s, nummer, h, beoordeling({ [deel]: [code] }));
        expect(codesOp(r.Header)).toEqual(['0200']);
        const body = Object.keys(r).filter((k) => k !== 'Header');
        expect(body).toHaveLength(1);
        // Every class instance of the heen message is back, each with RetourCodes.
        const paden = instanties(std(s).id, berichtmodellen[nummer].root, h);
        const terug = instanties(std(s).id, berichtmodellen[nummer].root, r);
        expect([...terug.keys()]).toEqual([...paden.keys()]);
        for (const [pad, inst] of terug) expect(codesOp(inst.obj), pad).toEqual(pad === deel ? [code] : ['0200']);
        expectValide(s, retourNummer, r as never);
      });

      it('rejected by an in-message rule: the header alone with 0001 (IV028 controleniveau 2)', () => {
        const r = build(s, nummer, heen(s, nummer), beoordeling({}, ['0001']));
        expect(Object.keys(r)).toEqual(['Header']);
        expect(codesOp(r.Header)).toEqual(['0001']);
        expectValide(s, retourNummer, r as never);
      });

      it('rejected on the header: the header alone with the rule\'s code, the parts not judged (IV028)', () => {
        const r = build(s, nummer, heen(s, nummer), beoordeling({ '/Bericht/Header/BerichtIdentificatie/Identificatie': ['9056'], [deel]: [code] }));
        expect(Object.keys(r)).toEqual(['Header']);
        expect(codesOp(r.Header)).toEqual(['9056']);
        expectValide(s, retourNummer, r as never);
      });
    });
  }

  describe(`${s} per-part details`, () => {
    it('a code on an element belongs to the class that holds it', () => {
      const r = build(s, '305', startMetDrieProducten(s), beoordeling({ '/Bericht/Client/StartProducten/StartProduct[3]/Begindatum': ['9074'] }));
      const producten = (r.Client as Obj).StartProducten as Obj[];
      expect(producten.map(codesOp)).toEqual([['0200'], ['0200'], ['9074']]);
      expect(codesOp(r.Client)).toEqual(['0200']);
      expectValide(s, '306', r as never);
    });

    it('a code on the client itself, several codes on one part (each once), and 0233 where the control did not judge', () => {
      const r = build(
        s,
        '305',
        startMetDrieProducten(s),
        beoordeling({
          '/Bericht/Client/Bsn': ['9019'],
          '/Bericht/Client/StartProducten/StartProduct[1]': ['9063', '9074'],
          '/Bericht/Client/StartProducten/StartProduct[1]/Begindatum': ['9074', '0200'],
          '/Bericht/Client/StartProducten/StartProduct[2]': ['0233'],
        }),
      );
      expect(codesOp(r.Client)).toEqual(['9019']);
      expect(((r.Client as Obj).StartProducten as Obj[]).map(codesOp)).toEqual([['9063', '9074'], ['0233'], ['0200']]);
      expectValide(s, '306', r as never);
    });

    it('a 0001 found on a part still rejects the message as a whole: header only', () => {
      const r = build(s, '307', heen(s, '307'), beoordeling({ '/Bericht/Client/StopProducten/StopProduct[2]/Einddatum': ['0001'] }, ['9056']));
      expect(Object.keys(r)).toEqual(['Header']);
      expect(codesOp(r.Header)).toEqual(['0001', '9056']);
      expectValide(s, '308', r as never);
    });

    it('0200 and 0233 alone reject nothing: the message is accepted', () => {
      const r = build(s, '305', heen(s, '305'), beoordeling({ '/Bericht/Client': ['0200'], '/Bericht/Client/StartProducten/StartProduct[1]': ['0233'] }, ['0200']));
      expect(Object.keys(r)).toEqual(['Header']);
      expect(r.Header.RetourCodes).toBeUndefined();
    });

    it('316: one of three aangevraagde producten rejected, the other two 0200', () => {
      const r = build(s, '315', verzoekMetDrieProducten(s), beoordeling({ '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]': ['9374'] }));
      expect(((r.Client as Obj).AangevraagdeProducten as Obj[]).map(codesOp)).toEqual([['0200'], ['9374'], ['0200']]);
      expectValide(s, '316', r as never);
    });

    it('318: the Verzoek and an OngewijzigdProduct rejected, every class of the verzoek back with codes', () => {
      const r = build(
        s,
        '317',
        heen(s, '317'),
        beoordeling({ '/Bericht/Client/Verzoek': ['9349'], '/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct[1]/ToewijzingNummer': ['9350'] }),
      );
      const verzoek = (r.Client as Obj).Verzoek as Obj;
      expect(codesOp(r.Client)).toEqual(['0200']);
      expect(codesOp(verzoek)).toEqual(['9349']);
      expect((verzoek.OngewijzigdeProducten as Obj[]).map(codesOp)).toEqual([['9350']]);
      expect((verzoek.NieuweProducten as Obj[]).map(codesOp)).toEqual([['0200']]);
      expectValide(s, '318', r as never);
    });

    it('a code on a list as a whole belongs to the class holding the list', () => {
      const r = build(s, '317', heen(s, '317'), beoordeling({ '/Bericht/Client/Verzoek/TeWijzigenProducten': ['9349'] }));
      expect(codesOp((r.Client as Obj).Verzoek)).toEqual(['9349']);
    });

    it('XsltVersie is written when given', () => {
      const r = buildRetour(std(s), '305', heen(s, '305'), beoordeling({}, ['0001']), KOP, { xsltVersie: '1.2.0' });
      expect(r.ok && r.bericht.Header.XsltVersie).toBe('1.2.0');
      if (r.ok) expectValide(s, '306', r.bericht);
    });

    it('leaves the heen message untouched', () => {
      const h = startMetDrieProducten(s);
      const voor = structuredClone(h);
      build(s, '305', h, beoordeling({ '/Bericht/Client/StartProducten/StartProduct[1]': ['9063'] }));
      expect(h).toEqual(voor);
    });
  });

  describe(`${s} refusals`, () => {
    const weigering = (b: Beoordeling, kop: { identificatie: string; dagtekening: string } = KOP) => {
      const r = buildRetour(std(s), '305', heen(s, '305'), b, kop);
      expect(r.ok).toBe(false);
      return r.ok ? undefined : r.weigering;
    };

    it('refuses a path that names no part of the message instead of dropping its code', () => {
      for (const pad of [
        '/Bericht/Client/StartProducten/StartProduct[3]',
        '/Bericht/Client/StartProducten/StartProduct[3]/Begindatum',
        '/Bericht/Client/Onbekend',
        '/Bericht/Declaratie',
      ]) {
        const w = weigering(beoordeling({ [pad]: ['9063'] }));
        expect(w?.reden, pad).toBe('ongeldige-invoer');
        expect(w?.paden).toEqual([pad]);
      }
    });

    it('refuses a retourcode that is not in WJ001', () => {
      const w = weigering(beoordeling({ '/Bericht/Client': ['9999'] }));
      expect(w?.reden).toBe('ongeldige-invoer');
      expect(w?.message).toContain('9999');
    });

    it('refuses a declaratie decision on a message that is no declaratie', () => {
      expect(weigering({ header: [], delen: new Map(), declaratie: ['9333'] })?.reden).toBe('ongeldige-invoer');
    });

    it('refuses an IdentificatieRetour longer than 12 positions (RS017) or an impossible date', () => {
      expect(weigering(beoordeling(), { identificatie: 'RET0000000001', dagtekening: '2026-11-20' })?.reden).toBe('ongeldige-invoer');
      expect(weigering(beoordeling(), { identificatie: ' ', dagtekening: '2026-11-20' })?.reden).toBe('ongeldige-invoer');
      expect(weigering(beoordeling(), { identificatie: 'R1', dagtekening: '2026-02-30' })?.reden).toBe('ongeldige-invoer');
    });
  });
}

describe('the standard\'s own example retours, rebuilt from their heen message and codes', () => {
  /** The heen message inside a retour: the retour's header additions and every RetourCodes taken out. */
  function heenUit(retour: Obj, heenNummer: HeenMetRetour): Obj {
    const strip = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(strip);
      if (v && typeof v === 'object') {
        return Object.fromEntries(Object.entries(v as Obj).filter(([k]) => k !== 'RetourCodes').map(([k, w]) => [k, strip(w)]));
      }
      return v;
    };
    const { IdentificatieRetour: _i, DagtekeningRetour: _d, XsltVersie: _x, XsdVersieRetour: _v, ...kop } = retour.Header as Obj;
    return { ...(strip(retour) as Obj), Header: { ...(strip(kop) as Obj), BerichtCode: iJw.berichtcodes[heenNummer] } };
  }

  for (const [naam, heenNummer] of [
    ['JW302', '301'],
    ['JW306', '305'],
    ['JW308', '307'],
    ['JW316', '315'],
    ['JW320', '319'],
  ] as const) {
    it(`${naam}`, () => {
      const r = checkBericht(fs.readFileSync(path.join(REFERENCE_DIR, 'ijw', '3.2', 'voorbeelden', `${naam}.xml`)));
      const voorbeeld = r.bericht as unknown as Obj & { Header: Obj };
      const h = heenUit(voorbeeld, heenNummer);
      const delen = new Map<string, string[]>();
      for (const [pad, inst] of instanties('iJw', berichtmodellen[heenNummer].root, voorbeeld)) delen.set(pad, codesOp(inst.obj) ?? []);
      const kop = { identificatie: voorbeeld.Header.IdentificatieRetour as string, dagtekening: voorbeeld.Header.DagtekeningRetour as string };
      const opties = voorbeeld.Header.XsltVersie ? { xsltVersie: voorbeeld.Header.XsltVersie as string } : {};
      const gebouwd = buildRetour(iJw, heenNummer, h as never, { header: codesOp(voorbeeld.Header) ?? [], delen }, kop, opties);
      expect(gebouwd.ok).toBe(true);
      // The examples write XsdVersieRetour 1.0.0; the published iJw schemas declare 0.1.0, which is ours.
      expect({ ...(gebouwd.ok ? (gebouwd.bericht as unknown as Obj) : {}), Header: { ...((gebouwd.ok ? gebouwd.bericht.Header : {}) as Obj), XsdVersieRetour: voorbeeld.Header.XsdVersieRetour } }).toEqual(voorbeeld);
    });
  }
});

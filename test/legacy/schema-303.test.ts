/**
 * The legacy 303 (release 3.0) as `iwj check` sees it: recognised by its 3_0 namespace, checked
 * against the project's own WMO303/JW303 schema, parsed, and reported with the same JSON contract as
 * every other message (messageType WMO303/JW303, release 3.0). Valid and invalid 303s of both
 * standards, declaratie and factuur, before and after 2020.
 */
import { Writable } from 'node:stream';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check.js';
import { xml303 } from '../../src/fixtures/declaratie-303.js';
import type { Bericht303 } from '../../src/standard/berichten.generated.js';
import { berichttypVoorNamespace, berichttype } from '../../src/standard/catalogue.js';
import { checkBericht } from '../../src/validate/check.js';
import { parseBericht } from '../../src/xml/parse.js';
import { iJw30, iWmo30 } from '../../src/standard/standaard.js';
import { d303, type Naam303 } from '../rules/declaratie-303-fixtures.js';

const JANUARI_2021: [string, string] = ['2021-01-01', '2021-01-31'];
const std = (naam: Naam303) => (naam === 'WMO303' ? 'iWmo' : 'iJw');
const check = (naam: Naam303, b: Bericht303) => checkBericht(Buffer.from(xml303(b, std(naam))));

/** The 303 as XML, changed as text (for what the typed builder cannot write). */
const alsTekst = (naam: Naam303, b: Bericht303, wijzig: (xml: string) => string) => checkBericht(Buffer.from(wijzig(xml303(b, std(naam)))));

describe('the catalogue knows the 303 of release 3.0', () => {
  it('by its namespaces, with the BerichtCodes of declaratie and factuur', () => {
    const wmo = berichttypVoorNamespace('http://www.istandaarden.nl/iwmo/3_0/wmo303/schema');
    const jw = berichttypVoorNamespace('http://www.istandaarden.nl/ijw/3_0/jw303/schema');
    expect(wmo).toMatchObject({ naam: 'WMO303', nummer: '303', berichtcode: '416', berichtcodes: ['416', '448'], richting: 'aanbieder-gemeente' });
    expect(jw).toMatchObject({ naam: 'JW303', nummer: '303', berichtcode: '432', berichtcodes: ['432', '450'] });
    expect(wmo?.standaard).toBe(iWmo30);
    expect(jw?.standaard.release).toMatchObject({ naam: '3.0', namespaceDeel: '3_0', berichtVersie: 3, berichtSubversie: 0 });
    // No retour: the 304 is not part of this pipeline.
    expect(wmo?.retour).toBeUndefined();
    expect(berichttype('WMO323')?.standaard.release.naam).toBe('3.2');
    expect(iJw30.id).toBe('iJw');
  });
});

describe('checkBericht on a 303', () => {
  for (const naam of ['WMO303', 'JW303'] as Naam303[]) {
    for (const factuur of [false, true]) {
      const soort = factuur ? 'factuur' : 'declaratie';
      it(`accepts a ${naam} ${soort} of 2020, parsed to the typed object it was built from`, () => {
        const b = d303(naam, [{ btw: factuur ? 2100 : undefined }, { bsn: '999900018', ref: 'RN9', nummer: null }], { factuur });
        const r = check(naam, b);
        expect(r).toMatchObject({ stage: 'ok', valid: true, release: '3.0', findings: [] });
        expect(r.berichttype?.naam).toBe(naam);
        expect(r.bericht).toEqual(b);
        expect(parseBericht(r.text!, r.berichttype!.standaard, '303')).toEqual(b);
      });
    }
    it(`accepts a ${naam} after 2020 in the check: the phase-out is a control (LG001), not a schema rule`, () => {
      const r = check(naam, d303(naam, [{ periode: JANUARI_2021 }], { periode: JANUARI_2021, dagtekening: '2021-02-03' }));
      expect(r.stage).toBe('ok');
    });
  }

  it('rejects at xsd a BerichtCode of another message, and of the other standard', () => {
    const b = d303('JW303', [{}]);
    for (const code of ['490', '416']) {
      const r = alsTekst('JW303', b, (x) => x.replace('<jw303:BerichtCode>432<', `<jw303:BerichtCode>${code}<`));
      expect(r.stage, code).toBe('xsd');
      expect(r.findings[0]?.path).toBe('/Bericht/Header/BerichtCode');
    }
  });

  it('rejects at xsd BerichtSubversie 2 (release 3.2) in a 303', () => {
    const r = alsTekst('WMO303', d303('WMO303', [{}]), (x) => x.replace('<wmo303:BerichtSubversie>0<', '<wmo303:BerichtSubversie>2<'));
    expect(r.stage).toBe('xsd');
    expect(r.findings[0]?.path).toBe('/Bericht/Header/BerichtSubversie');
  });

  it('rejects at xsd a currency other than the euro, an unknown BetalingAanID and a percentage above 999,99%', () => {
    const b = d303('WMO303', [{ btw: 2100 }], { factuur: true });
    const valuta = alsTekst('WMO303', b, (x) => x.replace('>EUR<', '>USD<'));
    expect(valuta.stage).toBe('xsd');
    expect(valuta.findings[0]?.path).toBe('/Bericht/Header/DeclaratieFactuurIdentificatie/ValutaCode');
    const betaling = alsTekst('WMO303', b, (x) => x.replace('<wmo303:BetalingAanID>02<', '<wmo303:BetalingAanID>05<'));
    expect(betaling.findings[0]?.path).toBe('/Bericht/Header/BetalingAanID');
    const pct = alsTekst('WMO303', b, (x) => x.replace('>2100<', '>100000<'));
    // libxml2 names a single instance without its index.
    expect(pct.findings[0]?.path).toBe('/Bericht/Clienten/Client/Prestaties/Prestatie/IngediendeBedragPrestatie/BtwPercentage');
  });

  it('rejects at xsd a 303 without its totals, or with the prestatie elements out of order', () => {
    const b = d303('JW303', [{}]);
    const zonder = alsTekst('JW303', b, (x) => x.replace(/<jw303:DeclaratieFactuurBedragen>[\s\S]*?<\/jw303:DeclaratieFactuurBedragen>/, ''));
    expect(zonder.stage).toBe('xsd');
    const volgorde = alsTekst('JW303', b, (x) =>
      x.replace(/(<jw303:ToewijzingNummer>1001<\/jw303:ToewijzingNummer>)(\s*)(<jw303:ProductCategorie>45<\/jw303:ProductCategorie>)/, '$3$2$1'),
    );
    expect(volgorde.stage).toBe('xsd');
  });

  it('rejects at regels a 303 that breaks an in-message rule (BSN elfproef, totals), with 0001', () => {
    const b = d303('WMO303', [{ bsn: '123456789' }]);
    b.Header.DeclaratieFactuurBedragen.DeclaratieFactuurTotaalBedrag.TotaalBedrag = 1;
    const r = check('WMO303', b);
    expect(r).toMatchObject({ stage: 'regels', valid: false, retourcodes: ['0001'] });
    expect(r.findings.map((f) => f.rule).sort()).toEqual(['CS002', 'TR358']);
    expect(r.findings.every((f) => f.line !== undefined && f.line > 0)).toBe(true);
  });

  it('refuses a 303 in the 3.2 namespace, and a 301 of release 3.0, at stage xml with a clear reason', () => {
    const xml = xml303(d303('WMO303', [{}]), 'iWmo');
    const in32 = checkBericht(Buffer.from(xml.replaceAll('/3_0/', '/3_2/')));
    expect(in32.stage).toBe('xml');
    expect(in32.findings[0]?.message).toBe('Berichttype WMO303 bestaat niet in iWmo 3.2.');
    const w301 = checkBericht(Buffer.from('<?xml version="1.0"?><m:Bericht xmlns:m="http://www.istandaarden.nl/iwmo/3_0/wmo301/schema"/>'));
    expect(w301).toMatchObject({ stage: 'xml', release: '3.0' });
    expect(w301.findings[0]?.message).toContain('van release 3.0 leest deze installatie alleen de WMO303');
    const oud = checkBericht(Buffer.from('<?xml version="1.0"?><m:Bericht xmlns:m="http://www.istandaarden.nl/ijw/2_4/jw303/schema"/>'));
    expect(oud.findings[0]?.message).toContain('release 2.4');
    expect(oud.findings[0]?.message).toContain('release 3.0 alleen de JW303');
  });
});

describe('iwj check --json on 303s', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwj-303-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports WMO303 and JW303 of release 3.0 with the same fields as any message', async () => {
    fs.writeFileSync(path.join(dir, 'a-wmo303.xml'), xml303(d303('WMO303', [{}]), 'iWmo'));
    fs.writeFileSync(path.join(dir, 'b-jw303-factuur.xml'), xml303(d303('JW303', [{ btw: 900 }], { factuur: true }), 'iJw'));
    fs.writeFileSync(path.join(dir, 'c-jw303-bsn.xml'), xml303(d303('JW303', [{ bsn: '123456789' }]), 'iJw'));
    let out = '';
    const sink = new Writable({
      write(chunk, _enc, done) {
        out += String(chunk);
        done();
      },
    });
    const code = await runCheck([dir], { json: true, out: sink, err: sink });
    expect(code).toBe(1);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => Object.keys(l))).toEqual(Array(3).fill(['file', 'messageType', 'standard', 'release', 'valid', 'stage', 'retourcodes', 'errors']));
    expect(lines.map((l) => [l['messageType'], l['standard'], l['release'], l['stage']])).toEqual([
      ['WMO303', 'iWmo', '3.0', 'ok'],
      ['JW303', 'iJw', '3.0', 'ok'],
      ['JW303', 'iJw', '3.0', 'regels'],
    ]);
    expect(lines[2]).toMatchObject({ valid: false, retourcodes: ['0001'], errors: [{ rule: 'CS002', path: '/Bericht/Clienten/Client[1]/Bsn' }] });
  });
});

import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkBericht } from '../../src/validate/check.js';
import { buildBericht } from '../../src/xml/build.js';
import { regelfouten, voorbeelden } from '../reference.js';


describe('the standard\'s example messages', () => {
  for (const v of voorbeelden()) {
    const ongeldig = v.name.includes('ongeldig');
    const fouten = regelfouten[v.name];
    const verwacht = ongeldig
      ? 'rejected at stage xsd with a path and a Dutch message'
      : fouten
        ? `schema-valid but rejected by ${fouten.join(', ')}`
        : 'recognised and valid';
    it(`${v.name} is ${verwacht}`, () => {
      const r = checkBericht(v.bytes);
      const expectedType = v.name.slice(0, v.name.indexOf('.'));
      expect(r.berichttype?.naam).toBe(expectedType);
      expect(r.release).toBe('3.2');
      if (ongeldig) {
        expect(r.stage).toBe('xsd');
        expect(r.valid).toBe(false);
        expect(r.findings.length).toBeGreaterThan(0);
        for (const f of r.findings) {
          expect(f.rule).toBe('XSD');
          expect(f.path).toMatch(/^\/Bericht\//);
          expect(f.line).toBeGreaterThan(0);
          expect(f.message).not.toMatch(/element is not expected|is not a valid value/);
        }
      } else if (fouten) {
        expect(r.stage).toBe('regels');
        expect(r.retourcodes).toEqual(['0001']);
        expect([...new Set(r.findings.map((f) => f.rule))].sort()).toEqual([...fouten].sort());
      } else {
        expect(r.findings).toEqual([]);
        expect(r.stage).toBe('ok');
      }
    });
  }

  it('survive parse → build → parse unchanged', () => {
    for (const v of voorbeelden().filter((x) => !x.name.includes('ongeldig'))) {
      const r = checkBericht(v.bytes);
      const t = r.berichttype!;
      const again = checkBericht(Buffer.from(buildBericht(t.standaard, t.nummer, r.bericht as never)));
      expect(again.stage, v.name).toBe(r.stage);
      expect(isDeepStrictEqual(again.bericht, r.bericht), v.name).toBe(true);
    }
  });
});

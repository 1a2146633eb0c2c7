import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../src/cli/schemas.js';

describe('generated schemas and types', () => {
  it('are up to date with the model (run `npm run schemas` after changing src/standard/model)', () => {
    const stale = [...generatedFiles()].filter(
      ([rel, content]) => !fs.existsSync(rel) || fs.readFileSync(path.resolve(rel), 'utf8') !== content,
    );
    expect(stale.map(([rel]) => rel)).toEqual([]);
  });

  it('cover every message of release 3.2 for both standards', () => {
    const schemas = [...generatedFiles().keys()].filter((f) => f.endsWith('.xsd') && f.includes('/3.2/'));
    expect(schemas).toHaveLength(2 * 15);
    for (const n of ['301', '302', '305', '306', '307', '308', '315', '316', '317', '318', '319', '320', '323', '325']) {
      expect(schemas).toContain(`schemas/iwmo/3.2/WMO${n}.xsd`);
      expect(schemas).toContain(`schemas/ijw/3.2/JW${n}.xsd`);
    }
  });

  it('cover of release 3.0 only the 303, with a basisschema of the datatypes it uses', () => {
    const files = generatedFiles();
    const schemas = [...files.keys()].filter((f) => f.endsWith('.xsd') && f.includes('/3.0/')).sort();
    expect(schemas).toEqual([
      'schemas/ijw/3.0/JW303.xsd',
      'schemas/ijw/3.0/basisschema.xsd',
      'schemas/iwmo/3.0/WMO303.xsd',
      'schemas/iwmo/3.0/basisschema.xsd',
    ]);
    for (const std of ['iwmo', 'ijw']) {
      const oud = files.get(`schemas/${std}/3.0/basisschema.xsd`)!;
      const nieuw = files.get(`schemas/${std}/3.2/basisschema.xsd`)!;
      expect(oud).toContain(`targetNamespace="http://www.istandaarden.nl/${std}/3_0/basisschema/schema"`);
      // 3.0's own datatypes stay out of 3.2, and 3.2's that the 303 does not use stay out of 3.0.
      for (const t of ['LDT_BetalingAanID', 'LDT_BtwIDNummer', 'LDT_ValutaCode', 'LDT_Percentage', 'CDT_IngediendeBedragPrestatie']) {
        expect(oud).toContain(`name="${t}"`);
        expect(nieuw).not.toContain(`name="${t}"`);
      }
      expect(oud).not.toContain('name="LDT_Tijd"');
    }
    expect(files.get('schemas/iwmo/3.0/WMO303.xsd')).toContain('<xs:pattern value="416|448"/>');
    expect(files.get('schemas/ijw/3.0/JW303.xsd')).toContain('<xs:pattern value="432|450"/>');
  });
});

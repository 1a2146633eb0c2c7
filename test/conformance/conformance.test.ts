/**
 * Our schemas accept and reject exactly what the standard's published schemas accept and reject:
 * here the standard's examples and the derivation of the iWmo retours' reference; the mutation
 * corpus per message type is in `iwmo.test.ts` and `ijw.test.ts` (two files, so that the two
 * standards run in parallel).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_SCHEMA_DIR } from '../../src/xml/validate.js';
import { voorbeelden } from '../reference.js';
import { conformance, type Std } from './targets.js';
import { agree, verdicts } from './verdict.js';
import { complexTypes, describeStructure, readSchema } from './xsd-model.js';

describe('our schemas agree with the standard\'s published schemas', () => {
  it('on every example message of the standard, the two deliberately invalid ones included', () => {
    const { targets } = conformance();
    const seen: string[] = [];
    for (const v of voorbeelden()) {
      const naam = v.name.slice(0, v.name.indexOf('.'));
      const target = targets.find((t) => t.naam === naam)!;
      const verdict = verdicts(v.bytes, target.ours, target.reference);
      expect(agree(verdict), `${v.name}: ours ${verdict.ours.length} findings, reference ${verdict.reference.length}`).toBe(true);
      expect(verdict.reference.length === 0, v.name).toBe(!v.name.includes('ongeldig'));
      seen.push(naam);
    }
    expect(seen).toHaveLength(21);
  });

  it('declare the same element tree, namespaces, cardinalities and facets as the reference, type by type', () => {
    const { targets } = conformance();
    for (const t of targets) {
      const reference = describeStructure(t.model);
      const ours = describeStructure(t.oursModel);
      const onlyReference = reference.filter((l) => !ours.includes(l));
      const onlyOurs = ours.filter((l) => !reference.includes(l));
      expect({ naam: t.naam, onlyReference, onlyOurs }).toEqual({ naam: t.naam, onlyReference: [], onlyOurs: [] });
    }
  });

  it('derives the iWmo retours from the iJw ones, without what the iWmo heen messages lack; ours lack it too', () => {
    const { derived } = conformance();
    expect(fs.existsSync(derived.tmpDir), 'the temporary directory is removed').toBe(false);
    expect(Object.fromEntries(derived.removed)).toEqual({
      '302': [],
      '306': [],
      '308': [],
      '316': ['Client/GezagsdragerBekend'],
      '318': [],
      '320': ['Antwoord/Woonplaatsbeginsel'],
      '325': [],
    });
    const names = (std: Std, naam: string, type: string): string[] =>
      complexTypes(readSchema(path.join(PROJECT_SCHEMA_DIR, std, '3.2'), `${naam}.xsd`))
        .get(type)!
        .elements.map((e) => e.name);
    expect(names('iwmo', 'WMO316', 'Client')).not.toContain('GezagsdragerBekend');
    expect(names('ijw', 'JW316', 'Client')).toContain('GezagsdragerBekend');
    expect(names('iwmo', 'WMO320', 'Antwoord')).not.toContain('Woonplaatsbeginsel');
    expect(names('ijw', 'JW320', 'Antwoord')).toContain('Woonplaatsbeginsel');
  });

});

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';
import { codes } from '../../src/standard/codes.js';
import { berichttype } from '../../src/standard/catalogue.js';

describe('the rule catalogue keeps itself complete', () => {
  it('has unique codes, sorted', () => {
    const list = rules.map((r) => r.code);
    expect(new Set(list).size).toBe(list.length);
    expect(list).toEqual([...list].sort((a, b) => a.localeCompare(b)));
  });

  it('yields only retourcodes the standard lists (WJ001); every rule of the standard has one', () => {
    for (const r of rules) {
      if (r.retourcode === undefined) {
        expect(r.level, `${r.code} has no retourcode`).toBe('eigen');
        continue;
      }
      for (const std of ['iWmo', 'iJw'] as const) {
        expect(codes('RetourCode', std).map(([c]) => c), `${r.code} → ${r.retourcode}`).toContain(r.retourcode);
      }
    }
  });

  it('applies only to known message types, and to at least one', () => {
    for (const r of rules) {
      expect(r.appliesTo.length, r.code).toBeGreaterThan(0);
      for (const t of r.appliesTo) expect(berichttype(t), `${r.code}: ${t}`).toBeDefined();
    }
  });

  it('has a description and a test file per rule', () => {
    for (const r of rules) {
      expect(r.description.length, r.code).toBeGreaterThan(10);
      expect(fs.existsSync(`test/rules/${r.code}.test.ts`), `test/rules/${r.code}.test.ts`).toBe(true);
    }
  });
});

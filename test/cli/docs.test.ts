import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderReadme } from '../../src/cli/docs.js';

describe('README', () => {
  it('has the current rule table (run `npm run docs` after adding a rule)', () => {
    const current = fs.readFileSync('README.md', 'utf8');
    expect(renderReadme(current)).toBe(current);
  });
  it('gives the two commands', () => {
    const current = fs.readFileSync('README.md', 'utf8');
    expect(current).toContain('npm ci');
    expect(current).toContain('npm start');
    expect(current).toContain('npm test');
  });
});

describe('src/rules/index.ts', () => {
  it('lists every rule file (run `npm run docs` after adding a rule)', async () => {
    const { renderRuleIndex, RULE_INDEX_FILE } = await import('../../src/cli/rule-index.js');
    expect(fs.readFileSync(RULE_INDEX_FILE, 'utf8')).toBe(renderRuleIndex());
  });
});

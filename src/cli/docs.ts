/**
 * `iwj docs [--write]`: the README's generated sections (the rule catalogue) from the code itself.
 * Without `--write` it reports whether the README is up to date (exit 1 if not).
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rules } from '../rules/index.js';
import type { Rule, RuleContext } from '../rules/rule.js';
import { renderRuleIndex, RULE_INDEX_FILE } from './rule-index.js';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));

const LEVEL: Record<string, string> = { bericht: 'in het bericht', berichtoverstijgend: 'berichtoverstijgend', eigen: 'eigen controle' };

/** `WMO301, JW301, WMO305, ...` → `301, 305 (iWmo, iJw)`. */
function berichten(r: Pick<Rule<RuleContext>, 'appliesTo'>): string {
  const nummers = [...new Set(r.appliesTo.map((t) => t.replace(/^\D+/, '')))].sort();
  const stds = [...new Set(r.appliesTo.map((t) => (t.startsWith('WMO') ? 'iWmo' : 'iJw')))];
  return `${nummers.join(', ')}${stds.length === 1 ? ` (alleen ${stds[0]})` : ''}`;
}

export function ruleTable(): string {
  const rows = rules.map(
    (r) => `| ${r.code} | ${r.retourcode ?? '—'} | ${LEVEL[r.level]} | ${berichten(r)} | ${r.description.replace(/\|/g, '\\|').replace(/\s+/g, ' ')} |`,
  );
  return ['| regel | retourcode | niveau | berichten | omschrijving |', '|---|---|---|---|---|', ...rows].join('\n');
}

const SECTIONS: Record<string, () => string> = { rules: ruleTable };

export function renderReadme(current: string): string {
  let out = current;
  for (const [name, render] of Object.entries(SECTIONS)) {
    const start = `<!-- generated:${name} -->`;
    const end = `<!-- /generated:${name} -->`;
    const i = out.indexOf(start);
    const j = out.indexOf(end);
    if (i === -1 || j === -1) throw new Error(`README has no ${start} … ${end} section`);
    out = `${out.slice(0, i + start.length)}\n${render()}\n${out.slice(j)}`;
  }
  return out;
}

export function runDocs(write: boolean, out: NodeJS.WritableStream): number {
  const index = renderRuleIndex();
  if (fs.readFileSync(RULE_INDEX_FILE, 'utf8') !== index) {
    if (!write) {
      out.write('src/rules/index.ts is verouderd: draai `npm run docs`\n');
      return 1;
    }
    fs.writeFileSync(RULE_INDEX_FILE, index);
    out.write('src/rules/index.ts bijgewerkt; draai `npm run docs` nogmaals voor de README\n');
    return 0;
  }
  const current = fs.readFileSync(README, 'utf8');
  const next = renderReadme(current);
  if (next === current) {
    out.write('README is actueel\n');
    return 0;
  }
  if (!write) {
    out.write('README is verouderd: draai `npm run docs`\n');
    return 1;
  }
  fs.writeFileSync(README, next);
  out.write('README bijgewerkt\n');
  return 0;
}

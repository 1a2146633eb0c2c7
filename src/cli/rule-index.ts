/**
 * Writes `src/rules/index.ts`: the explicit, sorted catalogue of every rule file
 * (`src/rules/<family>/<CODE>.ts`, default export). Run by `npm run docs`; a test keeps it current.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RULES_DIR = fileURLToPath(new URL('../rules/', import.meta.url));
const CODE = /^[A-Z]{2,3}\d{3}$/;

export function ruleFiles(): { code: string; rel: string }[] {
  const out: { code: string; rel: string }[] = [];
  for (const family of fs.readdirSync(RULES_DIR, { withFileTypes: true })) {
    if (!family.isDirectory()) continue;
    for (const f of fs.readdirSync(path.join(RULES_DIR, family.name))) {
      const code = f.replace(/\.ts$/, '');
      if (f.endsWith('.ts') && CODE.test(code)) out.push({ code, rel: `./${family.name}/${code}.js` });
    }
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

export function renderRuleIndex(): string {
  const files = ruleFiles();
  return `/**
 * The rule catalogue: every rule we implement, by code, in one sorted list. Generated from the rule
 * files by \`npm run docs\` (one file per rule: src/rules/<family>/<CODE>.ts); the README's rule table
 * and the backoffice's rule list are generated from it.
 */
import type { ControlContext } from '../control/context.js';
import type { Rule, RuleContext } from './rule.js';
${files.map((f) => `import ${f.code} from '${f.rel}';`).join('\n')}

/** A rule of the catalogue: an in-message rule reads only the message, a control also the context. */
export type CatalogusRegel = Rule<RuleContext> | Rule<ControlContext>;

export const rules: readonly CatalogusRegel[] = [
${files.map((f) => `  ${f.code},`).join('\n')}
];

const perBerichttype = new Map<string, readonly Rule<RuleContext>[]>();

/** The in-message rules (level \`bericht\`) that apply to a message type (selected once per type). */
export function berichtRules(berichttype: string): readonly Rule<RuleContext>[] {
  let lijst = perBerichttype.get(berichttype);
  if (!lijst) {
    lijst = rules.filter((r): r is Rule<RuleContext> => r.level === 'bericht' && r.appliesTo.includes(berichttype));
    perBerichttype.set(berichttype, lijst);
  }
  return lijst;
}

const controlsPerBerichttype = new Map<string, readonly Rule<ControlContext>[]>();

/** The controls (levels \`berichtoverstijgend\` and \`eigen\`) that apply to a message type (selected once per type). */
export function controlRules(berichttype: string): readonly Rule<ControlContext>[] {
  let lijst = controlsPerBerichttype.get(berichttype);
  if (!lijst) {
    lijst = rules.filter((r) => r.level !== 'bericht' && r.appliesTo.includes(berichttype)) as Rule<ControlContext>[];
    controlsPerBerichttype.set(berichttype, lijst);
  }
  return lijst;
}
`;
}

export const RULE_INDEX_FILE = path.join(RULES_DIR, 'index.ts');

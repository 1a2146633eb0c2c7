/**
 * Tests per rule are tables, in the manner of ESLint's RuleTester: messages the rule accepts and
 * messages it rejects, with the paths it must report. Each case runs the rule's pure check, and then
 * the whole `check` end to end (XML written, schema-validated, all rules run) to prove the rule is
 * wired into the catalogue and yields its retourcode.
 */
import { describe, expect, it } from 'vitest';
import type { Rule, RuleContext } from '../../src/rules/rule.js';
import { runRule } from '../../src/rules/rule.js';
import { InMemoryContext, type ContextData, type ControlContext } from '../../src/control/context.js';
import { checkTyped, typeVan } from '../berichten.js';

/** Defaults for a control's context: the reference example gemeente is ours; today is fixed. */
export const TEST_VANDAAG = '2026-11-22';

export function controlContext(type: string, data: ContextData = {}, over: Partial<ControlContext> = {}): ControlContext {
  const t = typeVan(type);
  const mem = new InMemoryContext(data);
  return {
    standaard: t.standaard,
    berichttype: t,
    geheugen: mem,
    registers: mem,
    eigenGemeenten: new Set(['0384', '0889', '0893', '0907', '1507', '1894', '0983', '0984']),
    vandaag: TEST_VANDAAG,
    ...over,
  };
}

export interface ValidCase {
  readonly name: string;
  readonly type: string;
  readonly bericht: unknown;
  /** For cross-message controls: the earlier facts and registers the control may read. */
  readonly context?: ContextData;
  readonly contextOverrides?: Partial<ControlContext>;
}

export interface InvalidCase extends ValidCase {
  /** The paths the rule must report, in order. */
  readonly paths: readonly string[];
}

export function ruleTester(rule: Rule<RuleContext> | Rule<ControlContext>, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`${rule.code} (${rule.retourcode ?? 'eigen'}): ${rule.description}`, () => {
    for (const c of cases.valid) {
      it(`accepts ${c.name} (${c.type})`, () => {
        expect(runRule(rule as Rule<ControlContext>, c.bericht, controlContext(c.type, c.context, c.contextOverrides))).toEqual([]);
        const r = checkTyped(c.type, c.bericht);
        // A valid case must reach the rules: a message the schema rejects would pass vacuously.
        expect(r.findings.filter((f) => f.rule === 'XML' || f.rule === 'XSD')).toEqual([]);
        if (rule.level === 'bericht') expect(r.findings.filter((f) => f.rule === rule.code)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`rejects ${c.name} (${c.type}) with ${rule.retourcode ?? 'a finding of our own'}`, () => {
        const findings = runRule(rule as Rule<ControlContext>, c.bericht, controlContext(c.type, c.context, c.contextOverrides));
        expect(findings.map((f) => f.path)).toEqual(c.paths);
        for (const f of findings) {
          expect(f.rule).toBe(rule.code);
          expect(f.retourcode).toBe(rule.retourcode);
          expect(f.message.length).toBeGreaterThan(10);
        }
        if (rule.level === 'bericht') {
          const r = checkTyped(c.type, c.bericht);
          expect(r.stage).toBe('regels');
          expect(r.retourcodes).toEqual(['0001']);
          expect(r.findings.filter((f) => f.rule === rule.code).map((f) => f.path)).toEqual(c.paths);
        }
      });
    }
  });
}

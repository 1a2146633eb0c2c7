/**
 * The mutation comparison of one standard's 14 message types, as vitest tests: one test per type
 * that fails on any disagreement (printing the mutants), and a report of the corpus.
 */
import { describe, expect, it } from 'vitest';
import { describeDisagreement, runCorpus, type CorpusResult } from './corpus.js';
import { MUTATION_KINDS } from './mutations.js';
import { conformance, naamVan, NUMMERS, type Std } from './targets.js';

export function conformanceSuite(std: Std): void {
  const namen = NUMMERS.map((n) => naamVan(std, n));
  const results = new Map<string, CorpusResult>();
  const result = (naam: string): CorpusResult => {
    let r = results.get(naam);
    if (!r) {
      const { targets } = conformance();
      r = runCorpus(targets.find((t) => t.naam === naam)!, targets);
      results.set(naam, r);
    }
    return r;
  };

  describe(`our ${std} schemas agree with the reference on a corpus of mutants`, () => {
    for (const naam of namen) {
      it(`${naam}: the same verdict as the reference on every mutant`, () => {
        const r = result(naam);
        expect(r.seedsRejectedByOurs, 'seeds (valid per the reference) rejected by ours').toEqual([]);
        for (const kind of MUTATION_KINDS) expect(r.perKind.get(kind)!.mutants, `mutants of kind ${kind}`).toBeGreaterThan(0);
        expect(r.missingCoverage, 'kinds of change that did not reach this message type').toEqual([]);
        expect(r.valid, 'valid mutants').toBeGreaterThan(0);
        expect(r.invalid, 'invalid mutants').toBeGreaterThan(0);
        const report = r.disagreements.slice(0, 25).map(describeDisagreement).join('\n');
        expect(r.disagreements.length, `${r.disagreements.length} disagreements of ${r.mutants}:\n${report}`).toBe(0);
      });
    }

    it(`over thousands of mutants of all 14 ${std} message types (report)`, () => {
      const rows = namen.map(result);
      const pad = (s: string | number, n: number): string => String(s).padStart(n);
      const sum = (f: (r: CorpusResult) => number): number => rows.reduce((s, r) => s + f(r), 0);
      const lines = [
        `${'type'.padEnd(7)} ${'reference'.padEnd(9)} ${pad('mutants', 7)} ${pad('valid', 6)} ${pad('invalid', 7)} ${pad('agree', 7)}`,
        ...rows.map(
          (r) =>
            `${r.naam.padEnd(7)} ${(r.derived ? 'derived' : 'published').padEnd(9)} ${pad(r.mutants, 7)} ${pad(r.valid, 6)} ${pad(r.invalid, 7)} ${pad(`${((100 * r.agreeing) / r.mutants).toFixed(1)}%`, 7)}`,
        ),
        `${'total'.padEnd(17)} ${pad(sum((r) => r.mutants), 7)} ${pad(sum((r) => r.valid), 6)} ${pad(sum((r) => r.invalid), 7)} ${pad(`${((100 * sum((r) => r.agreeing)) / sum((r) => r.mutants)).toFixed(1)}%`, 7)}`,
        '',
        `${'kind'.padEnd(16)} ${pad('mutants', 7)} ${pad('valid', 6)}`,
        ...MUTATION_KINDS.map(
          (k) => `${k.padEnd(16)} ${pad(sum((r) => r.perKind.get(k)!.mutants), 7)} ${pad(sum((r) => r.perKind.get(k)!.valid), 6)}`,
        ),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
      expect(sum((r) => r.mutants)).toBeGreaterThanOrEqual(1000);
      for (const r of rows) expect(r.agreeing, r.naam).toBe(r.mutants);
    });
  });
}

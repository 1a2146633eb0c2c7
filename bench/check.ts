/**
 * `npm run bench` / `npm run bench -- check [n] [--rondes r]`: the throughput of `checkBericht`
 * (prolog, libxml2 parse, xsd, typed parse, in-message rules) next to bare libxml2-wasm validation of
 * the same bytes, in the same process, in interleaved rounds (bare, check, bare, check, …) after a
 * warm-up round; the median round of each counts. Then one more pass with a timer per step and per
 * rule says where check's time goes. Target (issue 2): check at ≥ 50% of bare validation.
 */
import { parseArgs } from 'node:util';
import { generateCorpus } from '../src/fixtures/corpus.js';
import { checkBericht, nieuweMeting, type CheckMeting } from '../src/validate/check.js';
import { bareRound, fmt, machine, median, mix, perSecond, prepareBare } from './bare.js';

const DOEL = 0.5;

/** One pass of checkBericht over the corpus; throws when a message of the (clean) corpus is not valid. */
function checkRound(bytes: readonly Uint8Array[], meting?: CheckMeting): number {
  const start = performance.now();
  for (const b of bytes) {
    const r = checkBericht(b, meting ? { meting } : {});
    if (!r.valid) throw new Error(`bench check: a corpus message is not valid (${r.stage}: ${r.findings[0]?.message})`);
  }
  return performance.now() - start;
}

export async function benchCheck(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { rondes: { type: 'string' }, seed: { type: 'string' } } });
  const n = Number(positionals[0] ?? 4000);
  const rondes = Number(values.rondes ?? 9);
  const seed = Number(values.seed ?? 1);
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(rondes) || rondes < 1) {
    process.stderr.write('bench check: gebruik: iwj bench check [aantal berichten] [--rondes r] [--seed s]\n');
    return 2;
  }
  const out = (t: string): boolean => process.stdout.write(`${t}\n`);

  const corpus = generateCorpus({ count: n, seed });
  const bytes = corpus.map((c) => c.bytes);
  const bare = prepareBare(bytes);
  const kB = bytes.reduce((s, b) => s + b.length, 0) / n / 1000;
  out(`bench check: ${fmt(n)} messages, ${kB.toFixed(1)} kB on average (${mix(bare.typen)})`);
  out(`  ${rondes} interleaved rounds (bare, check, …) after a warm-up round; median round; ${machine()}`);

  bareRound(bare);
  checkRound(bytes);
  const kaal: number[] = [];
  const check: number[] = [];
  for (let i = 0; i < rondes; i++) {
    kaal.push(bareRound(bare));
    check.push(checkRound(bytes));
  }
  const kaalPs = perSecond(n, median(kaal));
  const checkPs = perSecond(n, median(check));
  // The ratio of each round's pair (run back to back, so under the same load), and their median:
  // steadier on a shared machine than the ratio of the two medians.
  const ratio = median(kaal.map((k, i) => k / check[i]!));
  out(`  bare libxml2-wasm validation (parse + xsd): ${fmt(kaalPs).padStart(8)} messages/s`);
  out(`  check end-to-end (checkBericht):            ${fmt(checkPs).padStart(8)} messages/s`);
  out(
    `  ratio: ${(ratio * 100).toFixed(0)}% of bare validation (median of the rounds' ratios; ${Math.round((100 * checkPs) / kaalPs)}% from the medians above; ` +
      `target ≥ ${DOEL * 100}%: ${ratio >= DOEL ? 'met' : 'NOT met'})`,
  );

  // Where the time goes: a pass with a timer around every step and rule (the timers cost a little).
  const m = nieuweMeting();
  checkRound(bytes, m);
  const stappen = [
    ['prolog', m.prolog],
    ['libxml2 parse', m.parse],
    ['xsd', m.xsd],
    ['typed parse', m.typed],
    ['rules', m.rules],
  ] as const;
  const totaal = stappen.reduce((s, [, ms]) => s + ms, 0);
  const us = (ms: number): string => ((ms * 1000) / n).toFixed(1);
  out(`  check per message: ${us(totaal)} µs = ${stappen.map(([s, ms]) => `${s} ${us(ms)} µs (${Math.round((100 * ms) / totaal)}%)`).join(', ')}`);
  const duur = [...m.perRule].sort((a, b) => b[1] - a[1]).slice(0, 8);
  out(`  costliest rules (µs per message checked): ${duur.map(([code, ms]) => `${code} ${us(ms)}`).join(', ')}`);
  return 0;
}

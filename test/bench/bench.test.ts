/**
 * `npm run bench` parts at a tiny size: they run, exit 0 and print their numbers. No timing is
 * asserted (speed lives in the bench itself, on a machine of its own).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const IWJ = path.resolve('bin/iwj.mjs');

async function bench(args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [IWJ, 'bench', ...args], { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

const getal = '[0-9][0-9,]*';

describe('npm run bench', () => {
  it('check: bare validation and checkBericht in messages/s, the ratio against the target, the split per step and rule', async () => {
    const out = await bench(['check', '50', '--rondes', '1']);
    expect(out).toMatch(/^bench check: 50 messages, /m);
    expect(out).toMatch(new RegExp(`bare libxml2-wasm validation \\(parse \\+ xsd\\): +${getal} messages/s`));
    expect(out).toMatch(new RegExp(`check end-to-end \\(checkBericht\\): +${getal} messages/s`));
    expect(out).toMatch(/ratio: \d+% of bare validation \(median of the rounds' ratios; \d+% from the medians above; target ≥ 50%: (met|NOT met)\)/);
    expect(out).toMatch(/check per message: [\d.]+ µs = prolog [\d.]+ µs \(\d+%\), libxml2 parse .*, xsd .*, typed parse .*, rules [\d.]+ µs/);
    expect(out).toMatch(/costliest rules \(µs per message checked\): [A-Z]{2}\d{3} [\d.]+/);
  });

  it('ingest: messages/s into a throw-away PostgreSQL database next to bare validation, per stage, and the outcome', async () => {
    const out = await bench(['ingest', '50', '--rondes', '1']);
    expect(out).toMatch(/^bench ingest: \d+ messages of a generated Noord-Limburg region/m);
    expect(out).toMatch(/registers imported: aanbieders \d+, contracten \d+, gemeenten \d+, productcodes \d+, woonplaats \d+/);
    expect(out).toMatch(new RegExp(`ingest end-to-end \\(store, check, control, decide, retour\\): +${getal} messages/s`));
    expect(out).toMatch(new RegExp(`bare libxml2-wasm validation of the same bytes: +${getal} messages/s`));
    expect(out).toMatch(/ratio: ingest at [\d.]+% of bare validation/);
    expect(out).toMatch(/per stage \(ms per message\): store [\d.]+ \(\d+%\), check .*, control .*, decide .*, retour [\d.]+ \(\d+%\)/);
    expect(out).toMatch(/outcome: .*beantwoord \d+/);
  });

  it('refuses an unknown part and a bad size with exit code 2', async () => {
    await expect(bench(['onbekend'])).rejects.toMatchObject({ code: 2 });
    await expect(bench(['check', 'veel'])).rejects.toMatchObject({ code: 2 });
  });
});

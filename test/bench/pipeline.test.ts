/**
 * `iwj bench pipeline` at a tiny size: it starts `iwj serve` and an `iwj work` process on the real
 * PostgreSQL and Redis, posts a generated region flow, waits for every message, prints its figures and
 * cleans up after itself (its database and Redis keys, in `finally`). No timing is asserted: the
 * numbers are for people.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REDIS_URL } from '../wachtrij/helpers.js';

const run = promisify(execFile);

describe('npm run bench -- pipeline', () => {
  it('runs 60 messages through API, queue and one worker and prints throughput, ratio, latency and stages', async () => {
    const { stdout } = await run(process.execPath, [path.resolve('bin/iwj.mjs'), 'bench', 'pipeline', '60', '--workers', '1'], {
      env: { ...process.env, REDIS_URL },
      maxBuffer: 16 * 1024 * 1024,
      timeout: 240_000,
    });
    expect(stdout).toMatch(/^pipeline: 60 messages of a generated region flow .*2 zips of 30/m);
    expect(stdout).toMatch(/^bare validation \(libxml2-wasm parse \+ XSD, same bytes, this process\): \d+ msgs\/s/m);
    expect(stdout).toMatch(/^1 worker: end-to-end [\d.]+ msgs\/s \(60 in [\d.]+ s\), [\d.]+% of bare validation \(target ≥ 25%\)/m);
    expect(stdout).toMatch(/^ {2}latency receipt → retour: p50 [\d.]+ s, p99 [\d.]+ s/m);
    for (const stage of ['validate', 'control', 'retour', 'kpi']) expect(stdout).toMatch(new RegExp(`^ {2}${stage} +2 +[\\d.]+ +\\d+`, 'm'));
    expect(stdout).toMatch(/^ratio: [\d.]+% of bare validation with 1 worker \(target ≥ 25%: (met|not met)\)/m);
  }, 300_000);
});


/**
 * A generated region, written to a temporary directory, its registers loaded into a test database,
 * and its messages run through the pipeline in process: the set-up for end-to-end pipeline tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/db/client.js';
import { generateRegion, writeFixtures, type GenerateOptions, type ManifestRegel } from '../../src/fixtures/index.js';
import { laadRegisterMap } from '../../src/pipeline/registers-laden.js';
import type { StageDeps } from '../../src/pipeline/stages.js';

export interface GeschrevenRegio {
  readonly dir: string;
  readonly berichtenDir: string;
  readonly manifest: ReadonlyMap<string, ManifestRegel>;
  opruimen(): void;
}

export function schrijfRegio(opties: GenerateOptions): GeschrevenRegio {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwj-regio-'));
  writeFixtures(dir, generateRegion(opties));
  const manifest = new Map<string, ManifestRegel>();
  for (const line of fs.readFileSync(path.join(dir, 'manifest.jsonl'), 'utf8').trim().split('\n')) {
    const m = JSON.parse(line) as ManifestRegel;
    manifest.set(path.basename(m.file), m);
  }
  return { dir, berichtenDir: path.join(dir, 'berichten'), manifest, opruimen: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export async function testDeps(database: Database, regio: GeschrevenRegio, eigen: readonly string[]): Promise<StageDeps> {
  await laadRegisterMap(database, path.join(regio.dir, 'registers'), 'test');
  return { database, eigenGemeenten: new Set(eigen), vandaag: '2026-11-22', outboxDir: path.join(regio.dir, 'outbox') };
}

export function leesBerichten(dir: string): { naam: string; bytes: Buffer }[] {
  return fs
    .readdirSync(dir)
    .sort()
    .map((f) => ({ naam: f, bytes: fs.readFileSync(path.join(dir, f)) }));
}

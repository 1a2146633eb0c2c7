/**
 * The reference copies of the standard beside the project (`../shared/istandaarden`). Tests may read
 * them; the product never does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The workspace's `shared` folder with the reference copies: `IWJ_SHARED_DIR` when set, else the
 * `shared` folder beside the checkout (`../shared`) or beside any folder above it, else
 * `/work/shared`, where the workspace keeps it. CI may clone the project somewhere else than the
 * working copy; the reference copies stay where the workspace has them.
 */
function findSharedDir(): string {
  const kandidaten: string[] = [];
  if (process.env.IWJ_SHARED_DIR) kandidaten.push(path.resolve(process.env.IWJ_SHARED_DIR));
  let dir = path.resolve(fileURLToPath(new URL('../', import.meta.url)));
  for (;;) {
    kandidaten.push(path.join(path.dirname(dir), 'shared'));
    const boven = path.dirname(dir);
    if (boven === dir) break;
    dir = boven;
  }
  kandidaten.push('/work/shared');
  const gevonden = kandidaten.find((k) => fs.existsSync(path.join(k, 'istandaarden', 'README.md')));
  if (!gevonden) {
    throw new Error(`De referentiekopieën van de standaard zijn niet gevonden (gezocht: ${kandidaten.join(', ')}); zet IWJ_SHARED_DIR.`);
  }
  return gevonden;
}

export const SHARED_DIR = findSharedDir();
export const REFERENCE_DIR = path.join(SHARED_DIR, 'istandaarden');

export interface Voorbeeld {
  readonly file: string;
  readonly name: string;
  readonly bytes: Buffer;
}

/** Every example message of the reference, both standards. */
export function voorbeelden(): Voorbeeld[] {
  return ['iwmo', 'ijw'].flatMap((std) => {
    const dir = path.join(REFERENCE_DIR, std, '3.2', 'voorbeelden');
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.xml'))
      .sort()
      .map((f) => ({ file: path.join(dir, f), name: f, bytes: fs.readFileSync(path.join(dir, f)) }));
  });
}

/**
 * Examples of the standard that are schema-valid but break one of its in-message rules (right by the
 * standard, not by the examples). Each entry says which rules fire, and why, so the check stays exact.
 */
export const regelfouten: Readonly<Record<string, readonly string[]>> = {
  // A NieuwProduct starting on the Dagtekening itself: TR380 wants a later date.
  'WMO317.xml': ['TR380'],
  // A NieuwProduct that ends in 2024, before it starts in 2026: CS003.
  'JW317.xml': ['CS003'],
  // Client[2] declares ReferentieNummer RN004 twice (TR101), and ToewijzingNummer 10073 with product
  // 45A04 is declared debet for April 2026 under Client[1] and again under Client[2] (TR416).
  'JW323.xml': ['TR101', 'TR416'],
};

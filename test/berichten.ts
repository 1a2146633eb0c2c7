/**
 * Typed messages for tests: the standard's own examples, parsed by our parser, one per message type
 * and standard. Tests clone and change them (`voorbeeldBericht('JW323')`), so every rule test starts
 * from a message the standard itself calls valid.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Berichten } from '../src/standard/berichten.generated.js';
import { berichttype as berichttypeVan, type Berichttype } from '../src/standard/catalogue.js';
import type { Berichtnummer } from '../src/standard/model/berichten.js';
import { checkBericht } from '../src/validate/check.js';
import { buildBericht } from '../src/xml/build.js';
import { REFERENCE_DIR } from './reference.js';

type Naam<N extends Berichtnummer> = `WMO${N}` | `JW${N}`;
type NummerVan<T extends string> = T extends `WMO${infer N}` | `JW${infer N}` ? N & Berichtnummer : never;

const cache = new Map<string, unknown>();

/**
 * iJw publishes no valid JW315 example: its only one carries the impossible date 2027-06-31. Tests
 * start from that example with the date made real (the last day of June).
 */
const herstelde: Readonly<Record<string, { readonly file: string; readonly herstel: (xml: string) => string }>> = {
  JW315: { file: 'JW315.ongeldig-datum.xml', herstel: (xml) => xml.replaceAll('2027-06-31', '2027-06-30') },
};

/** A deep copy of the reference example of this message type, as a typed object. */
export function voorbeeldBericht<T extends Naam<Berichtnummer>>(naam: T): Berichten[NummerVan<T>] {
  if (!cache.has(naam)) {
    const std = naam.startsWith('WMO') ? 'iwmo' : 'ijw';
    const hersteld = herstelde[naam];
    const file = path.join(REFERENCE_DIR, std, '3.2', 'voorbeelden', hersteld?.file ?? `${naam}.xml`);
    const xml = fs.readFileSync(file, 'utf8');
    const r = checkBericht(Buffer.from(hersteld ? hersteld.herstel(xml) : xml));
    if (!r.bericht) throw new Error(`${naam}: example not parsed (${r.stage})`);
    cache.set(naam, r.bericht);
  }
  return structuredClone(cache.get(naam)) as Berichten[NummerVan<T>];
}

/** The example of this message type, changed by `wijzig`: `variant('JW301', (b) => { b.Client.Geslacht = '2'; })`. */
export function variant<T extends Naam<Berichtnummer>>(naam: T, wijzig: (b: Berichten[NummerVan<T>]) => void): Berichten[NummerVan<T>] {
  const b = voorbeeldBericht(naam);
  wijzig(b);
  return b;
}

/** Does a reference example exist for this message type? (iWmo has none for its retours.) */
export function heeftVoorbeeld(naam: string): boolean {
  const std = naam.startsWith('WMO') ? 'iwmo' : 'ijw';
  return fs.existsSync(path.join(REFERENCE_DIR, std, '3.2', 'voorbeelden', `${naam}.xml`));
}

export function typeVan(naam: string): Berichttype {
  const t = berichttypeVan(naam);
  if (!t) throw new Error(`unknown message type ${naam}`);
  return t;
}

/** The typed object written as XML and checked end to end, as `iwj check` would. */
export function checkTyped(naam: string, bericht: unknown) {
  const t = typeVan(naam);
  return checkBericht(Buffer.from(buildBericht(t.standaard, t.nummer, bericht as never)));
}

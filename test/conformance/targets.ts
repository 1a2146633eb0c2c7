/**
 * What the conformance suite compares, per message type: our compiled schema, the reference schema
 * (published, or for the iWmo retours derived from the iJw one), the reference's structure as read
 * from its XSD, and the example to seed mutation with.
 *
 * The iWmo retour schemas (302, 306, 308, 316, 318, 320, 325) were not available as published
 * files. By the standard they are the iJw retour with the iWmo namespace, the iWmo BerichtCode and
 * the iWmo code lists; elements that the iWmo heen message lacks (GezagsdragerBekend in 315,
 * Woonplaatsbeginsel in 319) are absent from its retour too. They are derived here, in a temporary
 * directory that is removed once read, from the reference files alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XmlDocument, type XsdValidator } from 'libxml2-wasm';
import { PROJECT_SCHEMA_DIR, projectSchemas, SchemaSet } from '../../src/xml/validate.js';
import { REFERENCE_DIR } from '../reference.js';
import { treeFromBytes, type Node } from './tree.js';
import { complexTypes, readSchema, type SchemaModel } from './xsd-model.js';

export type Std = 'iwmo' | 'ijw';

export const NUMMERS = ['301', '302', '305', '306', '307', '308', '315', '316', '317', '318', '319', '320', '323', '325'] as const;
export type Nummer = (typeof NUMMERS)[number];

/** The heen message each retour answers (its structure is derived from the heen message's). */
const HEEN: Partial<Record<Nummer, Nummer>> = { '302': '301', '306': '305', '308': '307', '316': '315', '318': '317', '320': '319', '325': '323' };

const PREFIX: Record<Std, string> = { iwmo: 'WMO', ijw: 'JW' };
export const naamVan = (std: Std, nummer: Nummer): string => `${PREFIX[std]}${nummer}`;

export interface Target {
  readonly naam: string;
  readonly std: Std;
  readonly nummer: Nummer;
  /** The reference was derived (iWmo retours), not published. */
  readonly derived: boolean;
  readonly reference: XsdValidator;
  readonly ours: XsdValidator;
  readonly model: SchemaModel;
  /** Our schema's structure, read the same way: its extra elements and codes become mutants too. */
  readonly oursModel: SchemaModel;
  /** The example to seed with (for derived targets: the iJw example in iWmo namespaces). */
  readonly example: Node;
}

const xsdDir = (std: Std): string => path.join(REFERENCE_DIR, std, '3.2', 'xsd');
const voorbeeldDir = (std: Std): string => path.join(REFERENCE_DIR, std, '3.2', 'voorbeelden');

/** The example file of a message type (`JW315.ongeldig-datum.xml` counts for JW315). */
export function voorbeeldBestand(std: Std, nummer: Nummer): string | undefined {
  const naam = naamVan(std, nummer);
  const file = fs.readdirSync(voorbeeldDir(std)).find((f) => f === `${naam}.xml` || f.startsWith(`${naam}.`));
  return file && path.join(voorbeeldDir(std), file);
}

export const hasPublishedReference = (std: Std, nummer: Nummer): boolean =>
  fs.existsSync(path.join(xsdDir(std), `${naamVan(std, nummer)}.xsd`));

/** iWmo BerichtCodes from the standard's COD002 list (`| WMO302 | 415 |`). */
function iwmoBerichtcodes(): Map<string, string> {
  const text = fs.readFileSync(path.join(REFERENCE_DIR, 'codelijsten', 'iwmo_codelijst_COD002VEKTIS_Berichtcode.md'), 'utf8');
  return new Map([...text.matchAll(/^\| (WMO\d{3}) \| (\d{3}) \|$/gm)].map((m) => [m[1]!, m[2]!]));
}

const IJW_NS = 'http://www.istandaarden.nl/ijw/3_2/';
const IWMO_NS = 'http://www.istandaarden.nl/iwmo/3_2/';

/** iJw namespaces and message prefixes to iWmo ones (`jw302` → `wmo302`; the `ijw` prefix may stay). */
export const naarIwmo = (s: string): string => s.replaceAll(IJW_NS, IWMO_NS).replace(/\bjw(\d{3})\b/g, 'wmo$1');

const simpleTypeBlock = (xsd: string, name: string): string => {
  const m = new RegExp(`<xs:simpleType name="${name}">[\\s\\S]*?</xs:simpleType>`).exec(xsd);
  if (!m) throw new Error(`no simpleType ${name}`);
  return m[0];
};

/** Elements of the iJw heen message that its iWmo counterpart lacks, per complex type. */
function missingInIwmo(heen: Nummer): Array<[type: string, element: string]> {
  const jw = complexTypes(readSchema(xsdDir('ijw'), `JW${heen}.xsd`));
  const wmo = complexTypes(readSchema(xsdDir('iwmo'), `WMO${heen}.xsd`));
  const out: Array<[string, string]> = [];
  for (const [name, t] of jw) {
    const there = wmo.get(name);
    const names = new Set(there?.elements.map((e) => e.name) ?? []);
    if (there) for (const e of t.elements) if (!names.has(e.name)) out.push([name, e.name]);
  }
  for (const [name, t] of wmo) {
    const jwNames = new Set(jw.get(name)?.elements.map((e) => e.name) ?? []);
    for (const e of t.elements) {
      if (!jwNames.has(e.name)) throw new Error(`WMO${heen} has ${name}/${e.name} that JW${heen} lacks: cannot derive its retour`);
    }
  }
  return out;
}

export interface DerivedRetours {
  readonly schemas: SchemaSet;
  readonly models: ReadonlyMap<Nummer, SchemaModel>;
  /** What was left out of each derived retour, `Client/GezagsdragerBekend`. */
  readonly removed: ReadonlyMap<Nummer, readonly string[]>;
  /** Where the files were written (and removed again). */
  readonly tmpDir: string;
}

/** Derives the iWmo retour schemas from the iJw ones; the files live only while they are read. */
export function deriveIwmoRetours(): DerivedRetours {
  const codes = iwmoBerichtcodes();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iwj-conformance-'));
  const out = path.join(dir, 'iwmo', '3.2');
  fs.mkdirSync(out, { recursive: true });
  try {
    const jwBasis = fs.readFileSync(path.join(xsdDir('ijw'), 'basisschema.xsd'), 'utf8');
    const wmoBasis = fs.readFileSync(path.join(xsdDir('iwmo'), 'basisschema.xsd'), 'utf8');
    let basis = naarIwmo(jwBasis);
    for (const lijst of ['LDT_ProductCategorie', 'LDT_RedenBeeindiging']) {
      const iwmoLijst = naarIwmo(simpleTypeBlock(wmoBasis, lijst)).replaceAll('iwmo:', 'ijw:');
      basis = basis.replace(simpleTypeBlock(basis, lijst), () => iwmoLijst);
    }
    fs.writeFileSync(path.join(out, 'basisschema.xsd'), basis);

    const removed = new Map<Nummer, string[]>();
    for (const [nummer, heen] of Object.entries(HEEN) as Array<[Nummer, Nummer]>) {
      const code = codes.get(`WMO${nummer}`);
      if (!code) throw new Error(`no iWmo BerichtCode for WMO${nummer}`);
      const jw = fs.readFileSync(path.join(xsdDir('ijw'), `JW${nummer}.xsd`), 'utf8');
      const withCode = naarIwmo(jw).replace(
        /(<xs:element name="BerichtCode">[\s\S]*?<xs:pattern value=")\d+(")/,
        `$1${code}$2`,
      );
      const doc = XmlDocument.fromString(withCode);
      try {
        const gone: string[] = [];
        for (const [type, element] of missingInIwmo(heen)) {
          const found = doc.find(
            `/xs:schema/xs:complexType[@name='${type}']/xs:sequence/xs:element[@name='${element}']`,
            { xs: 'http://www.w3.org/2001/XMLSchema' },
          );
          if (found.length !== 1) throw new Error(`JW${nummer}: ${type}/${element} found ${found.length} times`);
          found[0]!.remove();
          gone.push(`${type}/${element}`);
        }
        removed.set(nummer, gone);
        fs.writeFileSync(path.join(out, `WMO${nummer}.xsd`), doc.toString());
      } finally {
        doc.dispose();
      }
    }
    const schemas = new SchemaSet(dir);
    const models = new Map<Nummer, SchemaModel>();
    for (const nummer of Object.keys(HEEN) as Nummer[]) models.set(nummer, readSchema(out, `WMO${nummer}.xsd`));
    return { schemas, models, removed, tmpDir: dir };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Renames the namespaces of an example tree (for the iWmo retours, seeded from the iJw example). */
function renameNamespaces(n: Node, rename: (ns: string) => string): Node {
  return { ...n, ns: rename(n.ns), children: n.children.map((c) => renameNamespaces(c, rename)) };
}

let cached: { targets: Target[]; derived: DerivedRetours } | undefined;

/** All 28 message types: 21 with a published reference, 7 iWmo retours with a derived one. */
export function conformance(): { targets: Target[]; derived: DerivedRetours } {
  if (cached) return cached;
  const published = new SchemaSet(REFERENCE_DIR);
  const ours = projectSchemas();
  const derived = deriveIwmoRetours();
  const targets: Target[] = [];
  for (const std of ['iwmo', 'ijw'] as const) {
    for (const nummer of NUMMERS) {
      const naam = naamVan(std, nummer);
      const isPublished = hasPublishedReference(std, nummer);
      let example: Node;
      if (isPublished) {
        example = treeFromBytes(fs.readFileSync(voorbeeldBestand(std, nummer)!));
      } else {
        const jw = voorbeeldBestand('ijw', nummer);
        if (!jw) throw new Error(`no example to derive ${naam} from`);
        example = renameNamespaces(treeFromBytes(fs.readFileSync(jw)), naarIwmo);
      }
      const referencePath = isPublished ? `${std}/3.2/xsd/${naam}.xsd` : `iwmo/3.2/${naam}.xsd`;
      const referenceSet = isPublished ? published : derived.schemas;
      targets.push({
        naam,
        std,
        nummer,
        derived: !isPublished,
        // Compiled on first use: a test file compiles only the schemas it validates against.
        get reference() {
          return referenceSet.validator(referencePath);
        },
        get ours() {
          return ours.validator(`${std}/3.2/${naam}.xsd`);
        },
        model: isPublished ? readSchema(xsdDir(std), `${naam}.xsd`) : derived.models.get(nummer)!,
        oursModel: readSchema(path.join(PROJECT_SCHEMA_DIR, std, '3.2'), `${naam}.xsd`),
        example,
      });
    }
  }
  cached = { targets, derived };
  return cached;
}

/** The element names of every message of both standards. */
export function elementNames(models: readonly SchemaModel[]): string[] {
  const names = new Set<string>();
  for (const m of models) {
    names.add(m.root.name);
    for (const t of complexTypes(m).values()) for (const e of t.elements) names.add(e.name);
  }
  return [...names].sort();
}

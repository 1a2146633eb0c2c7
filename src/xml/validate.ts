/**
 * Well-formedness (stage `xml`) and schema validation (stage `xsd`) with libxml2 (wasm). Schemas
 * are compiled once per message type and kept; a document is parsed once and validated.
 *
 * Hostile input is refused before libxml2 sees it: a DOCTYPE (entity expansion, external entities)
 * is never accepted, and the parser runs without network, DTD loading or entity substitution.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ParseOption,
  XmlBufferInputProvider,
  XmlDocument,
  XmlLibError,
  xmlRegisterInputProvider,
  XsdValidator,
  type ErrorDetail,
} from 'libxml2-wasm';
import type { Finding } from '../finding.js';
import { xmlMelding, xsdMelding } from './meldingen.js';

/** How every message is parsed: no network, no external entities. */
export const PARSE_OPTIONS = ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE;

/** Where the project's own schemas live: `<package>/schemas`. */
export const PROJECT_SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

let providerCounter = 0;

/**
 * One in-memory input provider for every schema set: libxml2 keeps only a handful of registered
 * providers, so each set adds its files to this one under a prefix of its own.
 */
let sharedProvider: XmlBufferInputProvider | undefined;

function provider(): XmlBufferInputProvider {
  if (!sharedProvider) {
    sharedProvider = new XmlBufferInputProvider({});
    if (!xmlRegisterInputProvider(sharedProvider)) throw new Error('libxml2 refused the schema input provider');
  }
  return sharedProvider;
}

/**
 * A set of schema files (a directory tree like `schemas/`), served to libxml2 from memory so that
 * imports resolve without file-system access, with one compiled validator per schema file.
 */
export class SchemaSet {
  private readonly prefix: string;
  private readonly validators = new Map<string, XsdValidator>();

  constructor(private readonly dir: string) {
    this.prefix = `/iwj-schemaset-${++providerCounter}/`;
    const files: Record<string, Uint8Array> = {};
    const walk = (rel: string): void => {
      for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
        const r = path.posix.join(rel, entry.name);
        if (entry.isDirectory()) walk(r);
        else if (entry.name.endsWith('.xsd')) files[this.prefix + r] = fs.readFileSync(path.join(dir, r));
      }
    };
    walk('');
    for (const [name, bytes] of Object.entries(files)) provider().addBuffer(name, bytes);
    this.files = files;
  }

  private readonly files: Record<string, Uint8Array>;

  /** The compiled validator for a schema file relative to the set's root, e.g. `ijw/3.2/JW323.xsd`. */
  validator(relativePath: string): XsdValidator {
    let v = this.validators.get(relativePath);
    if (!v) {
      const url = this.prefix + relativePath;
      const bytes = this.files[url];
      if (!bytes) throw new Error(`no schema ${relativePath} in ${this.dir}`);
      const doc = XmlDocument.fromBuffer(bytes, { url });
      try {
        v = XsdValidator.fromDoc(doc);
      } finally {
        doc.dispose();
      }
      this.validators.set(relativePath, v);
    }
    return v;
  }

  has(relativePath: string): boolean {
    return this.prefix + relativePath in this.files;
  }
}

let projectSchemaSet: SchemaSet | undefined;

/** The project's own schemas, loaded on first use. */
export function projectSchemas(): SchemaSet {
  projectSchemaSet ??= new SchemaSet(PROJECT_SCHEMA_DIR);
  return projectSchemaSet;
}

const xpathToPath = (xpath: string | undefined): string =>
  xpath ? xpath.replace(/\/[A-Za-z0-9_.-]+:/g, '/') : '/';

function details(e: unknown): ErrorDetail[] {
  return e instanceof XmlLibError ? e.details : [{ message: String(e), level: 3, line: 0, col: 0 }];
}

/** First line of the document, for errors that have no better place. */
const ROOT = '/';

export type XmlReadResult =
  | { readonly ok: true; readonly doc: XmlDocument }
  | { readonly ok: false; readonly findings: Finding[] };

/**
 * Parses bytes that already passed the prolog checks (`inspectProlog`). The caller disposes the
 * document.
 */
export function parseXml(bytes: Uint8Array): XmlReadResult {
  try {
    return { ok: true, doc: XmlDocument.fromBuffer(bytes, { option: PARSE_OPTIONS }) };
  } catch (e) {
    const list = details(e).filter((d) => d.level >= 2);
    const first = list[0] ?? { message: String(e), line: 0, col: 0, level: 3 };
    return {
      ok: false,
      findings: [{ rule: 'XML', path: ROOT, line: first.line || undefined, message: xmlMelding(first.message) }],
    };
  }
}

/** Validates a parsed document against a compiled schema; an empty list means valid. */
export function validateAgainstSchema(doc: XmlDocument, validator: XsdValidator): Finding[] {
  try {
    validator.validate(doc);
    return [];
  } catch (e) {
    return details(e)
      .filter((d) => d.level >= 2)
      .map((d) => ({ rule: 'XSD', path: xpathToPath(d.xpath), line: d.line || undefined, message: xsdMelding(d.message) }));
  }
}

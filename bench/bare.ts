/**
 * The yardstick of the benchmarks: bare libxml2-wasm validation of the same bytes — parse, validate
 * against the compiled schema of the message's type, free the document; nothing else. The schema of
 * each message is looked up once, before anything is timed.
 */
import os from 'node:os';
import { XmlDocument, type XsdValidator } from 'libxml2-wasm';
import { berichttypVoorNamespace } from '../src/standard/catalogue.js';
import { schemaPath } from '../src/validate/check.js';
import { PARSE_OPTIONS, projectSchemas } from '../src/xml/validate.js';

export interface BareCorpus {
  readonly bytes: readonly Uint8Array[];
  /** The compiled schema per message; null for a message that is no XML or of no type we know. */
  readonly validators: readonly (XsdValidator | null)[];
  /** Message type per message (`WMO323`), or `?`. */
  readonly typen: readonly string[];
}

/** Finds each message's compiled schema (and type), before anything is timed. */
export function prepareBare(bytes: readonly Uint8Array[]): BareCorpus {
  const schemas = projectSchemas();
  const validators: (XsdValidator | null)[] = [];
  const typen: string[] = [];
  for (const b of bytes) {
    let doc: XmlDocument | undefined;
    try {
      doc = XmlDocument.fromBuffer(b, { option: PARSE_OPTIONS });
      const t = berichttypVoorNamespace(doc.root.namespaceUri);
      validators.push(t ? schemas.validator(schemaPath(t)) : null);
      typen.push(t?.naam ?? '?');
    } catch {
      validators.push(null);
      typen.push('?');
    } finally {
      doc?.dispose();
    }
  }
  return { bytes, validators, typen };
}

/**
 * One pass of bare validation over the corpus: parse, validate, free. Returns the milliseconds it took.
 * A message that is not well-formed or not schema-valid costs what libxml2 takes to say so.
 */
export function bareRound(c: BareCorpus): number {
  const start = performance.now();
  for (let i = 0; i < c.bytes.length; i++) {
    let doc: XmlDocument | undefined;
    try {
      doc = XmlDocument.fromBuffer(c.bytes[i]!, { option: PARSE_OPTIONS });
      c.validators[i]?.validate(doc);
    } catch {
      // invalid: counted all the same
    } finally {
      doc?.dispose();
    }
  }
  return performance.now() - start;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const h = Math.floor(s.length / 2);
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
};

export const perSecond = (n: number, ms: number): number => Math.round((n * 1000) / ms);

/** `12,345`: thousands separated, so the numbers read at a glance. */
export const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/** The machine as the numbers were measured on it (the load says whether others were busy). */
export function machine(): string {
  return `${os.cpus().length} cores, node ${process.version}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;
}

/** `WMO301 18%, WMO305 17%, …`: the mix of a corpus by message type. */
export function mix(typen: readonly string[]): string {
  const n = new Map<string, number>();
  for (const t of typen) n.set(t, (n.get(t) ?? 0) + 1);
  return [...n]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([t, k]) => `${t} ${Math.round((100 * k) / typen.length)}%`)
    .join(', ');
}

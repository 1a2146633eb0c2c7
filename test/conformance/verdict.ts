/**
 * The same bytes, parsed once, validated against our schema and the reference schema.
 */
import type { XsdValidator } from 'libxml2-wasm';
import type { Finding } from '../../src/finding.js';
import { parseXml, validateAgainstSchema } from '../../src/xml/validate.js';

export interface Verdicts {
  readonly ours: readonly Finding[];
  readonly reference: readonly Finding[];
}

export const agree = (v: Verdicts): boolean => (v.ours.length === 0) === (v.reference.length === 0);

export function verdicts(bytes: Uint8Array, ours: XsdValidator, reference: XsdValidator): Verdicts {
  const parsed = parseXml(bytes);
  if (!parsed.ok) throw new Error(`not well-formed: ${parsed.findings[0]?.message}`);
  try {
    return { ours: validateAgainstSchema(parsed.doc, ours), reference: validateAgainstSchema(parsed.doc, reference) };
  } finally {
    parsed.doc.dispose();
  }
}

/**
 * A second opinion on a disputed message from a different validator: Xerces (Java), through
 * `xsd-schema-validator`. It starts a JVM per call (about 5–10 messages/s), so it is never on the
 * hot path: `iwj check --xerces` uses it to cross-check what libxml2 decided.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Berichttype } from '../standard/catalogue.js';
import { PROJECT_SCHEMA_DIR } from './validate.js';

export interface SecondOpinion {
  readonly validator: 'xerces';
  readonly valid: boolean;
  readonly messages: readonly string[];
}

export async function xercesOpinion(bytes: Uint8Array, t: Berichttype): Promise<SecondOpinion> {
  const require = createRequire(import.meta.url);
  const { validateXML } = require('xsd-schema-validator') as typeof import('xsd-schema-validator');
  const xsd = path.join(PROJECT_SCHEMA_DIR, t.standaard.nsNaam, t.standaard.release.naam, `${t.naam}.xsd`);
  try {
    const r = await validateXML(Buffer.from(bytes), xsd);
    return { validator: 'xerces', valid: r.valid, messages: r.messages };
  } catch (e) {
    // The library rejects with the validation messages when the document is invalid.
    const err = e as Error & { messages?: string[] };
    if (Array.isArray(err.messages)) return { validator: 'xerces', valid: false, messages: err.messages };
    throw new Error(`Xerces kon niet worden gestart (is Java geïnstalleerd?): ${err.message}`, { cause: e });
  }
}

/**
 * Imports every register CSV found in a directory (`gemeenten.csv`, `contracten.csv`, ...), each in
 * its own transaction, with the same validation as `iwj import`. For the demo and test set-ups.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/client.js';
import { RegisterRepository } from '../db/repositories/registers.js';
import { isRegisterName, parseRegister } from '../registers/index.js';
import { formatRegisterError } from '../registers/register-error.js';

export interface GeladenRegister {
  readonly register: string;
  readonly rijen: number;
}

export async function laadRegisterMap(database: Database, dir: string, door: string): Promise<GeladenRegister[]> {
  const out: GeladenRegister[] = [];
  for (const file of fs.readdirSync(dir).sort()) {
    const register = file.replace(/\.csv$/i, '');
    if (!file.toLowerCase().endsWith('.csv') || !isRegisterName(register)) continue;
    const bytes = fs.readFileSync(path.join(dir, file));
    const parsed = parseRegister(register, bytes);
    if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.slice(0, 5).map(formatRegisterError).join('; ')}`);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const r = await new RegisterRepository(database.db).replace(parsed.content, { bestand: file, sha256, door });
    out.push({ register, rijen: r.rijen });
  }
  return out;
}

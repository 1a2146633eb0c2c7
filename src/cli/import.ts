/**
 * `iwj import <register> <file.csv> [--door <naam>]`: validates the whole file first; a file with
 * any bad row changes nothing and every bad row is printed (`regel 17, kolom tarief: ...`). A good
 * file replaces the register in one transaction and is recorded (file name, sha256, rows, by whom).
 * Exit code 0 imported, 1 the file has bad rows, 2 usage or I/O errors.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabaseFromEnv } from '../db/client.js';
import { RegisterRepository } from '../db/repositories/registers.js';
import { veiligeFout } from '../log/veilige-fout.js';
import { isRegisterName, parseRegister, REGISTER_NAMES } from '../registers/index.js';
import { formatRegisterError } from '../registers/register-error.js';

export interface ImportCommandOptions {
  /** Who imports; default the OS user. */
  readonly door?: string;
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream;
  readonly env?: NodeJS.ProcessEnv;
}

/** The OS user, or `onbekend` when the system cannot tell. */
export function osUser(env: NodeJS.ProcessEnv = process.env): string {
  try {
    return os.userInfo().username;
  } catch {
    return env['USER'] || env['USERNAME'] || 'onbekend';
  }
}

export async function runImport(register: string, file: string, o: ImportCommandOptions): Promise<number> {
  if (!isRegisterName(register)) {
    o.err.write(`iwj import: onbekend register '${register}'; kies uit: ${REGISTER_NAMES.join(', ')}\n`);
    return 2;
  }
  const door = o.door?.trim() || osUser(o.env);
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'bestaat niet' : code === 'EISDIR' ? 'is een map' : `kan niet worden gelezen (${(e as Error).message})`;
    o.err.write(`iwj import: ${file} ${why}\n`);
    return 2;
  }
  const bestand = path.basename(file);
  const parsed = parseRegister(register, bytes);
  if (!parsed.ok) {
    for (const e of parsed.errors) o.out.write(`${formatRegisterError(e)}\n`);
    const n = parsed.errors.length;
    o.out.write(`${register}: ${bestand} heeft ${n} fout${n === 1 ? '' : 'en'}; niets geïmporteerd, het register is ongewijzigd.\n`);
    return 1;
  }

  let database;
  try {
    database = await openDatabaseFromEnv(o.env ?? process.env);
  } catch (e) {
    o.err.write(`iwj import: de database kan niet worden geopend: ${(e as Error).message}\n`);
    return 2;
  }
  try {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const r = await new RegisterRepository(database.db).replace(parsed.content, { bestand, sha256, door });
    o.out.write(`${register}: ${r.rijen} ${r.rijen === 1 ? 'rij' : 'rijen'} geïmporteerd uit ${bestand} (vervangt ${r.vervangen})\n`);
    return 0;
  } catch (e) {
    // Never the failed query's parameters (the woonplaats register holds BSNs): the safe sentence.
    o.err.write(`iwj import: importeren in ${database.where} is mislukt, het register is ongewijzigd: ${veiligeFout(e).melding}\n`);
    return 2;
  } finally {
    await database.close();
  }
}

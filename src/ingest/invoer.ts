/**
 * What a delivery holds: files, directories (recursively: `.xml` and `.zip`) and zips expanded into
 * their entries. Every part is either message bytes or a refusal with its reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isZip, leesZip, STANDAARD_ZIP_LIMIETEN, type ZipLimieten } from './zip.js';

export type Invoer =
  | { readonly naam: string; readonly bytes: Buffer; readonly zip?: string }
  | { readonly naam: string; readonly weigering: string; readonly zip?: string };

export interface Container {
  readonly naam: string;
  readonly bytes: Buffer;
  readonly onderdelen: Invoer[];
}

/** One delivered file: a message, or a zip whose entries are the messages. */
export async function leesBestand(naam: string, bytes: Buffer, limieten: ZipLimieten = STANDAARD_ZIP_LIMIETEN): Promise<Container | Invoer> {
  if (!isZip(bytes)) return { naam, bytes };
  const onderdelen = (await leesZip(bytes, limieten)).map((o) => ({ ...o, naam: `${naam}!/${o.naam}`, zip: naam }));
  return { naam, bytes, onderdelen };
}

async function* wandel(dir: string): AsyncGenerator<string> {
  const entries = (await fs.promises.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* wandel(full);
    else if (e.isFile() && /\.(xml|zip)$/i.test(e.name)) yield full;
  }
}

/** Every file under the given paths (`.xml` and `.zip` in directories; any file named explicitly). */
export async function* bestandenIn(paths: readonly string[], onMissing: (p: string) => void): AsyncGenerator<string> {
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(p);
    } catch {
      onMissing(p);
      continue;
    }
    if (stat.isDirectory()) yield* wandel(p);
    else yield p;
  }
}

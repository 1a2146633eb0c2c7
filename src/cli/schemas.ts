/**
 * `iwj schemas [--write]`: regenerates `schemas/` and `src/standard/berichten.generated.ts` from the
 * model. Without `--write` it only reports whether the committed files are up to date (exit 1 if not).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { alleStandaarden } from '../standard/standaard.js';
import { generateTypes } from '../standard/types-generate.js';
import { schemabestanden } from '../xml/xsd-generate.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every generated file, by its path relative to the project root. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const s of alleStandaarden) {
    for (const [name, content] of schemabestanden(s)) files.set(`schemas/${s.nsNaam}/${s.release.naam}/${name}`, content);
  }
  files.set('src/standard/berichten.generated.ts', generateTypes());
  return files;
}

export function runSchemas(write: boolean, out: NodeJS.WritableStream): number {
  let stale = 0;
  for (const [rel, content] of generatedFiles()) {
    const file = path.join(ROOT, rel);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (current === content) continue;
    stale++;
    if (write) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
      out.write(`geschreven: ${rel}\n`);
    } else {
      out.write(`verouderd: ${rel}\n`);
    }
  }
  if (!write && stale > 0) return 1;
  out.write(stale === 0 ? 'schemas en typen zijn actueel\n' : `${stale} bestanden bijgewerkt\n`);
  return 0;
}

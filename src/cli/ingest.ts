/**
 * `iwj ingest [--json] <file|dir|zip>...`: stores, checks, controls, decides and answers a delivery
 * in the order the standard implies, against the database (`DATABASE_URL`, else embedded PGlite under
 * `./data/`). Each zip is a batch of its own; loose files together form one batch.
 */
import fs from 'node:fs';
import { openDatabase, type Database } from '../db/client.js';
import { bestandenIn, leesBestand, type Container, type Invoer } from '../ingest/invoer.js';
import { configFromEnv, eigenGemeenten, vandaagInNederland, type Config } from '../pipeline/config.js';
import { ontvang, verwerk } from '../pipeline/inline.js';
import type { StageDeps } from '../pipeline/stages.js';
import { berichtUitkomsten, type BerichtUitkomst } from '../pipeline/uitkomst.js';
import { Progress } from './progress.js';

export async function stageDeps(config: Config, database: Database): Promise<StageDeps> {
  return {
    database,
    eigenGemeenten: await eigenGemeenten(config, database),
    vandaag: config.vandaag ?? vandaagInNederland(),
    outboxDir: config.outboxDir,
  };
}

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: `${config.dataDir}/pglite` });
}

export interface IngestCommandOptions {
  readonly json: boolean;
  /** An open database to use (and leave open); otherwise the configured one is opened and closed. */
  readonly database?: Database;
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream & { isTTY?: boolean };
}

function samenvatting(uitkomsten: readonly BerichtUitkomst[], weigeringen: number): string {
  const perType = new Map<string, { ok: number; afgekeurd: number }>();
  const codes = new Map<string, number>();
  for (const u of uitkomsten) {
    const key = u.messageType ?? 'onbekend';
    const t = perType.get(key) ?? { ok: 0, afgekeurd: 0 };
    if (u.afgekeurd) t.afgekeurd++;
    else t.ok++;
    perType.set(key, t);
    for (const c of u.retourcodes) codes.set(c, (codes.get(c) ?? 0) + 1);
  }
  const lines = [`${uitkomsten.length} berichten verwerkt${weigeringen ? `, ${weigeringen} onderdelen geweigerd` : ''}`];
  for (const [type, t] of [...perType].sort()) lines.push(`  ${type.padEnd(10)} ${String(t.ok).padStart(6)} geaccepteerd ${String(t.afgekeurd).padStart(6)} (deels) afgekeurd`);
  if (codes.size > 0) {
    lines.push('  retourcodes:');
    for (const [c, n] of [...codes].sort()) lines.push(`    ${c}  ${n}×`);
  }
  const herhalingen = uitkomsten.filter((u) => u.herhaling).length;
  if (herhalingen) lines.push(`  ${herhalingen} berichten waren al eerder ontvangen (byte-identiek) en zijn niet opnieuw opgeslagen`);
  return lines.join('\n');
}

export async function runIngest(paths: readonly string[], o: IngestCommandOptions): Promise<number> {
  const config = configFromEnv();
  let ioError = false;
  const losse: Invoer[] = [];
  const containers: Container[] = [];
  for await (const file of bestandenIn(paths, (p) => {
    ioError = true;
    o.err.write(`iwj ingest: ${p} bestaat niet of is niet leesbaar\n`);
  })) {
    try {
      const gelezen = await leesBestand(file, await fs.promises.readFile(file));
      if ('onderdelen' in gelezen) containers.push(gelezen);
      else losse.push(gelezen);
    } catch (e) {
      ioError = true;
      o.err.write(`iwj ingest: ${file} kan niet worden gelezen: ${(e as Error).message}\n`);
    }
  }
  const database = o.database ?? (await openConfiguredDatabase(config));
  try {
    const deps = await stageDeps(config, database);
    const progress = new Progress(o.err);
    const ontvangen = [];
    if (losse.length > 0) ontvangen.push(await ontvang(deps, { bron: 'cli' }, losse));
    for (const c of containers) ontvangen.push(await ontvang(deps, { bron: 'cli', bestandsnaam: c.naam }, c));
    const alle = ontvangen.flatMap((r) => r.berichten);
    await verwerk(deps, alle.map((b) => b.berichtId), (n) => progress.tick(n, 0));
    progress.clear();
    const uitkomsten = await berichtUitkomsten(database, alle);
    const weigeringen = ontvangen.flatMap((r) => r.weigeringen);
    if (o.json) {
      for (const u of uitkomsten) o.out.write(JSON.stringify(u.json) + '\n');
      for (const w of weigeringen) {
        o.out.write(
          JSON.stringify({ file: w.naam, messageType: null, standard: null, release: null, valid: false, stage: 'xml', retourcodes: [], errors: [{ rule: 'XML', path: '/', line: null, message: w.reden }], berichtId: null, retour: null }) + '\n',
        );
      }
    } else {
      for (const w of weigeringen) o.out.write(`✘ ${w.naam}: ${w.reden}\n`);
      o.out.write(samenvatting(uitkomsten, weigeringen.length) + '\n');
    }
    // Rejections are the business of the day, not a failure of the command.
    return ioError ? 2 : 0;
  } finally {
    if (!o.database) await database.close();
  }
}

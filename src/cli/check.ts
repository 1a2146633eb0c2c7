/**
 * `iwj check [--json] <file|dir>...`: checks every `.xml` given (directories recursively) with no
 * database or queue. Streams: files are found and checked one at a time, so a directory of any size
 * runs in bounded memory. Exit code 0 all valid, 1 any invalid, 2 usage or I/O errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../finding.js';
import { checkBericht, type CheckResult } from '../validate/check.js';
import { Progress } from './progress.js';
import { xercesOpinion } from '../xml/second-opinion.js';

export interface CheckLine {
  file: string;
  messageType: string | null;
  standard: 'iWmo' | 'iJw' | null;
  release: string | null;
  valid: boolean;
  stage: CheckResult['stage'];
  retourcodes: string[];
  errors: { rule: string; path: string; line: number | null; message: string }[];
  /** Only with `--xerces`: the second validator's schema verdict and whether it agrees with ours. */
  secondOpinion?: { validator: 'xerces'; valid: boolean; agrees: boolean; messages: string[] };
}

export function toCheckLine(file: string, r: CheckResult): CheckLine {
  return {
    file,
    messageType: r.berichttype?.naam ?? null,
    standard: r.berichttype?.standaard.id ?? null,
    release: r.release ?? null,
    valid: r.valid,
    stage: r.stage,
    retourcodes: [...r.retourcodes],
    errors: r.findings.map((f: Finding) => ({ rule: f.rule, path: f.path, line: f.line ?? null, message: f.message })),
  };
}

/** Every `.xml` under the given paths, in a stable order, without holding a whole tree in memory. */
export async function* xmlFiles(paths: readonly string[], onMissing: (p: string) => void): AsyncGenerator<string> {
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(p);
    } catch {
      onMissing(p);
      continue;
    }
    if (stat.isDirectory()) yield* walk(p);
    else yield p;
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await fs.promises.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.isFile() && e.name.toLowerCase().endsWith('.xml')) yield full;
  }
}

const STAGE_TEXT: Record<CheckResult['stage'], string> = {
  xml: 'geen geldige XML of onbekend bericht',
  xsd: 'voldoet niet aan het XSD-schema',
  regels: 'overtreedt een regel binnen het bericht',
  ok: 'geldig',
};

export function formatReport(file: string, r: CheckResult): string {
  const type = r.berichttype ? `${r.berichttype.naam} (${r.berichttype.standaard.id} ${r.release})` : 'onbekend berichttype';
  const head = `${r.valid ? '✔' : '✘'} ${file}  ${type}  ${STAGE_TEXT[r.stage]}`;
  const lines = r.findings.map(
    (f) => `    ${f.line ? `regel ${f.line}`.padEnd(10) : ''.padEnd(10)}[${f.rule}${f.retourcode ? ` → ${f.retourcode}` : ''}] ${f.path}\n               ${f.message}`,
  );
  return [head, ...lines].join('\n');
}

export interface CheckCommandOptions {
  readonly json: boolean;
  /** Cross-check the schema verdict of every recognised message with Xerces (slow; for disputes). */
  readonly xerces?: boolean;
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream & { isTTY?: boolean };
}

export async function runCheck(paths: readonly string[], o: CheckCommandOptions): Promise<number> {
  let ioError = false;
  let invalid = 0;
  let total = 0;
  const perStage: Record<string, number> = { xml: 0, xsd: 0, regels: 0 };
  const progress = new Progress(o.err);
  for await (const file of xmlFiles(paths, (p) => {
    ioError = true;
    o.err.write(`iwj check: ${p} bestaat niet of is niet leesbaar\n`);
  })) {
    let bytes: Buffer;
    try {
      bytes = await fs.promises.readFile(file);
    } catch (e) {
      ioError = true;
      o.err.write(`iwj check: ${file} kan niet worden gelezen: ${(e as Error).message}\n`);
      continue;
    }
    const r = checkBericht(bytes);
    total++;
    if (!r.valid) {
      invalid++;
      perStage[r.stage] = (perStage[r.stage] ?? 0) + 1;
    }
    progress.clear();
    const line = toCheckLine(file, r);
    if (o.xerces && r.berichttype) {
      const opinion = await xercesOpinion(bytes, r.berichttype);
      const oursSchemaValid = r.stage !== 'xsd';
      line.secondOpinion = { ...opinion, messages: [...opinion.messages], agrees: opinion.valid === oursSchemaValid };
    }
    if (o.json) o.out.write(JSON.stringify(line) + '\n');
    else {
      o.out.write(formatReport(file, r) + '\n');
      if (line.secondOpinion) {
        const so = line.secondOpinion;
        o.out.write(
          `    tweede mening (Xerces): schema ${so.valid ? 'geldig' : 'ongeldig'} — ${so.agrees ? 'eens met libxml2' : 'ONEENS met libxml2'}\n` +
            so.messages.map((m) => `      ${m}\n`).join(''),
        );
      }
    }
    progress.tick(total, invalid);
  }
  progress.clear();
  if (!o.json) {
    o.out.write(
      `\n${total} bericht${total === 1 ? '' : 'en'} gecontroleerd: ${total - invalid} geldig, ${invalid} afgekeurd` +
        ` (xml ${perStage['xml']}, xsd ${perStage['xsd']}, regels ${perStage['regels']})\n`,
    );
  }
  if (ioError) return 2;
  return invalid > 0 ? 1 : 0;
}

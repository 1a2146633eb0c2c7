/**
 * Test data for the backoffice: a generated region run through the pipeline in process, with real
 * rejections, 325s, and prestaties in onderzoek. For the latter the woonplaats register is changed
 * before processing (a client "moved" to the other gemeente from the period of a chosen 323 on), so
 * the woonplaatsbeginsel control (WP001) puts those clients' prestaties in onderzoek.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/db/client.js';
import { ontvang, verwerk } from '../../src/pipeline/inline.js';
import type { StageDeps } from '../../src/pipeline/stages.js';
import { leesBerichten, schrijfRegio, testDeps, type GeschrevenRegio } from '../pipeline/regio.js';

export interface BackofficeRegio {
  readonly regio: GeschrevenRegio;
  readonly deps: StageDeps;
  readonly berichtIds: readonly number[];
  /** The file of the 323 whose clients moved (it has a rejected prestatie and waits for onderzoek). */
  readonly verhuisd323: string;
}

const dagVoor = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

/** Moves these clients in woonplaats.csv to `naar` from `vanaf` on. */
function verhuis(registers: string, bsns: ReadonlySet<string>, vanaf: string, naar: string): void {
  const file = path.join(registers, 'woonplaats.csv');
  const [kop, ...regels] = fs.readFileSync(file, 'utf8').trim().split('\n');
  const uit: string[] = [kop!];
  for (const r of regels) {
    const [bsn, gemeente, ingang, eind] = r.split(',');
    if (!bsns.has(bsn!) || (eind && eind < vanaf)) {
      uit.push(r);
      continue;
    }
    if (ingang! < vanaf) uit.push([bsn, gemeente, ingang, dagVoor(vanaf)].join(','));
  }
  for (const bsn of bsns) uit.push([bsn, naar, vanaf, ''].join(','));
  fs.writeFileSync(file, `${uit.join('\n')}\n`);
}

export async function maakBackofficeRegio(database: Database, seed = 424242): Promise<BackofficeRegio> {
  const gemeenten = ['0983', '0984'];
  const regio = schrijfRegio({ seed, gemeenten, clientsPerGemeente: 6, months: 4, faultRate: 0.25, year: 2025 });
  // A 323 with a rejected prestatie (a control fault): its clients move to the other gemeente.
  const kandidaat = [...regio.manifest.values()].find((m) => m.type.endsWith('323') && m.fault === 'volume-te-hoog');
  if (!kandidaat) throw new Error('the generated region has no 323 with a volume fault; pick another seed');
  const xml = fs.readFileSync(path.join(regio.dir, kandidaat.file), 'utf8');
  const bsns = new Set([...xml.matchAll(/<(?:\w+:)?Bsn>(\d{9})</g)].map((m) => m[1]!));
  const begin = [...xml.matchAll(/<(?:\w+:)?Begindatum>(\d{4}-\d{2}-\d{2})</g)].map((m) => m[1]!).sort()[0]!;
  const naar = gemeenten.find((g) => g !== kandidaat.ontvanger)!;
  verhuis(path.join(regio.dir, 'registers'), bsns, begin, naar);

  const deps = await testDeps(database, regio, gemeenten);
  const o = await ontvang(deps, { bron: 'cli' }, leesBerichten(regio.berichtenDir));
  const berichtIds = o.berichten.map((b) => b.berichtId);
  await verwerk(deps, berichtIds);
  return { regio, deps, berichtIds, verhuisd323: path.basename(kandidaat.file) };
}

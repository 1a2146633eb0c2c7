/**
 * `iwj kpi <refresh|show|export|log>`: the contract-management figures from the command line.
 *
 *   iwj kpi refresh [--peildatum JJJJ-MM-DD] [--json]     recompute every figure as of the peildatum
 *                                                         (default today) and keep the snapshot
 *   iwj kpi show [kengetal] [--json] [filters]           the figures of a snapshot (without a kengetal:
 *                                                         every figure in total)
 *   iwj kpi export <kengetal> [--komma] [--uit bestand] [filters]
 *                                                         CSV for Excel (UTF-8 with BOM; --komma: `;` and
 *                                                         decimal comma)
 *   iwj kpi log [--json]                                  the recent refreshes
 *
 * Filters: --peildatum, --per a,b (peildatum, gemeente, aanbieder, segment, perceel, productcategorie,
 * productcode, maand, reden; `totaal` for one row), --van/--tot (with --per peildatum), --gemeente,
 * --aanbieder, --segment, --perceel, --productcategorie, --productcode (repeatable or comma
 * separated), --afrekening geheel|buiten-band, --limiet N.
 * Every show and export is written to the audit log. Exit code 0 done, 1 no snapshot, 2 usage.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Database } from '../db/client.js';
import { KpiRepository } from '../db/repositories/kpi.js';
import { RegisterRepository } from '../db/repositories/registers.js';
import { ToegangRepository } from '../db/repositories/toegang.js';
import { naarCsv } from '../kpi/csv.js';
import { GeenSnapshot, kpiFiguur, type KpiAntwoord } from '../kpi/figuren.js';
import { kolommenVoor } from '../kpi/kolommen.js';
import { tekstTabel } from '../kpi/tabel.js';
import { FIGUREN, FIGUUR_OMSCHRIJVING, KpiVraagFout, leesDatum, leesVraag, type RuweVraag } from '../kpi/vraag.js';
import { configFromEnv, vandaagInNederland } from '../pipeline/config.js';
import { osUser } from './import.js';
import { openConfiguredDatabase } from './ingest.js';

export interface KpiCommandOptions {
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream;
  readonly env?: NodeJS.ProcessEnv;
}

const FILTER_OPTIES = {
  peildatum: { type: 'string' },
  van: { type: 'string' },
  tot: { type: 'string' },
  per: { type: 'string', multiple: true },
  gemeente: { type: 'string', multiple: true },
  aanbieder: { type: 'string', multiple: true },
  segment: { type: 'string', multiple: true },
  perceel: { type: 'string', multiple: true },
  productcategorie: { type: 'string', multiple: true },
  productcode: { type: 'string', multiple: true },
  afrekening: { type: 'string' },
  limiet: { type: 'string' },
} as const;

export const KPI_USAGE = `gebruik: iwj kpi refresh [--peildatum JJJJ-MM-DD] [--json]
       iwj kpi show [kengetal] [--json] [filters]
       iwj kpi export <kengetal> [--komma] [--uit bestand.csv] [filters]
       iwj kpi log [--json]

kengetallen: ${FIGUREN.join(', ')}
filters: --peildatum D, --per a,b (of totaal), --van D --tot D (met --per peildatum), --gemeente,
         --aanbieder, --segment, --perceel, --productcategorie, --productcode, --afrekening
         geheel|buiten-band, --limiet N
`;

function ruweVraag(values: Record<string, string | boolean | (string | boolean)[] | undefined>): RuweVraag {
  const r: Record<string, string | string[]> = {};
  for (const k of Object.keys(FILTER_OPTIES)) {
    const v = values[k];
    if (typeof v === 'string') r[k] = v;
    else if (Array.isArray(v)) r[k] = v.map(String);
  }
  return r as RuweVraag;
}

async function metDatabase<T>(o: KpiCommandOptions, fn: (d: Database) => Promise<T>): Promise<T> {
  const database = await openConfiguredDatabase(configFromEnv(o.env ?? process.env));
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

function wie(o: KpiCommandOptions): string {
  return `cli:${osUser(o.env)}`;
}

async function vraagFiguur(database: Database, figuur: string, ruw: RuweVraag): Promise<KpiAntwoord> {
  const vraag = leesVraag(figuur, ruw);
  return kpiFiguur(new KpiRepository(database.db), vraag, new RegisterRepository(database.db));
}

export async function runKpi(args: readonly string[], o: KpiCommandOptions): Promise<number> {
  const [sub, ...rest] = args;
  try {
    switch (sub) {
      case 'refresh':
        return await refresh(rest, o);
      case 'show':
        return await show(rest, o);
      case 'export':
        return await exporteer(rest, o);
      case 'log':
        return await log(rest, o);
      default:
        o.err.write(sub === undefined ? KPI_USAGE : `iwj kpi: onbekende opdracht '${sub}'\n\n${KPI_USAGE}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof KpiVraagFout) {
      o.err.write(`iwj kpi: ${e.message}\n`);
      return 2;
    }
    if (e instanceof GeenSnapshot) {
      o.err.write(`iwj kpi: ${e.message}\n`);
      return 1;
    }
    if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
      o.err.write(`iwj kpi: ${e.message}\n\n${KPI_USAGE}`);
      return 2;
    }
    throw e;
  }
}

async function refresh(args: readonly string[], o: KpiCommandOptions): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: { peildatum: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const config = configFromEnv(o.env ?? process.env);
  const peildatum = values.peildatum ?? config.vandaag ?? vandaagInNederland();
  leesDatum('Peildatum', peildatum);
  return metDatabase(o, async (database) => {
    const r = await new KpiRepository(database.db).ververs({ peildatum, door: wie(o) });
    if (values.json) {
      o.out.write(`${JSON.stringify(r)}\n`);
    } else {
      o.out.write(
        `kengetallen ververst op peildatum ${r.peildatum} in ${(r.duurMs / 1000).toFixed(1)} s: ` +
          `${r.trajecten} trajecten en ${r.prestaties} prestaties gelezen, ${r.rijen} rijen in de momentopname` +
          (r.opgeruimd.length > 0 ? `; ${r.opgeruimd.length} oudere momentopnamen opgeruimd` : '') +
          '\n',
      );
    }
    return 0;
  });
}

async function show(args: readonly string[], o: KpiCommandOptions): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { ...FILTER_OPTIES, json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length > 1) throw new KpiVraagFout('Geef hooguit één kengetal.');
  const ruw = ruweVraag(values);
  const figuren: readonly string[] = positionals.length === 1 ? positionals : FIGUREN.filter((f) => f !== 'wachtlijst-langst');
  return metDatabase(o, async (database) => {
    const antwoorden: KpiAntwoord[] = [];
    for (const f of figuren) {
      // The overview: every figure in total (instroom/uitstroom per month) unless grouped otherwise.
      const r = positionals.length === 0 && ruw.per === undefined && f !== 'stroom' ? { ...ruw, per: 'totaal' } : ruw;
      antwoorden.push(await vraagFiguur(database, f, r));
    }
    await new ToegangRepository(database.db).audit({
      wie: wie(o),
      actie: 'bekeken',
      onderwerp: 'kpi',
      onderwerpId: figuren.length === 1 ? figuren[0] : 'overzicht',
      details: { peildata: antwoorden[0]?.peildata, filter: ruw },
    });
    if (values.json) {
      const uit = antwoorden.map((a) => ({ ...a, kolommen: kolommenVoor(a.figuur, a.per) }));
      o.out.write(`${JSON.stringify(positionals.length === 1 ? uit[0] : uit, null, 2)}\n`);
      return 0;
    }
    for (const a of antwoorden) {
      o.out.write(`${FIGUUR_OMSCHRIJVING[a.figuur]} — peildatum ${a.peildata.join(', ')}\n`);
      o.out.write(tekstTabel(kolommenVoor(a.figuur, a.per), a.rijen));
      o.out.write('\n');
    }
    return 0;
  });
}

async function exporteer(args: readonly string[], o: KpiCommandOptions): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { ...FILTER_OPTIES, komma: { type: 'boolean', default: false }, uit: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new KpiVraagFout(`Geef één kengetal: ${FIGUREN.join(', ')}.`);
  const figuur = positionals[0]!;
  const ruw = ruweVraag(values);
  return metDatabase(o, async (database) => {
    const a = await vraagFiguur(database, figuur, ruw);
    const csv = naarCsv(kolommenVoor(a.figuur, a.per), a.rijen, { komma: values.komma ?? false });
    await new ToegangRepository(database.db).audit({
      wie: wie(o),
      actie: 'geexporteerd',
      onderwerp: 'kpi',
      onderwerpId: a.figuur,
      details: { peildata: a.peildata, per: a.per, filter: ruw, formaat: 'csv', rijen: a.rijen.length },
    });
    if (values.uit) {
      fs.writeFileSync(values.uit, csv);
      o.err.write(`${a.rijen.length} rijen geschreven naar ${values.uit}\n`);
    } else {
      o.out.write(csv);
    }
    return 0;
  });
}

async function log(args: readonly string[], o: KpiCommandOptions): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: { json: { type: 'boolean', default: false } } });
  return metDatabase(o, async (database) => {
    const rijen = await new KpiRepository(database.db).refreshes(20);
    if (values.json) {
      o.out.write(`${JSON.stringify(rijen)}\n`);
      return 0;
    }
    for (const r of rijen) {
      o.out.write(
        `${String(r.id).padStart(5)}  ${r.peildatum}  ${r.status.padEnd(9)}  ${r.gestartOp.toISOString()}  ` +
          `${r.duurMs === null ? '' : `${(r.duurMs / 1000).toFixed(1)} s`.padStart(8)}  ${r.rijen ?? ''} rijen  ${r.door}${r.fout ? `  ${r.fout}` : ''}\n`,
      );
    }
    return 0;
  });
}


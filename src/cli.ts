/**
 * The command line: `iwj <command> ...`. Each command lives in `src/cli/<command>.ts`; this file only
 * dispatches and owns the usage text.
 */
import { parseArgs } from 'node:util';

const USAGE = `gebruik: iwj <opdracht> [opties]

  check [--json] [--xerces] <bestand|map>...
                                    controleer berichten (xml, xsd, regels binnen het bericht);
                                    --xerces laat Xerces (Java) het schema-oordeel nog eens geven
  ingest [--json] <bestand|map|zip>...
                                    verwerk berichten: opslaan, controleren, beslissen, retour maken
                                    (database: DATABASE_URL, anders ingebed onder ./data/)
  retour <bericht-id>               toon de retour (XML) op een ontvangen bericht, of zeg waarom er
                                    (nog) geen is
  import <register> <bestand.csv> [--door <naam>]
                                    vervang een register (gemeenten, aanbieders, contracten,
                                    productcodes, woonplaats, budgetafspraken) door een CSV-bestand
  work [--queues validate,control,decide,retour,kpi] [--concurrency N]
                                    een worker: verwerkt de wachtrijen (REDIS_URL, DATABASE_URL)
  schemas [--write]                 schrijf schemas/ en de berichttypen opnieuw uit het model
  docs [--write]                    werk de gegenereerde delen van README.md bij (regeltabel)
  generate --out <map> [--seed N] [--clients N] [--months N] [--faults 0.05]
                                    genereer berichtenverkeer van de regio Noord-Limburg (registers,
                                    berichten, manifest); ook --year, --start-month, --gemeenten, --standards
  serve                             de API (POST /api/v1/batches, /api/v1/ggk) en de inbox-map;
                                    PORT (8080), IWJ_INBOX (./inbox), DATABASE_URL
  sleutel maak <naam> [--rechten aanleveren,lezen] | lijst | intrekken <id>
                                    API-sleutels van aanleverkanalen
  kpi refresh [--peildatum D] | kpi show [kengetal] [--json] [filters] |
  kpi export <kengetal> [--komma] [--uit bestand] [filters] | kpi log
                                    kengetallen voor contractmanagement: verversen, tonen en als CSV
                                    (Excel) exporteren; zie iwj kpi voor de filters
  user add <gebruikersnaam> --rol <rol> [--rol <rol>] [--naam <naam>]
                                    maak een backoffice-account (rollen: medewerker, contractmanager,
                                    beheerder) met een eenmalig wachtwoord; user reset <naam> geeft
                                    een nieuw eenmalig wachtwoord
  bench [onderdeel]                 meet doorvoer (zie npm run bench)
  start                             de demo: controleer de voorbeeldbatch in fixtures/
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check': {
        const { values, positionals } = parseArgs({
          args: rest,
          options: { json: { type: 'boolean', default: false }, xerces: { type: 'boolean', default: false } },
          allowPositionals: true,
        });
        if (positionals.length === 0) return usage('iwj check: geef een of meer bestanden of mappen');
        const { runCheck } = await import('./cli/check.js');
        return await runCheck(positionals, { json: values.json ?? false, xerces: values.xerces ?? false, out: process.stdout, err: process.stderr });
      }
      case 'ingest': {
        const { values, positionals } = parseArgs({ args: rest, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
        if (positionals.length === 0) return usage('iwj ingest: geef een of meer bestanden, mappen of zips');
        const { runIngest } = await import('./cli/ingest.js');
        return await runIngest(positionals, { json: values.json ?? false, out: process.stdout, err: process.stderr });
      }
      case 'retour': {
        if (rest.length !== 1) return usage('iwj retour: geef het id van één bericht');
        const { runRetour } = await import('./cli/retour.js');
        return await runRetour(rest[0], { out: process.stdout, err: process.stderr });
      }
      case 'import': {
        const { values, positionals } = parseArgs({ args: rest, options: { door: { type: 'string' } }, allowPositionals: true });
        if (positionals.length !== 2) return usage('iwj import: geef een register en een CSV-bestand');
        const { runImport } = await import('./cli/import.js');
        return await runImport(positionals[0]!, positionals[1]!, { door: values.door, out: process.stdout, err: process.stderr });
      }
      case 'work': {
        const { values } = parseArgs({ args: rest, options: { queues: { type: 'string' }, concurrency: { type: 'string' } } });
        const { runWork } = await import('./cli/work.js');
        return await runWork({ queues: values.queues?.split(',').map((q) => q.trim()).filter(Boolean), concurrency: values.concurrency ? Number(values.concurrency) : undefined });
      }
      case 'schemas': {
        const { values } = parseArgs({ args: rest, options: { write: { type: 'boolean', default: false } } });
        const { runSchemas } = await import('./cli/schemas.js');
        return runSchemas(values.write ?? false, process.stdout);
      }
      case 'docs': {
        const { values } = parseArgs({ args: rest, options: { write: { type: 'boolean', default: false } } });
        const { runDocs } = await import('./cli/docs.js');
        return runDocs(values.write ?? false, process.stdout);
      }
      case 'generate': {
        const { runGenerate } = await import('./cli/generate.js');
        return runGenerate(rest, { out: process.stdout, err: process.stderr });
      }
      case 'serve': {
        if (rest.length > 0) return usage('iwj serve: geen argumenten; instellingen gaan via de omgeving (PORT, IWJ_INBOX, ...)');
        const { runServe } = await import('./cli/serve.js');
        return await runServe();
      }
      case 'sleutel': {
        const { runSleutel } = await import('./cli/sleutel.js');
        return await runSleutel(rest, { out: process.stdout, err: process.stderr });
      }
      case 'kpi': {
        const { runKpi } = await import('./cli/kpi.js');
        return await runKpi(rest, { out: process.stdout, err: process.stderr });
      }
      case 'user': {
        const { values, positionals } = parseArgs({
          args: rest,
          options: { rol: { type: 'string', multiple: true }, naam: { type: 'string' } },
          allowPositionals: true,
        });
        const [actie, naam] = positionals;
        if ((actie !== 'add' && actie !== 'reset') || !naam || positionals.length !== 2) return usage('iwj user: gebruik user add <gebruikersnaam> --rol <rol> of user reset <gebruikersnaam>');
        const { runUser } = await import('./cli/user.js');
        return await runUser(actie, naam, { rollen: values.rol ?? [], ...(values.naam ? { naam: values.naam } : {}) }, { out: process.stdout, err: process.stderr });
      }
      case 'bench': {
        const { runBench } = await import('../bench/index.js');
        return await runBench(rest);
      }
      case 'start': {
        const { runStart } = await import('./cli/start.js');
        return await runStart();
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        return usage(`iwj: onbekende opdracht '${command}'`);
    }
  } catch (e) {
    if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) return usage(`iwj: ${e.message}`);
    throw e;
  }
}

function usage(message: string): number {
  process.stderr.write(`${message}\n\n${USAGE}`);
  return 2;
}

/**
 * `npm start`: the demo on embedded defaults, in one process. Loads the demo registers and ingests the
 * demo batch in `fixtures/demo` into the database (`DATABASE_URL`, else embedded PGlite under
 * `./data/`), writes the retours to `./outbox/`, prints what became of every message; then serves the
 * API, the backoffice and the drop folder with the workers in the same process (BullMQ when Redis is
 * reachable, else in process), and prints the URL and, on a fresh database, the administrator's
 * one-time password. `IWJ_GEEN_SERVER=1`: stop after the demo batch.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { configFromEnv } from '../pipeline/config.js';
import { laadRegisterMap } from '../pipeline/registers-laden.js';
import { zorgVoorBeheerder } from './backoffice.js';
import { openConfiguredDatabase, runIngest } from './ingest.js';
import { runServe } from './serve.js';

export async function runStart(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const demo = fileURLToPath(new URL('../../fixtures/demo/', import.meta.url));
  const config = configFromEnv(env);
  const database = await openConfiguredDatabase(config);
  process.stdout.write(`iwj: demo — database ${database.kind} (${database.where}), outbox ${config.outboxDir}\n`);
  for (const r of await laadRegisterMap(database, path.join(demo, 'registers'), 'demo')) {
    process.stdout.write(`  register ${r.register}: ${r.rijen} rijen\n`);
  }
  process.stdout.write(`\niwj: demobatch ${path.join(demo, 'berichten')} verwerken\n\n`);
  const code = await runIngest([path.join(demo, 'berichten')], { json: false, out: process.stdout, err: process.stderr, database });
  if (code === 2 || env['IWJ_GEEN_SERVER'] === '1') {
    await database.close();
    return code;
  }
  const wachtwoord = await zorgVoorBeheerder(database);
  return runServe({
    env: { PORT: '8080', HOST: '127.0.0.1', ...env },
    database,
    werkers: true,
    opGestart: ({ url, verwerking }) => {
      const bekijk = url.replace('0.0.0.0', '127.0.0.1');
      process.stdout.write(`\niwj: backoffice op ${bekijk}/  (API: ${bekijk}/api/v1, verwerking ${verwerking})\n`);
      process.stdout.write(
        wachtwoord
          ? `iwj: meld u aan als 'beheerder' met het eenmalige wachtwoord ${wachtwoord} (wijzig het bij de eerste aanmelding)\n`
          : `iwj: er zijn al accounts; een nieuw eenmalig wachtwoord: iwj user reset <gebruikersnaam>\n`,
      );
      process.stdout.write('iwj: stoppen met Ctrl+C\n');
    },
  });
}

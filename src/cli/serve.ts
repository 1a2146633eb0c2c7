/**
 * `iwj serve`: the HTTP API (batches, GGK envelope, KPIs), the backoffice pages and the drop-folder
 * runner, on the configured database (`DATABASE_URL`, else embedded PGlite under `./data/`).
 * Processing: on the BullMQ queues when Redis is reachable (`REDIS_URL`, default 127.0.0.1:6379) —
 * the workers are `iwj work` processes, or, with `werkers: true` (`npm start`), this process; without
 * Redis (`QUEUE=inline`, or when none answers) the stages run in process, and a log line says so.
 *
 * - `PORT` (8080), `HOST` (0.0.0.0), `LOG_LEVEL` (info)
 * - `IWJ_INBOX` (`./inbox`; `-` for no drop folder), `IWJ_INBOX_RUST_MS` (2000)
 * - `IWJ_GGK_WACHT_MS` (20000): how long the GGK endpoint waits for a retour before answering Bv03
 * - `IWJ_WERKERS=1`: run the queue workers (and the reconciler) in this process too, as `npm start` does
 * - `IWJ_COOKIE_SECURE=true`: backoffice cookies Secure (behind https)
 * - the limits of `src/ingest/limieten.ts` (`IWJ_MAX_BERICHT_MB`, `IWJ_MAX_LEVERING_MB`, ...)
 *
 * Prometheus scrapes `GET /api/v1/metrics` with an API key that has the `metrics` right.
 *
 * SIGTERM/SIGINT: stop taking files and requests, let the requests and jobs in progress finish, close
 * the queues and the database.
 */
import path from 'node:path';
import type { Database } from '../db/client.js';
import { limietenUitEnv } from '../ingest/limieten.js';
import { startMap } from '../ingest/map.js';
import { logOpties } from '../logger.js';
import { ProcesMetrics } from '../metrics/proces.js';
import { veiligeFout } from '../log/veilige-fout.js';
import type { Aanlevering } from '../pipeline/aanlevering.js';
import { configFromEnv, vandaagInNederland } from '../pipeline/config.js';
import { inlineAanlevering } from '../pipeline/inline.js';
import { naBeslissingInProces, naBeslissingViaWachtrij } from '../pipeline/na-beslissing.js';
import { wachtrijAanlevering } from '../pipeline/wachtrij/aanlevering.js';
import { startReconciler } from '../pipeline/wachtrij/reconciler.js';
import { producerVerbinding, redisBereikbaar, STANDAARD_REDIS_URL } from '../pipeline/wachtrij/verbinding.js';
import { Wachtrijen } from '../pipeline/wachtrij/wachtrijen.js';
import { startWerkers, type Werkers } from '../pipeline/wachtrij/werkers.js';
import { buildApp, type App } from '../server/app.js';
import { backoffice } from '../server/backoffice/index.js';
import { batchRoutes } from '../server/batch-routes.js';
import { ggkRoutes } from '../server/ggk-routes.js';
import { kpiRoutes } from '../server/kpi-routes.js';
import { MONITOR_PAD, wachtrijMonitor } from '../server/wachtrij-monitor.js';
import { metricsRoutes } from '../server/metrics-routes.js';
import { openConfiguredDatabase, stageDeps } from './ingest.js';
import { signaal } from './signaal.js';

export interface ServeOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** Run the queue workers in this process too (npm start). */
  readonly werkers?: boolean;
  /** An open database to use (npm start hands over the one the demo was loaded into). */
  readonly database?: Database;
  /** Resolves when the server should stop (default: SIGTERM or SIGINT). */
  readonly stop?: Promise<unknown>;
  /** Called once the server listens. */
  readonly opGestart?: (info: { url: string; app: App; verwerking: string }) => void;
}

export async function runServe(o: ServeOptions = {}): Promise<number> {
  const env = o.env ?? process.env;
  const config = configFromEnv(env);
  const limieten = limietenUitEnv(env);
  const port = Number(env['PORT'] ?? 8080);
  const host = env['HOST'] ?? '0.0.0.0';
  const stop = o.stop ?? signaal();

  const database = o.database ?? (await openConfiguredDatabase(config));
  const deps = await stageDeps(config, database);
  let log: { error: (obj: object, msg: string) => void; warn: (obj: object, msg: string) => void } = {
    error: (obj, msg) => console.error(msg, obj),
    warn: (obj, msg) => console.error(msg, obj),
  };
  const redisUrl = config.redisUrl ?? STANDAARD_REDIS_URL;
  // Embedded PGlite lives in this process: workers elsewhere could not reach it, so queues only help
  // when this process runs the workers too.
  const metWerkers = o.werkers ?? env['IWJ_WERKERS'] === '1';
  const wachtrij = config.queue === 'inline' ? false : config.queue === 'bullmq' ? true : (database.kind === 'postgres' || metWerkers) && (await redisBereikbaar(redisUrl));
  let aanlevering: Aanlevering;
  let wachtrijen: Wachtrijen | undefined;
  let werkers: Werkers | undefined;
  let reconciler: { stop(): Promise<void> } | undefined;
  const proces = new ProcesMetrics();
  if (wachtrij) {
    const verbinding = producerVerbinding(redisUrl);
    verbinding.on('error', () => {});
    wachtrijen = new Wachtrijen(verbinding, config.queuePrefix);
    aanlevering = wachtrijAanlevering(deps, wachtrijen);
    if (metWerkers) {
      werkers = startWerkers(
        { ...deps, wachtrijen },
        {
          redisUrl,
          lockMs: config.lockMs,
          onFout: (stage, job, fout) => {
            proces.onFout(stage);
            log.warn({ stage, job: job?.id, ...veiligeFout(fout) }, 'job mislukt');
          },
          onKlaar: proces.onKlaar,
        },
      );
      reconciler = startReconciler(deps, wachtrijen, { onFout: (e) => log.warn(veiligeFout(e), 'reconciler') });
    }
  } else {
    aanlevering = inlineAanlevering(deps, (e) => log.error(veiligeFout(e), 'verwerking mislukt'));
  }
  const app = await buildApp({
    database,
    logger: logOpties(env),
    bodyLimit: limieten.maxLeveringBytes,
    api: [
      kpiRoutes(database),
      metricsRoutes({
        database,
        ...(wachtrijen ? { wachtrijen } : {}),
        proces,
        vandaag: () => config.vandaag ?? vandaagInNederland(),
      }),
      batchRoutes({ database, aanlevering, limieten }),
      ggkRoutes({ database, aanlevering, maxEnvelopBytes: limieten.maxBerichtBytes, wachtMs: env['IWJ_GGK_WACHT_MS'] ? Number(env['IWJ_GGK_WACHT_MS']) : undefined }),
    ],
    root: [
      backoffice({
        database,
        veiligeCookies: env['IWJ_COOKIE_SECURE'] === 'true',
        ...(config.vandaag ? { vandaag: () => config.vandaag! } : {}),
        naBeslissing: wachtrijen ? naBeslissingViaWachtrij(wachtrijen) : naBeslissingInProces(deps),
        ...(wachtrijen ? { wachtrijMonitorPad: MONITOR_PAD } : {}),
      }),
      ...(wachtrijen ? [wachtrijMonitor({ database, wachtrijen })] : []),
    ],
  });
  log = app.log;
  const inbox = env['IWJ_INBOX'] ?? 'inbox';
  const runner =
    inbox === '-'
      ? undefined
      : startMap({
          inbox: path.resolve(inbox),
          aanlevering,
          database,
          limieten,
          rustMs: env['IWJ_INBOX_RUST_MS'] ? Number(env['IWJ_INBOX_RUST_MS']) : undefined,
          log: (niveau, bericht, velden) => app.log[niveau](velden ?? {}, bericht),
        });

  const url = await app.listen({ port, host });
  const verwerking = wachtrij
    ? `BullMQ op ${redisUrl.replace(/\/\/[^@]*@/, '//***@')}${werkers ? ', workers in dit proces' : ' (workers: iwj work)'}`
    : 'in dit proces (geen Redis: QUEUE=inline of geen Redis bereikbaar)';
  app.log.info({ url, database: `${database.kind} (${database.where})`, inbox: runner ? path.resolve(inbox) : null, verwerking }, 'iwj serve luistert');
  o.opGestart?.({ url, app, verwerking });

  const reden = await stop;
  app.log.info({ reden }, 'iwj serve stopt');
  await runner?.stop();
  await app.close();
  await reconciler?.stop();
  await werkers?.sluit();
  await wachtrijen?.sluit();
  wachtrijen?.verbinding.disconnect();
  await Promise.race([aanlevering.klaar?.(), new Promise((r) => setTimeout(r, 30_000).unref())]);
  await database.close();
  app.log.info({}, 'iwj serve gestopt');
  return 0;
}

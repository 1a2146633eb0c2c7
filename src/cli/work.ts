/**
 * `iwj work [--queues validate,control,decide,retour,kpi] [--concurrency N]`: a worker process. Start
 * any number, on any machine that reaches the same Redis (`REDIS_URL`) and PostgreSQL (`DATABASE_URL`).
 * Each also runs the reconciler (jobs for stored work that has none). SIGTERM/SIGINT: active jobs
 * finish, then the connections close. `IWJ_METRICS_PORT` (and `IWJ_METRICS_HOST`, default 127.0.0.1):
 * this process's job durations per stage for Prometheus at `http://host:port/metrics`.
 */
import { veiligeFout } from '../log/veilige-fout.js';
import { logger } from '../logger.js';
import { ProcesMetrics } from '../metrics/proces.js';
import { startWerkerMetrics } from '../metrics/werker-server.js';
import { configFromEnv } from '../pipeline/config.js';
import { STAGES, type Stage } from '../pipeline/wachtrij/jobs.js';
import { startReconciler } from '../pipeline/wachtrij/reconciler.js';
import { producerVerbinding, STANDAARD_REDIS_URL } from '../pipeline/wachtrij/verbinding.js';
import { Wachtrijen } from '../pipeline/wachtrij/wachtrijen.js';
import { startWerkers } from '../pipeline/wachtrij/werkers.js';
import { openConfiguredDatabase, stageDeps } from './ingest.js';
import { signaal } from './signaal.js';

export interface WorkOptions {
  readonly queues?: readonly string[];
  readonly concurrency?: number;
  readonly env?: NodeJS.ProcessEnv;
  readonly stop?: Promise<unknown>;
}

export async function runWork(o: WorkOptions = {}): Promise<number> {
  const env = o.env ?? process.env;
  const config = configFromEnv(env);
  const log = logger(env);
  const stages = (o.queues?.length ? o.queues : STAGES) as Stage[];
  const onbekend = stages.filter((s) => !STAGES.includes(s));
  if (onbekend.length > 0) {
    process.stderr.write(`iwj work: onbekende wachtrij ${onbekend.join(', ')} (beschikbaar: ${STAGES.join(', ')})\n`);
    return 2;
  }
  if (!config.databaseUrl) {
    process.stderr.write('iwj work: DATABASE_URL ontbreekt; workers delen de database met de server en met elkaar (PostgreSQL).\n');
    return 2;
  }
  const stop = o.stop ?? signaal();
  const redisUrl = config.redisUrl ?? STANDAARD_REDIS_URL;
  const database = await openConfiguredDatabase(config);
  const deps = await stageDeps(config, database);
  const verbinding = producerVerbinding(redisUrl);
  verbinding.on('error', () => {});
  const wachtrijen = new Wachtrijen(verbinding, config.queuePrefix);
  const proces = new ProcesMetrics();
  const werkers = startWerkers(
    { ...deps, wachtrijen },
    {
      redisUrl,
      stages,
      concurrency: o.concurrency ?? 1,
      lockMs: config.lockMs,
      onFout: (stage, job, fout) => {
        proces.onFout(stage);
        log.warn({ stage, job: job?.id, poging: job?.attemptsMade, ...veiligeFout(fout) }, 'job mislukt');
      },
      onKlaar: (stage, job, ms) => {
        proces.onKlaar(stage, job, ms);
        log.info({ stage, job: job.id, ms }, 'job klaar');
      },
    },
  );
  const reconciler = startReconciler(deps, wachtrijen, {
    onFout: (e) => log.warn(veiligeFout(e), 'reconciler'),
    onGezet: (stage, batchId) => log.info({ stage, batchId }, 'reconciler: werk opnieuw in de wachtrij gezet'),
  });
  const metricsPoort = env['IWJ_METRICS_PORT'];
  const metrics = metricsPoort ? await startWerkerMetrics(proces, Number(metricsPoort), env['IWJ_METRICS_HOST'] || undefined) : undefined;
  log.info({ wachtrijen: stages, metrics: metrics?.url ?? null, concurrency: o.concurrency ?? 1, redis: redisUrl.replace(/\/\/[^@]*@/, '//***@'), database: database.where }, 'iwj work gestart');
  const reden = await stop;
  log.info({ reden }, 'iwj work stopt: lopende jobs maken hun werk af');
  await reconciler.stop();
  await werkers.sluit();
  await metrics?.sluit();
  await wachtrijen.sluit();
  verbinding.disconnect();
  await database.close();
  return 0;
}

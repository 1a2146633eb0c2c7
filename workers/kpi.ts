/**
 * A worker for the `kpi` queue only: `npx tsx workers/kpi.ts` (or `iwj work --queues kpi`). Reads its
 * configuration from the environment (DATABASE_URL, REDIS_URL); stops gracefully on SIGTERM.
 */
import { runWork } from '../src/cli/work.js';

process.exitCode = await runWork({ queues: ['kpi'], concurrency: Number(process.env['WORKER_CONCURRENCY'] ?? 1) });

/**
 * A worker for the `retour` queue only: `npx tsx workers/retour.ts` (or `iwj work --queues retour`). Reads its
 * configuration from the environment (DATABASE_URL, REDIS_URL); stops gracefully on SIGTERM.
 */
import { runWork } from '../src/cli/work.js';

process.exitCode = await runWork({ queues: ['retour'], concurrency: Number(process.env['WORKER_CONCURRENCY'] ?? 1) });

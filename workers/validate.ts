/**
 * A worker for the `validate` queue only: `npx tsx workers/validate.ts` (or `iwj work --queues validate`). Reads its
 * configuration from the environment (DATABASE_URL, REDIS_URL); stops gracefully on SIGTERM.
 */
import { runWork } from '../src/cli/work.js';

process.exitCode = await runWork({ queues: ['validate'], concurrency: Number(process.env['WORKER_CONCURRENCY'] ?? 1) });

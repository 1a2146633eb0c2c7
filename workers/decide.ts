/**
 * A worker for the `decide` queue only: `npx tsx workers/decide.ts` (or `iwj work --queues decide`). Reads its
 * configuration from the environment (DATABASE_URL, REDIS_URL); stops gracefully on SIGTERM.
 */
import { runWork } from '../src/cli/work.js';

process.exitCode = await runWork({ queues: ['decide'], concurrency: Number(process.env['WORKER_CONCURRENCY'] ?? 1) });

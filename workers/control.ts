/**
 * A worker for the `control` queue only: `npx tsx workers/control.ts` (or `iwj work --queues control`). Reads its
 * configuration from the environment (DATABASE_URL, REDIS_URL); stops gracefully on SIGTERM.
 */
import { runWork } from '../src/cli/work.js';

process.exitCode = await runWork({ queues: ['control'], concurrency: Number(process.env['WORKER_CONCURRENCY'] ?? 1) });

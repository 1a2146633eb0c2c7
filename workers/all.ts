/**
 * A worker for every queue: `npx tsx workers/all.ts` (or `iwj work`). Reads its configuration from the
 * environment (DATABASE_URL, REDIS_URL); stops gracefully on SIGTERM.
 */
import { runWork } from '../src/cli/work.js';

process.exitCode = await runWork({ concurrency: Number(process.env['WORKER_CONCURRENCY'] ?? 1) });

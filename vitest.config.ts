import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The reliability tests start processes and servers of their own; keep suites from starving
    // each other on a 2-core machine.
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ['default'],
  },
});

import { defineConfig } from 'vitest/config';

/**
 * The deployment suite (`test/deploy/`): real app processes, PostgreSQL, Redis and nginx. Run by
 * the `deploy` suite of scripts/test-all.sh, which checks that the services exist first.
 */
export default defineConfig({
  test: {
    include: ['test/deploy/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The fault tests restart the shared PostgreSQL server: files must not overlap.
    fileParallelism: false,
  },
});

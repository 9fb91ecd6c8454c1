import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests in the system Chromium. One file at a time (one browser at a
 * time on a 2-core machine); `.only` fails the run and nothing may be skipped.
 */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    allowOnly: false,
    retry: 0,
    reporters: ['default', './e2e/support/no-skip-reporter.ts'],
  },
});

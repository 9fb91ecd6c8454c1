import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', '.output/**', '.wxt/**', 'e2e/**'],
    setupFiles: ['lib/testing/setup.ts'],
    mockReset: true,
    restoreMocks: true,
    testTimeout: 20_000,
    pool: 'threads',
  },
});

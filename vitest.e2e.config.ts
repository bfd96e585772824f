import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: the built extension (.output/chrome-mv3, from `wxt build` in `npm run test:e2e`) in
// real Chromium. One file at a time in one process: each suite launches its own browser.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});

import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: the built extension (.output/chrome-mv3 and .output/firefox-mv2, and their store zips,
// from `npm run zip` in `npm run test:e2e`) in real Chromium and Firefox, headless or headed on a virtual desktop
// (test/e2e/desktop.ts). One file at a time in one process: each suite launches its own browser (and display).
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

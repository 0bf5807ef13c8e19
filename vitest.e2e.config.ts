import { defineConfig } from 'vitest/config'

/**
 * Browser tests: real Chromium against the two builds that `npm run test:e2e` makes first
 * (dist/ and dist-e2e/), served by tests/e2e/support/global-setup.ts.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // Retrying fault scenarios take ~10 s in the page; a cold Chromium start adds a few more.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The CI machine has 2 cores: one Chromium at a time keeps timings stable.
    fileParallelism: false,
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results/e2e.json' }]]
      : ['default'],
  },
})

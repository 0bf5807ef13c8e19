import { defineConfig } from 'vitest/config'
import RetriedReporter from './tests/retried-reporter'

/**
 * Browser tests: real Chromium against the two builds that `npm run test:e2e` makes first
 * (dist/ and dist-e2e/), served by tests/e2e/support/global-setup.ts.
 *
 * Files that measure time (retry backoff, long tasks, a 100,000-entry import) run alone, one file
 * at a time (`E2E_GROUP=timed`); the others run two files at a time (`E2E_GROUP=rest`), which keeps
 * CI within its time limit on 2 cores. Without E2E_GROUP (a developer running a file) every file
 * runs one at a time.
 */
const TIMED = [
  'tests/e2e/reliability.e2e.ts',
  'tests/e2e/boundaries.e2e.ts',
  'tests/e2e/imports.e2e.ts',
  'tests/e2e/scale.e2e.ts',
]
const group = process.env.E2E_GROUP
const report = `test-results/e2e${group ? `-${group}` : ''}.json`

export default defineConfig({
  test: {
    environment: 'node',
    include: group === 'timed' ? TIMED : ['tests/e2e/**/*.e2e.ts'],
    exclude: group === 'rest' ? [...TIMED, 'node_modules/**'] : ['node_modules/**'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // Retrying fault scenarios take ~10 s in the page; a cold Chromium start adds a few more.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: group === 'rest',
    maxWorkers: group === 'rest' ? 2 : 1,
    // In CI a test gets one retry, and the summary names every test that needed it.
    retry: process.env.CI ? 1 : 0,
    reporters: process.env.CI
      ? [
          'default',
          ['json', { outputFile: report }],
          new RetriedReporter({ outputFile: report.replace(/\.json$/, '-retried.json') }),
        ]
      : ['default'],
  },
})

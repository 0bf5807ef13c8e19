import { lingui } from '@lingui/vite-plugin'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import RetriedReporter from './tests/retried-reporter'
import { datasetDefines, srcAlias } from './vite.config'

export default defineConfig({
  resolve: { alias: srcAlias },
  define: datasetDefines(),
  plugins: [react(), lingui()],
  test: {
    globals: true,
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    // Whole-app component tests render the router and lazy chunks; leave room on a busy 2-core machine.
    testTimeout: 15_000,
    // In CI a test gets one retry, and the summary names every test that needed it.
    retry: process.env.CI ? 1 : 0,
    reporters: process.env.CI
      ? [
          'default',
          ['json', { outputFile: 'test-results/unit.json' }],
          new RetriedReporter({ outputFile: 'test-results/unit-retried.json' }),
        ]
      : ['default'],
  },
})

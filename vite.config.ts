import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { lingui } from '@lingui/vite-plugin'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { formatIssue, loadDataset } from './scripts/load-data'
import { apiOrigin, headersFile, securityHeaders } from './scripts/security-headers'

/** The API contract's one path, relative to VITE_API_BASE_URL (same origin by default). */
export const DATASET_PATH = 'api/v1/kpis/2017.json'

/**
 * The dataset's URL as the service worker matches it: on the app's own origin any path ending in
 * the API path; on another API's origin (VITE_API_BASE_URL) that URL exactly, since a pattern for
 * a cross-origin request must match from its start.
 */
function datasetUrlPattern(base = process.env.VITE_API_BASE_URL ?? ''): RegExp {
  if (apiOrigin(base) === undefined) return /\/api\/v1\/kpis\/.*\.json$/
  const root = base.endsWith('/') ? base : `${base}/`
  return new RegExp(`^${`${root}${DATASET_PATH}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
}

/**
 * Emits the validated dataset as a static file at the API path, so dist/ on any static host is
 * the whole deployment. An invalid dataset fails the build with the file, path and problem.
 */
function datasetApi(): Plugin {
  return {
    name: 'dataset-api',
    apply: 'build',
    generateBundle() {
      const result = loadDataset('2017')
      if (!result.ok) {
        const lines = result.issues.map((issue) => `  ${formatIssue(issue)}`)
        this.error(`The dataset in data/ is invalid:\n${lines.join('\n')}`)
      }
      this.emitFile({
        type: 'asset',
        fileName: DATASET_PATH,
        source: JSON.stringify(result.dataset),
      })
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() })
    },
  }
}

/** msw's worker script, served in dev and emitted only into the mocked e2e build. */
function mockWorker(mode: string): Plugin {
  const file = fileURLToPath(new URL('./mocks/worker/mockServiceWorker.js', import.meta.url))
  return {
    name: 'mock-service-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript')
        res.end(readFileSync(file))
      })
    },
    generateBundle() {
      if (mode === 'e2e') {
        this.emitFile({
          type: 'asset',
          fileName: 'mockServiceWorker.js',
          source: readFileSync(file),
        })
      }
    },
  }
}

/** `@/…` is `src/…`: imports name their layer, so the lint rules in biome.json can match them. */
export const srcAlias = [
  { find: /^@\//, replacement: `${fileURLToPath(new URL('./src', import.meta.url))}/` },
]

export default defineConfig(({ mode }) => ({
  resolve: { alias: srcAlias },
  plugins: [
    react(),
    lingui(),
    datasetApi(),
    mockWorker(mode),
    // Offline: the app shell is precached and the dataset cached at run time, under versioned
    // cache names. Not in the msw test build, whose worker owns the same scope.
    VitePWA({
      disable: mode !== 'production',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'China Post 2017 · KPI dashboard',
        short_name: 'CP 2017 KPIs',
        description: "China Post Group's 2017 Top Ten Events, charted against their targets.",
        theme_color: '#006c4f',
        background_color: '#f6f7f9',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        cacheId: `cp-kpi-v${process.env.npm_package_version ?? '0'}`,
        // The dataset is not precached: it is fetched network first (below), so a new version
        // shows on the next visit rather than after the reader accepts an app update.
        globPatterns: ['**/*.{js,css,html,svg,json}'],
        globIgnores: ['api/**'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            urlPattern: datasetUrlPattern(),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'cp-kpi-data-v1',
              networkTimeoutSeconds: 8,
              expiration: { maxEntries: 8 },
            },
          },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Read by scripts/check-dist.ts to measure what the first screen loads.
    manifest: true,
    // Every browser the target covers supports <link rel="modulepreload">.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Catalog parts share file names across languages (core.json, charts.json …): the
        // language goes in front, so a build's file list reads "zh-CN-core-….js".
        chunkFileNames: (chunk) => {
          const locale = chunk.facadeModuleId?.match(/locales[\\/]([^\\/]+)[\\/]/)?.[1]
          return `assets/${locale ? `${locale}-` : ''}[name]-[hash].js`
        },
        // What the first screen needs, in two chunks rather than a dozen small shared ones
        // (each costs a request and compresses worse). Lazy features keep their own chunks.
        codeSplitting: {
          groups: [
            // Vite's dynamic-import helper, on its own so the entry does not pull in the app.
            { name: 'preload', test: /preload-helper/ },
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store|zod|@lingui[\\/](core|react)|@tanstack[\\/](react-router|router-core|history|store|react-store|react-query|query-core))[\\/]/,
            },
            {
              name: 'app',
              test: /src[\\/](app[\\/](?!offline|update-prompt|ignored-params|entry|styles)|api[\\/]|i18n[\\/]|lib[\\/](format|storage|url-state|persisted-store|display)|domain[\\/](vocabulary|status|dates|quality-summary|build-kpis|metric-rows|currency|filters|target-overrides|data-issue)\.|components[\\/](status-badge|info-tip|panel-state)\.)/,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true, headers: securityHeaders },
}))

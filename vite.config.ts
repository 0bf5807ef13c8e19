import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lingui } from '@lingui/vite-plugin'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin, type ResolveModulePreloadDependenciesFn } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { loadValidDatasets, newestMeta } from './scripts/load-data'
import { prerenderedPages as pageOfRoute } from './scripts/prerendered-pages'
import { datasetUrlPattern, headersFile, securityHeaders } from './scripts/security-headers'
import { apiRoot, DATASET_INDEX_PATH, datasetPath } from './src/api/contract'
import { datasetIndexOf } from './src/domain/dataset-index'

/**
 * Emits every validated dataset in data/ as a static file at its API path, and the index of them,
 * so dist/ on any static host is the whole deployment. An invalid dataset fails the build with
 * every problem, each at its file, line and column.
 */
function datasetApi(): Plugin {
  return {
    name: 'dataset-api',
    apply: 'build',
    generateBundle() {
      let datasets: ReturnType<typeof loadValidDatasets>
      try {
        datasets = loadValidDatasets()
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error))
      }
      for (const { key, dataset } of datasets) {
        this.emitFile({
          type: 'asset',
          fileName: datasetPath(key),
          source: JSON.stringify(dataset),
        })
      }
      this.emitFile({
        type: 'asset',
        fileName: DATASET_INDEX_PATH,
        source: JSON.stringify(datasetIndexOf(datasets)),
      })
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() })
    },
  }
}

/**
 * Build-time constants the app reads: which dataset a visit without ?year= opens, and its names,
 * so the header's brand is written in the first render and does not rewrap the header (a layout
 * shift) when the dataset arrives.
 */
export function datasetDefines(): Record<string, string> {
  const { key, brand } = newestMeta()
  return {
    'import.meta.env.VITE_DEFAULT_DATASET': JSON.stringify(key),
    // A string (Vitest writes import.meta.env values as strings); read with JSON.parse.
    'import.meta.env.VITE_DEFAULT_BRAND': JSON.stringify(JSON.stringify(brand)),
  }
}

/**
 * `vite preview` serves the prerendered pages (scripts/prerender.ts) as a host is told to in the
 * README (Deploy): the Chinese copy of the overview (index.zh-CN.html) for `/?lang=zh-CN`, so a
 * Chinese link paints in Chinese before, or without, any script; the page with the deck's title
 * slide prerendered (present.html) for `/present`, the workspace's (explore.html) for
 * `/explore` and the data page's (data.html) for `/data` (scripts/prerendered-pages.ts); and the
 * page without a prerendered view (app.html) for every other path that is not `/` nor a file, so
 * another route never parses and lays out the overview it would then replace.
 */
function prerenderedPages(): Plugin {
  return {
    name: 'prerendered-pages',
    configurePreviewServer(server) {
      const { root, build } = server.config
      server.middlewares.use((req, _res, next) => {
        const { pathname, search, searchParams } = new URL(req.url ?? '/', 'http://localhost')
        const lang = searchParams.get('lang')?.replace(/^"|"$/g, '')
        const route = !/\.[^/]*$/.test(pathname) && !pathname.startsWith('/api/')
        const html = route && req.headers.accept?.includes('text/html')
        const page =
          pathname === '/'
            ? lang === 'zh-CN' && 'index.zh-CN.html'
            : html && ((pageOfRoute as Record<string, string>)[pathname] ?? 'app.html')
        // Builds without a prerender (the mocked test build) have neither page.
        if (page && existsSync(resolve(root, build.outDir, page))) req.url = `/${page}${search}`
        next()
      })
    },
  }
}

/**
 * The default dataset is fetched as the page parses (`<link rel="preload" as="fetch">`), not once
 * the app's code has loaded and asked for it: every route waits for it before its first figure.
 * Not in the msw test build, whose worker answers the app's own request.
 */
function datasetPreload(mode: string): Plugin {
  let appBase = '/'
  return {
    name: 'dataset-preload',
    apply: 'build',
    configResolved(config) {
      appBase = config.base
    },
    transformIndexHtml(_html, { server }) {
      if (mode === 'e2e' || server) return
      const root = apiRoot(process.env.VITE_API_BASE_URL ?? '', appBase)
      const href = `${root}${datasetPath(newestMeta().key)}`
      // `crossorigin`: fetch() asks in cors mode, and only a preload made the same way is reused.
      return [
        {
          tag: 'link',
          attrs: { rel: 'preload', href, as: 'fetch', crossorigin: '' },
          injectTo: 'head',
        },
      ]
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

/** The plot code (recharts with it): the deck and the overview fetch its chunk ahead. */
const PLOT_CHART = 'src/families/plot-chart.tsx'

/** Whether a module id (an absolute path, with `\\` on Windows) is the file at `path` under the root. */
const isModule = (id: string, path: string) => id.replaceAll('\\', '/').endsWith(path)

/** Whether a chunk of the bundle holds the module at `path`. */
const holds = (chunk: { moduleIds: readonly string[] }, path: string) =>
  chunk.moduleIds.some((id) => isModule(id, path))

/**
 * /present draws its charts with code it loads on the first chart slide (slide-chart.tsx), so the
 * title slide opens without evaluating recharts. The chunk is still fetched with the route (a
 * modulepreload: fetched and parsed, not run): a deck opened online keeps drawing its charts when
 * the network then goes away. The plugin learns the chunks' file names before Vite writes each
 * dynamic import's preload list, where `resolveDependencies` adds the one to the other's: before
 * the families' chunk, as the overview's list has them, which the app chunk (first screen, at its
 * byte ceiling) compresses a few bytes better than the same name at the end.
 */
function presentChartPreload(): {
  plugin: Plugin
  resolveDependencies: ResolveModulePreloadDependenciesFn
} {
  const files = { route: '', charts: '', families: '' }
  return {
    plugin: {
      name: 'present-chart-preload',
      apply: 'build',
      generateBundle: {
        order: 'pre',
        handler(_options, bundle) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type !== 'chunk') continue
            if (
              chunk.facadeModuleId &&
              isModule(chunk.facadeModuleId, 'src/features/present/present-page.tsx')
            )
              files.route = chunk.fileName
            if (holds(chunk, PLOT_CHART)) files.charts = chunk.fileName
            if (holds(chunk, 'src/families/registry.ts')) files.families = chunk.fileName
          }
        },
      },
    },
    resolveDependencies: (file, deps) => {
      if (file !== files.route || !files.charts || deps.includes(files.charts)) return deps
      const at = deps.indexOf(files.families)
      return at < 0 ? [...deps, files.charts] : deps.toSpliced(at, 0, files.charts)
    },
  }
}

const presentCharts = presentChartPreload()

/**
 * A lazy part's preload list names only what the page may not have yet. Every lazy part is asked
 * for by code the entry loads at start (src/app/entry.ts: the framework, then the app), from a
 * chunk whose own imports have run: those chunks are always there already, and listing them again
 * in each lazy part's list costs bytes and buys nothing. The entry's own lists stay whole. The
 * plugin learns the chunks' imports before Vite writes the lists, where `resolveDependencies`
 * leaves those out.
 */
function preloadOnlyWhatIsMissing(): {
  plugin: Plugin
  resolveDependencies: ResolveModulePreloadDependenciesFn
} {
  const entries = new Set<string>()
  const atStart = new Set<string>()
  const imports = new Map<string, readonly string[]>()
  /** `file` and every chunk it imports, at any depth, into `into`. */
  const withImports = (file: string, into: Set<string>): Set<string> => {
    if (into.has(file) || !imports.has(file)) return into
    into.add(file)
    for (const imported of imports.get(file) ?? []) withImports(imported, into)
    return into
  }
  return {
    plugin: {
      name: 'preload-only-what-is-missing',
      apply: 'build',
      generateBundle: {
        order: 'pre',
        handler(_options, bundle) {
          entries.clear()
          atStart.clear()
          imports.clear()
          for (const [file, chunk] of Object.entries(bundle)) {
            if (chunk.type === 'chunk') imports.set(file, chunk.imports)
          }
          for (const [file, chunk] of Object.entries(bundle)) {
            if (chunk.type !== 'chunk' || !chunk.isEntry) continue
            entries.add(file)
            for (const loaded of [file, ...chunk.dynamicImports]) withImports(loaded, atStart)
          }
        },
      },
    },
    resolveDependencies: (file, deps, { hostId, hostType }) => {
      if (hostType !== 'js') return deps
      const there = entries.has(hostId) ? new Set<string>() : withImports(hostId, new Set(atStart))
      // Nor the chunk itself: import() asks for it in the same task, and each <link> the list adds
      // to the head costs the page's main thread 0.3-10 ms at load (#16).
      return deps.filter((dep) => dep !== file && !there.has(dep))
    },
  }
}

const preloads = preloadOnlyWhatIsMissing()

/**
 * Writes the URL of the plot code's chunk (src/families/plot-chart.tsx, recharts with it) where
 * src/families/live-plot.ts names it, so the overview fetches that chunk ahead without running it.
 * Written while the chunks render, as their names still hold hash placeholders: the bundler
 * puts in the final name.
 */
function plotChunkUrl(): Plugin {
  const placeholder = '__PLOT_CHART_CHUNK__'
  let base = '/'
  return {
    name: 'plot-chunk-url',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    renderChunk(code, chunk, _options, meta) {
      if (!code.includes(placeholder)) return null
      const plot = Object.values(meta.chunks).find((c) => holds(c, PLOT_CHART))
      if (!plot) this.error(`No chunk holds ${PLOT_CHART}.`)
      // One chunk for everything (the prerender's build): nothing to fetch ahead.
      if (plot.fileName === chunk.fileName) return null
      return code.replaceAll(placeholder, `${base}${plot.fileName}`)
    },
  }
}

/** `@/…` is `src/…`: imports name their layer, so the lint rules in biome.json can match them. */
export const srcAlias = [
  { find: /^@\//, replacement: `${fileURLToPath(new URL('./src', import.meta.url))}/` },
]

export default defineConfig(({ mode }) => ({
  resolve: { alias: srcAlias },
  define: datasetDefines(),
  plugins: [
    react(),
    lingui(),
    datasetApi(),
    prerenderedPages(),
    datasetPreload(mode),
    mockWorker(mode),
    presentCharts.plugin,
    plotChunkUrl(),
    preloads.plugin,
    // Offline: the app shell is precached and the dataset cached at run time, under versioned
    // cache names. Not in the msw test build, whose worker owns the same scope.
    VitePWA({
      disable: mode !== 'production',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        // Named after the newest dataset's organisation: the app holds every year of it.
        name: `${newestMeta().organisation} · KPI dashboard`,
        short_name: `${newestMeta().organisation} KPIs`,
        description: `${newestMeta().organisation}: each year's published results, charted against their targets.`,
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
    modulePreload: {
      polyfill: false,
      resolveDependencies: (file, deps, context) =>
        preloads.resolveDependencies(
          file,
          presentCharts.resolveDependencies(file, deps, context),
          context,
        ),
    },
    rolldownOptions: {
      output: {
        // Catalog parts share file names across languages (core.json, charts.json …): the
        // language goes in front, so a build's file list reads "zh-CN-core-….js". The chart code
        // (recharts and the plots, named after plot-chart.tsx) is "charts": the overview's and
        // /present's preload lists name it in the app chunk, which is at the first screen's ceiling.
        chunkFileNames: (chunk) => {
          const locale = chunk.facadeModuleId?.match(/locales[\\/]([^\\/]+)[\\/]/)?.[1]
          const name = chunk.name === 'plot-chart' ? 'charts' : '[name]'
          return `assets/${locale ? `${locale}-` : ''}${name}-[hash:6].js`
        },
        // Six characters tell this build's few dozen files apart; every preload list that names
        // them rides in the first screen's JS.
        entryFileNames: 'assets/[name]-[hash:6].js',
        // What the first screen needs, in two chunks rather than a dozen small shared ones
        // (each costs a request and compresses worse). Lazy features keep their own chunks.
        codeSplitting: {
          groups: [
            // Vite's dynamic-import helper, on its own so the entry does not pull in the app.
            { name: 'preload', test: /preload-helper/ },
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store|zod|@lingui[\\/](core|react)|@tanstack[\\/](react-query|query-core))[\\/]/,
            },
            {
              name: 'app',
              test: /src[\\/](app[\\/](?!offline|update-prompt|ignored-params|not-found|entry|styles)|api[\\/](?!other-periods|large-dataset)|i18n[\\/](?!target-phrases|quality-messages|export-table)|lib[\\/](format|storage|url-state|persisted-store|display|search-params|router[\\/])|domain[\\/](vocabulary|status|dates|locale|build-kpis|metric-rows|currency|filters|target-overrides|data-issue|stated-figure)\.|features[\\/][^\\/]+[\\/]search\.|components[\\/](status-badge|info-tip|panel-state)\.)/,
            },
            // What the overview's panels, the deck and the plot code (src/families/live-plot.ts) share: the
            // family specs and the marks' building blocks, in one chunk. Left to itself the
            // bundler cuts the building blocks into a chunk of their own (one request more, and
            // worse compression: 0.5 kB more in all).
            // The currency conversion the charts use, which the data-quality words use too: on its
            // own, so the group below does not take it (and the first screen with it) along.
            { name: 'chart-data', test: /src[\\/]domain[\\/]chart-data\./ },
            {
              name: 'registry',
              test: /src[\\/](families[\\/](registry|live-plot|say|render|points|data-plot|data-words|data-family|other-periods|plot-labels|timeline)|components[\\/]charts[\\/](chart-types|filter-mark|static-plots|responsive-plot|value-axis|target-mark|chart-legend)|i18n[\\/]target-phrases|domain[\\/](placeholders|milestone-timeline))\./,
            },
            // The other periods' query rides with the export stamp's words, which the overview
            // panels, /explore and /present already share: one chunk name fewer in the first
            // screen's list of what each view preloads.
            {
              name: 'export-table',
              test: /src[\\/](i18n[\\/]export-table|api[\\/]other-periods)\./,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true, headers: securityHeaders },
}))

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { loadDataset } from './scripts/load-data'
import { headersFile, securityHeaders } from './scripts/security-headers'
import { formatPath } from './src/domain/parse-dataset'

/** The API contract's one path, relative to VITE_API_BASE_URL (same origin by default). */
export const DATASET_PATH = 'api/v1/kpis/2017.json'

/**
 * Emits the validated dataset as a static file at the API path, so dist/ on any static host is
 * the whole deployment. An invalid dataset fails the build with the file, path and problem.
 */
function datasetApi(): Plugin {
  return {
    name: 'dataset-api',
    apply: 'build',
    generateBundle() {
      const result = loadDataset()
      if (!result.ok) {
        const lines = result.issues.map(
          (i) =>
            `  data/2017/${i.file}${i.path.length ? ` at ${formatPath(i.path)}` : ''}: ${i.message}`,
        )
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

export default defineConfig(({ mode }) => ({
  plugins: [react(), datasetApi(), mockWorker(mode)],
  build: { target: 'es2022', sourcemap: false },
  preview: { port: 4173, strictPort: true, headers: securityHeaders },
}))

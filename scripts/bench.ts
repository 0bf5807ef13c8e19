/**
 * npm run bench — times the data path on this machine (validation at the API boundary and the
 * data-quality rules over the 2017 dataset) and reports the built bundle sizes, as a table and as
 * JSON in bench/results.json so runs can be compared.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { gzipSync } from 'node:zlib'
import { deriveKpis } from '../src/domain/kpis'
import { parseDataset } from '../src/domain/parse-dataset'
import { loadDataset } from './load-data'

const ITERATIONS = 200

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

function time(run: () => void): number {
  for (let i = 0; i < 20; i++) run()
  const samples: number[] = []
  for (let i = 0; i < ITERATIONS; i++) {
    const start = performance.now()
    run()
    samples.push(performance.now() - start)
  }
  return median(samples)
}

const loaded = loadDataset()
if (!loaded.ok) throw new Error('data/ is invalid: run npm run validate:data')
const payload = JSON.parse(JSON.stringify(loaded.dataset))

const timings = {
  validateMs: time(() => {
    parseDataset(payload)
  }),
  deriveMs: time(() => {
    deriveKpis(loaded.dataset)
  }),
}

function bundleSizes() {
  const assets = join('dist', 'assets')
  if (!existsSync(assets)) return undefined
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const code = readFileSync(join(assets, file))
      return { file, bytes: code.length, gzipBytes: gzipSync(code).length }
    })
}

const bundles = bundleSizes()
const result = {
  date: new Date().toISOString(),
  metrics: loaded.dataset.metrics.length,
  timings,
  bundles,
}

console.log(`2017 dataset (${result.metrics} metrics), median of ${ITERATIONS} runs:`)
console.table({
  'validate at the API boundary': { ms: timings.validateMs.toFixed(3) },
  'derive findings, statuses and rows': { ms: timings.deriveMs.toFixed(3) },
})
if (bundles) {
  console.table(
    Object.fromEntries(
      bundles.map((b) => [
        b.file,
        { KB: (b.bytes / 1024).toFixed(1), 'gzip KB': (b.gzipBytes / 1024).toFixed(1) },
      ]),
    ),
  )
} else {
  console.log('No dist/ yet: run npm run build for bundle sizes.')
}
mkdirSync('bench', { recursive: true })
writeFileSync(join('bench', 'results.json'), `${JSON.stringify(result, null, 2)}\n`)
console.log('Wrote bench/results.json')

/**
 * npm run bench — measures on this machine and prints tables; writes bench/results.json and keeps
 * earlier runs in bench/history.json so results can be compared over time.
 * - the data path at 1×, 10×, 100× and 1,000× the 2017 dataset (synthetic copies): validation at
 *   the API boundary, data-quality rules and rows, filter + aggregate;
 * - chart points after downsampling a monthly series of 31 provinces × 12 months;
 * - bundle sizes of dist/ (run `npm run build` first);
 * - Lighthouse scores per route on mobile and desktop (needs a build and Chromium; skip with
 *   --no-lighthouse).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { gzipSync } from 'node:zlib'
import { syntheticDataset, syntheticSeries } from '../mocks/synthetic'
import { filterRows } from '../src/domain/filters'
import { deriveKpis } from '../src/domain/kpis'
import { parseDataset } from '../src/domain/parse-dataset'
import { statuses } from '../src/domain/status'
import { lttb } from '../src/lib/downsample'
import { lighthouseAvailable, runLighthouse } from './lighthouse'
import { loadDataset } from './load-data'

const FACTORS = [1, 10, 100, 1000]
const CHART_WIDTH_PX = 800

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

/** Median wall time of `run`, repeated until about half a second has been spent (at least 3×). */
function time(run: () => void): number {
  const samples: number[] = []
  const budget = performance.now() + 500
  while (samples.length < 3 || (performance.now() < budget && samples.length < 200)) {
    const start = performance.now()
    run()
    samples.push(performance.now() - start)
  }
  return median(samples)
}

const loaded = loadDataset()
if (!loaded.ok) throw new Error('data/ is invalid: run npm run validate:data')

const scale = FACTORS.map((factor) => {
  const dataset = syntheticDataset(loaded.dataset, factor)
  const payload = JSON.parse(JSON.stringify(dataset))
  const kpis = deriveKpis(dataset)
  const filters = { categories: ['finance', 'insurance'] as const, q: 'premium' }
  const series = syntheticSeries(1)[0] ?? []
  const longSeries = Array.from({ length: factor }, () => series)
    .flat()
    .map((p, x) => ({ ...p, x }))
  return {
    factor,
    metrics: dataset.metrics.length,
    validateMs: time(() => void parseDataset(payload)),
    deriveMs: time(() => void deriveKpis(dataset)),
    filterAggregateMs: time(() => {
      const rows = filterRows(kpis.rows, filters)
      for (const s of statuses) rows.filter((r) => r.status === s).length
    }),
    seriesPoints: longSeries.length,
    chartPoints: lttb(longSeries, CHART_WIDTH_PX).length,
    downsampleMs: time(() => void lttb(longSeries, CHART_WIDTH_PX)),
  }
})

console.log('Scale (synthetic copies of the 2017 dataset; median ms on this machine):')
console.table(
  Object.fromEntries(
    scale.map((s) => [
      `${s.factor}×`,
      {
        metrics: s.metrics,
        'validate ms': s.validateMs.toFixed(2),
        'rules+rows ms': s.deriveMs.toFixed(2),
        'filter+aggregate ms': s.filterAggregateMs.toFixed(3),
        'series points': s.seriesPoints,
        'chart points': s.chartPoints,
        'downsample ms': s.downsampleMs.toFixed(3),
      },
    ]),
  ),
)
const [first, last] = [scale[0], scale.at(-1)]
if (first && last) {
  const growth = (key: 'validateMs' | 'deriveMs' | 'filterAggregateMs') =>
    (last[key] / first[key] / (last.factor / first.factor)).toFixed(2)
  console.log(
    `Growth per unit of size, 1× → ${last.factor}× (1.00 = linear): validate ${growth('validateMs')}, ` +
      `rules+rows ${growth('deriveMs')}, filter+aggregate ${growth('filterAggregateMs')}`,
  )
}

function bundleSizes() {
  const assets = join('dist', 'assets')
  if (!existsSync(assets)) return undefined
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const code = readFileSync(join(assets, file))
      return { file, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length }
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
}
const bundles = bundleSizes()
if (bundles) {
  console.log('Bundle (dist/assets, gzip -9):')
  console.table(
    Object.fromEntries(
      bundles.slice(0, 12).map((b) => [b.file, { 'gzip KB': (b.gzipBytes / 1000).toFixed(2) }]),
    ),
  )
  try {
    console.log(
      execFileSync('npx', ['tsx', 'scripts/check-dist.ts'], { encoding: 'utf8' })
        .split('\n')
        .filter((l) => l.startsWith('Initial') || l.startsWith('Total'))
        .join('\n'),
    )
  } catch (error) {
    console.log(String((error as { stdout?: string }).stdout ?? error))
  }
} else {
  console.log('No dist/ yet: run npm run build for bundle sizes.')
}

let lighthouseRows: Awaited<ReturnType<typeof runLighthouse>> | undefined
if (process.argv.includes('--no-lighthouse')) {
  console.log('Lighthouse skipped (--no-lighthouse).')
} else if (!lighthouseAvailable()) {
  console.log('Lighthouse skipped: needs dist/ (npm run build) and /usr/bin/chromium.')
} else {
  console.log('Lighthouse 12 (the overview: median of 3 runs; other routes: 1 run)…')
  lighthouseRows = await runLighthouse()
  console.table(
    Object.fromEntries(
      lighthouseRows.map((r) => [
        `${r.formFactor} ${r.route}`,
        {
          performance: Math.round(r.performance),
          accessibility: Math.round(r.accessibility),
          'best practices': Math.round(r.bestPractices),
          'FCP ms': Math.round(r.fcpMs),
          'LCP ms': Math.round(r.lcpMs),
          'TBT ms': Math.round(r.tbtMs),
          CLS: r.cls.toFixed(3),
        },
      ]),
    ),
  )
}

const result = { date: new Date().toISOString(), scale, bundles, lighthouse: lighthouseRows }
mkdirSync('bench', { recursive: true })
const historyFile = join('bench', 'history.json')
const history = existsSync(historyFile) ? JSON.parse(readFileSync(historyFile, 'utf8')) : []
if (existsSync(join('bench', 'results.json'))) {
  history.push(JSON.parse(readFileSync(join('bench', 'results.json'), 'utf8')))
}
writeFileSync(historyFile, `${JSON.stringify(history.slice(-20), null, 2)}\n`)
writeFileSync(join('bench', 'results.json'), `${JSON.stringify(result, null, 2)}\n`)
console.log('Wrote bench/results.json (previous run appended to bench/history.json)')

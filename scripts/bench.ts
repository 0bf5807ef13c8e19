/**
 * npm run bench — measures on this machine and prints tables; writes bench/results.json and keeps
 * earlier runs in bench/history.json so results can be compared over time.
 * - scale: the data path at 1×, 10×, 100×, 1,000× and 2,000× the 2017 dataset (synthetic copies):
 *   validation at the API boundary, data-quality rules and rows, filter + aggregate; chart points
 *   after downsampling a monthly series of 31 provinces × 12 months; and, with a build and
 *   Chromium, the /explore table's render (virtualised) from the data response, and the rows it
 *   puts in the DOM (see scripts/bench-table-render.ts);
 * - bundles: bundle sizes of the build (run `npm run build` first);
 * - interactions: main-thread scripting until idle (V8 CPU profile, microtasks included) and input
 *   to next paint (Event Timing, as INP counts it) per filter toggle, keystroke, currency switch
 *   and slide change on the build in Chromium, against the goal of one frame (≤ 16 ms), after a
 *   self-check of the scripting figure on known work; see scripts/bench-interactions.ts;
 * - lighthouse: scores per route on mobile and desktop (needs a build and Chromium; minutes);
 * - baseline: this dashboard beside a typical Vite + React + recharts dashboard on the same data
 *   (../shared/baseline/react-recharts, built once in node_modules/.cache/baseline), both served
 *   gzip by ../shared/baseline/serve.mjs in the same run: Lighthouse on `/` (mobile and desktop,
 *   median of 3, alternating) and long-task time while scrolling through every chart of `/` at
 *   4× CPU (1920×1080), with the ratios; see scripts/bench-baseline.ts.
 *
 * Options:
 *   --only <section>[,<section>]  run only these sections (scale, bundles, interactions,
 *                                 lighthouse, baseline); prints tables and writes nothing to bench/, since
 *                                 a partial run is not comparable with the full ones kept there;
 *                                 e.g. `npm run bench -- --only interactions`
 *   --no-lighthouse               skip Lighthouse
 *   --no-interactions             skip the interaction benchmark
 *   --help                        this text
 * Environment: DIST_DIR, the build to measure (default dist/), e.g. a copy built elsewhere with
 * `vite build --outDir`; the browser sections serve it with `vite preview` on a free port.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { syntheticDataset, syntheticSeries } from '../mocks/synthetic'
import { filterRows } from '../src/domain/filters'
import { deriveKpis } from '../src/domain/kpis'
import { parseDataset } from '../src/domain/parse-dataset'
import { statuses } from '../src/domain/status'
import {
  RUNS as BASELINE_RUNS,
  type BaselineResult,
  baselineAvailable,
  runBaseline,
} from './bench-baseline'
import { browserBenchAvailable, PROFILE_SAMPLING_US } from './bench-browser'
import {
  EVENT_TIMING_ROUNDING_MS,
  goalVerdict,
  INTERACTION_GOAL_MS,
  type InteractionRow,
  responseVerdict,
  runInteractions,
  SCRIPT_METHOD,
  type SelfCheckRow,
} from './bench-interactions'
import { runTableRender, type TableRenderRow } from './bench-table-render'
import { lttb } from './downsample'
import {
  RUNS as LIGHTHOUSE_RUNS,
  type LighthouseRow,
  lighthouseAvailable,
  runLighthouse,
} from './lighthouse'
import { loadDataset, newestKey } from './load-data'

const SECTIONS = ['scale', 'bundles', 'interactions', 'lighthouse', 'baseline'] as const
type Section = (typeof SECTIONS)[number]

const { values: options } = parseArgs({
  options: {
    only: { type: 'string' },
    'no-lighthouse': { type: 'boolean' },
    'no-interactions': { type: 'boolean' },
    help: { type: 'boolean' },
  },
})
if (options.help) {
  const source = readFileSync(new URL(import.meta.url), 'utf8')
  console.log(
    source
      .slice(source.indexOf('/**') + 3, source.indexOf('*/'))
      .replace(/^ \* ?/gm, '')
      .trim(),
  )
  process.exit(0)
}
const only = options.only?.split(',').map((s) => s.trim())
const unknown = only?.filter((s) => !SECTIONS.includes(s as Section))
if (unknown?.length) {
  console.error(`Unknown section ${unknown.join(', ')}: choose from ${SECTIONS.join(', ')}`)
  process.exit(2)
}
const skipped: Partial<Record<Section, boolean>> = {
  interactions: options['no-interactions'],
  lighthouse: options['no-lighthouse'],
}
const runs = (section: Section) => (only ? only.includes(section) : !skipped[section])
const distDir = resolve(process.env.DIST_DIR ?? 'dist')

/**
 * Multiples of the 2017 dataset: 27 metrics, and one series of 31 provinces × 12 months (372
 * rows) per 1×. A group's 200 metrics by province and month (≈ 75,000 rows) lies between 100× and
 * 1,000×; 2,000× (744,000 rows, 54,000 metrics) is ten times that.
 */
const FACTORS = [1, 10, 100, 1000, 2000]
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

async function benchScale() {
  const loaded = loadDataset(newestKey())
  if (!loaded.ok) throw new Error('data/ is invalid: run npm run validate:data')
  const datasets = FACTORS.map((factor) => ({
    factor,
    dataset: syntheticDataset(loaded.dataset, factor),
  }))
  const inNode = datasets.map(({ factor, dataset }) => {
    const payload = JSON.parse(JSON.stringify(dataset))
    if (!parseDataset(payload).ok) throw new Error(`The ${factor}× synthetic dataset is invalid`)
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
  let inBrowser: TableRenderRow[] | undefined
  if (browserBenchAvailable(distDir)) {
    console.log(`Table render: /explore on ${distDir} in Chromium, each dataset 5× (median)…`)
    inBrowser = await runTableRender(distDir, datasets)
  } else {
    console.log(
      `Table render skipped: needs ${distDir} (npm run build) and Chromium; its columns show —.`,
    )
  }
  const scale = inNode.map((s) => {
    const table = inBrowser?.find((t) => t.factor === s.factor)
    return {
      ...s,
      tableRenderMs: table?.tableRenderMs,
      tableDomRows: table?.tableDomRows,
    }
  })

  console.log(
    'Scale (synthetic copies of the 2017 dataset; median ms on this machine; table render: ' +
      'main-thread ms in Chromium, 1× CPU, from the data response to the table shown and the ' +
      'page idle; table DOM rows: rows rendered with every metric loaded):',
  )
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
          'table render ms': s.tableRenderMs?.toFixed(1) ?? '—',
          'table DOM rows': s.tableDomRows ?? '—',
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
  return scale
}

function bundleSizes() {
  const assets = join(distDir, 'assets')
  if (!existsSync(assets)) return undefined
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const code = readFileSync(join(assets, file))
      return { file, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length }
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
}

function benchBundles() {
  const bundles = bundleSizes()
  if (!bundles) {
    console.log(`No ${distDir} yet: run npm run build for bundle sizes.`)
    return undefined
  }
  console.log(`Bundle (${join(distDir, 'assets')}, gzip -9):`)
  console.table(
    Object.fromEntries(
      bundles.slice(0, 12).map((b) => [b.file, { 'gzip KB': (b.gzipBytes / 1000).toFixed(2) }]),
    ),
  )
  try {
    console.log(
      execFileSync('npx', ['tsx', 'scripts/check-dist.ts'], {
        encoding: 'utf8',
        env: { ...process.env, DIST_DIR: distDir },
      })
        .split('\n')
        .filter((l) => l.startsWith('Initial') || l.startsWith('Total'))
        .join('\n'),
    )
  } catch (error) {
    console.log(String((error as { stdout?: string }).stdout ?? error))
  }
  return bundles
}

async function benchInteractions(): Promise<
  { selfCheck: SelfCheckRow[]; rows: InteractionRow[] } | undefined
> {
  if (!browserBenchAvailable(distDir)) {
    console.log(`Interactions skipped: needs ${distDir} (npm run build) and Chromium.`)
    return undefined
  }
  console.log(
    `Interactions on the build in Chromium, without and with 4× CPU slowdown (median and p95 of ` +
      `15): main-thread ms each causes until idle, deferred work included (goal ≤ ` +
      `${INTERACTION_GOAL_MS} ms of scripting, median), and input to next paint from Event ` +
      `Timing as INP counts it (response goal ≤ ${INTERACTION_GOAL_MS} ms, median)…`,
  )
  const { selfCheck, rows } = await runInteractions(distDir)
  const ms = (value: number, digits = 1) => (Number.isNaN(value) ? '—' : value.toFixed(digits))
  console.log(`Self-check of the scripting figure (${SCRIPT_METHOD}), median of 7 windows:`)
  console.table(
    Object.fromEntries(
      selfCheck.map((c) => [
        `${c.check}, CPU ${c.cpuSlowdown}×`,
        {
          'expected ms': ms(c.expectedMs),
          'script ms': ms(c.scriptMs),
          'GC ms': ms(c.gcMs),
          'ScriptDuration ms': ms(c.scriptDurationMs),
          'all tasks ms': ms(c.taskMs),
          'script + GC ±10%': c.ok ? 'ok' : 'OFF',
        },
      ]),
    ),
  )
  if (selfCheck.some((c) => !c.ok)) {
    console.log(
      'Self-check off (rows marked OFF): the scripting figures below may be off the same way.',
    )
  }
  // Entries under the threshold are not reported; their inputs count as the rounded 8 ms.
  const paint = (value: number) => (value === EVENT_TIMING_ROUNDING_MS ? '< 16' : ms(value, 0))
  console.table(
    Object.fromEntries(
      rows.map((r) => [
        `${r.interaction}, CPU ${r.cpuSlowdown}×`,
        {
          'script median ms': ms(r.scriptMedianMs),
          'script p95 ms': ms(r.scriptP95Ms),
          'GC median ms': ms(r.gcMedianMs),
          'all tasks median ms': ms(r.taskMedianMs),
          'all tasks p95 ms': ms(r.taskP95Ms),
          [`script goal ≤ ${INTERACTION_GOAL_MS} ms`]: goalVerdict(r),
          'next paint median ms': paint(r.nextPaintMedianMs),
          'next paint p95 ms': paint(r.nextPaintP95Ms),
          'handlers median ms':
            r.nextPaintUnderThreshold === 0
              ? ms(r.handlerMedianMs)
              : `${ms(r.handlerMedianMs)} (${r.samples - r.nextPaintUnderThreshold} of ${r.samples})`,
          [`response ≤ ${INTERACTION_GOAL_MS} ms`]: responseVerdict(r),
        },
      ]),
    ),
  )
  console.log(
    `Script: JavaScript sampled by V8's CPU profiler (every ${PROFILE_SAMPLING_US} µs) from the input until the ` +
      `page is idle: event listeners, timers, animation frames and promise callbacks (microtasks, ` +
      `which ScriptDuration, used before, missed), and native calls made from script (a forced ` +
      `layout); garbage collection is apart (GC). All tasks: TaskDuration, every main-thread ` +
      `task, profiler sampling included. ` +
      `Next paint: Event Timing durations are rounded to ${EVENT_TIMING_ROUNDING_MS} ms (±` +
      `${EVENT_TIMING_ROUNDING_MS / 2} ms: "16" is 12–20 ms); inputs with no entry over the 16 ms ` +
      `threshold show as "< 16" and count as ${EVENT_TIMING_ROUNDING_MS} ms. Handlers: ` +
      `processingEnd − processingStart per interaction, median over the inputs with entries ` +
      `("(n of 15)" when not all had).`,
  )
  return { selfCheck, rows }
}

async function benchLighthouse(): Promise<LighthouseRow[] | undefined> {
  if (!lighthouseAvailable(distDir)) {
    console.log(`Lighthouse skipped: needs ${distDir} (npm run build) and Chromium.`)
    return undefined
  }
  console.log(`Lighthouse 12 (every route: median of ${LIGHTHOUSE_RUNS} runs)…`)
  const rows = await runLighthouse(distDir)
  console.table(
    Object.fromEntries(
      rows.map((r) => [
        `${r.formFactor} ${r.route}`,
        {
          runs: r.runs,
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
  return rows
}

async function benchBaseline(): Promise<BaselineResult | undefined> {
  if (!baselineAvailable(distDir)) {
    console.log(`Baseline skipped: needs ${distDir}, Chromium and ../shared/baseline.`)
    return undefined
  }
  console.log(
    'Beside the baseline (same run, both served gzip by shared/baseline/serve.mjs): scroll ' +
      `profile at 4× CPU, then Lighthouse 12 on / (median of ${BASELINE_RUNS}, alternating)…`,
  )
  const result = await runBaseline(distDir)
  const ours = 'this dashboard'
  const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—')
  const byTarget = <T extends { target: string }>(rows: T[], target: string) =>
    rows.find((r) => r.target === target)
  console.table(
    Object.fromEntries(
      result.lighthouse.map((r) => [
        `${r.formFactor}, ${r.target}`,
        {
          runs: r.runs,
          performance: Math.round(r.performance),
          'FCP ms': Math.round(r.fcpMs),
          'LCP ms': Math.round(r.lcpMs),
          'TBT ms': Math.round(r.tbtMs),
          CLS: r.cls.toFixed(3),
          'longest task ms': Math.round(r.longestTaskMs),
        },
      ]),
    ),
  )
  for (const formFactor of ['mobile', 'desktop'] as const) {
    const rows = result.lighthouse.filter((r) => r.formFactor === formFactor)
    const a = byTarget(rows, ours)
    const b = rows.find((r) => r.target !== ours)
    if (a && b) {
      console.log(
        `${formFactor}: ours / baseline: TBT ${ratio(a.tbtMs, b.tbtMs)}, LCP ${ratio(a.lcpMs, b.lcpMs)}, ` +
          `FCP ${ratio(a.fcpMs, b.fcpMs)}; performance ${Math.round(a.performance)} vs ${Math.round(b.performance)}`,
      )
    }
  }
  console.log(
    'Scrolling through every chart of / at 4× CPU, 1920×1080 (median of 3): long-task time ' +
      'beyond 50 ms per task, at load and during the scroll:',
  )
  console.table(
    Object.fromEntries(
      result.scroll.map((r) => [
        r.target,
        {
          'load blocking ms': Math.round(r.loadBlockingMs),
          'load longest ms': Math.round(r.loadLongestMs),
          'scroll blocking ms': Math.round(r.scrollBlockingMs),
          'scroll long tasks': r.scrollLongTasks,
          'scroll longest ms': Math.round(r.scrollLongestMs),
          'charts drawn': r.charts,
        },
      ]),
    ),
  )
  return result
}

const scale = runs('scale') ? await benchScale() : undefined
const bundles = runs('bundles') ? benchBundles() : undefined
const interactionRuns = runs('interactions') ? await benchInteractions() : undefined
if (!runs('interactions')) console.log('Interactions skipped.')
const lighthouse = runs('lighthouse') ? await benchLighthouse() : undefined
if (!runs('lighthouse')) console.log('Lighthouse skipped.')
const baseline = runs('baseline') ? await benchBaseline() : undefined

if (only) {
  console.log(
    `--only ${only.join(',')}: bench/results.json and bench/history.json left as they are.`,
  )
} else {
  const result = {
    date: new Date().toISOString(),
    scale,
    bundles,
    interactions: interactionRuns?.rows,
    interactionsSelfCheck: interactionRuns?.selfCheck,
    lighthouse,
    baseline,
  }
  mkdirSync('bench', { recursive: true })
  const historyFile = join('bench', 'history.json')
  const history = existsSync(historyFile) ? JSON.parse(readFileSync(historyFile, 'utf8')) : []
  if (existsSync(join('bench', 'results.json'))) {
    history.push(JSON.parse(readFileSync(join('bench', 'results.json'), 'utf8')))
  }
  writeFileSync(historyFile, `${JSON.stringify(history.slice(-20), null, 2)}\n`)
  writeFileSync(join('bench', 'results.json'), `${JSON.stringify(result, null, 2)}\n`)
  console.log('Wrote bench/results.json (previous run appended to bench/history.json)')
}

/**
 * The `baseline` section of `npm run bench`: this dashboard beside a typical Vite + React +
 * recharts dashboard on the same data (`../shared/baseline/react-recharts`), in the same run, so
 * the ratios hold on a busy machine. Both are served by the same gzip server
 * (`../shared/baseline/serve.mjs`); Lighthouse 12 runs on `/` of each, alternating, on mobile and
 * desktop (median of RUNS); then a long-task profile while scrolling through every chart of `/`
 * at 4× CPU slowdown (1920×1080).
 *
 * The baseline is copied to node_modules/.cache/baseline (shared/ is read-only) and built there
 * once with `npm ci && npm run build`; BASELINE_DIR points at another copy of its source.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type Result } from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { type Browser, chromium, type Page } from 'playwright-core'
import { sleep } from './bench-browser'
import { chromiumFlags, chromiumPath } from './chromium'

const root = fileURLToPath(new URL('..', import.meta.url))
const shared = join(root, '..', 'shared', 'baseline')
const sharedFallback = '/work/shared/baseline'
/** Lighthouse runs per target and form factor (the median is reported). */
export const RUNS = Number(process.env.BASELINE_RUNS ?? 3)
/** Scroll profiles per target (the median is reported). */
const SCROLL_RUNS = 3
const LONG_TASK_MS = 50

export interface TargetLighthouse {
  target: string
  formFactor: 'mobile' | 'desktop'
  runs: number
  performance: number
  fcpMs: number
  lcpMs: number
  tbtMs: number
  cls: number
  /** The longest main-thread task Lighthouse saw (its long-tasks diagnostic). */
  longestTaskMs: number
}

export interface TargetScroll {
  target: string
  runs: number
  /** Long-task time beyond 50 ms per task while scrolling top to bottom, at 4× CPU. */
  scrollBlockingMs: number
  scrollLongTasks: number
  scrollLongestMs: number
  /** The same at load (from navigation until idle, before the scroll). */
  loadBlockingMs: number
  loadLongestMs: number
  /** Charts drawn by the end: recharts surfaces, or the build's drawings standing in for them. */
  charts: number
}

export interface BaselineResult {
  lighthouse: TargetLighthouse[]
  scroll: TargetScroll[]
}

function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

function baselineSource(): string {
  if (process.env.BASELINE_DIR) return process.env.BASELINE_DIR
  const dir = existsSync(shared) ? shared : sharedFallback
  return join(dir, 'react-recharts')
}

function serveScript(): string {
  const local = join(shared, 'serve.mjs')
  return existsSync(local) ? local : join(sharedFallback, 'serve.mjs')
}

export function baselineAvailable(distDir: string): boolean {
  return (
    existsSync(chromiumPath) &&
    existsSync(join(distDir, 'index.html')) &&
    existsSync(baselineSource()) &&
    existsSync(serveScript())
  )
}

/** Builds the baseline in a scratch copy (once) and returns its dist folder. */
function buildBaseline(): string {
  const work = join(root, 'node_modules', '.cache', 'baseline')
  const dist = join(work, 'dist')
  if (existsSync(join(dist, 'index.html'))) return dist
  rmSync(work, { recursive: true, force: true })
  cpSync(baselineSource(), work, {
    recursive: true,
    filter: (src) => !/node_modules|[/\\]dist$/.test(src),
  })
  console.log(`Building the baseline in ${work} (npm ci && npm run build)…`)
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: work, stdio: 'ignore' })
  execFileSync('npm', ['run', 'build'], { cwd: work, stdio: 'ignore' })
  return dist
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** `node serve.mjs DIR PORT`, resolved once it listens. */
async function serve(dir: string): Promise<{ origin: string; process: ChildProcess }> {
  const port = await freePort()
  const child = spawn(process.execPath, [serveScript(), dir, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject)
    child.stdout?.once('data', () => resolve())
  })
  return { origin: `http://127.0.0.1:${port}`, process: child }
}

async function lighthouseRows(
  targets: { name: string; origin: string }[],
): Promise<TargetLighthouse[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: chromiumFlags,
  })
  const rows: TargetLighthouse[] = []
  try {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const results = new Map<string, Result[]>(targets.map((t) => [t.name, []]))
      // Alternating, so both targets meet the same spells of load on the machine.
      for (let i = 0; i < RUNS; i++) {
        for (const target of targets) {
          const result = await lighthouse(
            `${target.origin}/`,
            {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance'],
            },
            formFactor === 'desktop' ? desktopConfig : undefined,
          )
          if (result) results.get(target.name)?.push(result.lhr)
        }
      }
      for (const target of targets) {
        const lhrs = results.get(target.name) ?? []
        const metric = (pick: (lhr: Result) => number | null | undefined) =>
          median(lhrs.map((lhr) => pick(lhr) ?? Number.NaN))
        rows.push({
          target: target.name,
          formFactor,
          runs: lhrs.length,
          performance: metric((r) => r.categories.performance?.score) * 100,
          fcpMs: metric((r) => r.audits['first-contentful-paint']?.numericValue),
          lcpMs: metric((r) => r.audits['largest-contentful-paint']?.numericValue),
          tbtMs: metric((r) => r.audits['total-blocking-time']?.numericValue),
          cls: metric((r) => r.audits['cumulative-layout-shift']?.numericValue),
          longestTaskMs: metric((r) => {
            const items = (r.audits['long-tasks']?.details as { items?: { duration: number }[] })
              ?.items
            return items?.length ? Math.max(...items.map((t) => t.duration)) : 0
          }),
        })
      }
    }
  } finally {
    chrome.kill()
  }
  return rows
}

/** Long tasks the page has seen so far, as [start, duration] pairs. */
export async function longTasks(page: Page): Promise<[number, number][]> {
  return page.evaluate(() => (window as unknown as { __longTasks: [number, number][] }).__longTasks)
}

const blocking = (tasks: [number, number][]) =>
  tasks.reduce((sum, [, d]) => sum + Math.max(0, d - LONG_TASK_MS), 0)
const longest = (tasks: [number, number][]) => Math.max(0, ...tasks.map(([, d]) => d))

/**
 * A 1920×1080 page at 4× CPU slowdown that records its long tasks from the start (the scroll
 * profile here, and scripts/profile-scroll.ts, which traces the same walk).
 */
export async function throttledPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    serviceWorkers: 'block',
  })
  const page = await context.newPage()
  await page.addInitScript(() => {
    const tasks: [number, number][] = []
    ;(window as unknown as { __longTasks: [number, number][] }).__longTasks = tasks
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration])
    }).observe({ type: 'longtask', buffered: true })
  })
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  return page
}

/** Until no long task for 2 s (the app's start, its data, its first charts). */
export async function quiet(page: Page) {
  let seen = -1
  for (let i = 0; i < 40; i++) {
    const tasks = await longTasks(page)
    const last = tasks.at(-1)
    const now = await page.evaluate(() => performance.now())
    if (tasks.length === seen && (!last || now - last[0] - last[1] > 2000)) return
    seen = tasks.length
    await sleep(500)
  }
}

/** Scrolls to the bottom in half-screen wheel steps, a reader's pace apart, then waits for quiet. */
export async function scrollThrough(page: Page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  for (let y = 0; y <= height; y += 540) {
    await page.mouse.wheel(0, 540)
    await sleep(250)
  }
  await quiet(page)
}

/** Loads `/` at 4× CPU, waits for quiet, then scrolls to the bottom in screen-sized steps. */
async function scrollProfile(origin: string): Promise<Omit<TargetScroll, 'target' | 'runs'>> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })
  try {
    const page = await throttledPage(browser)
    await page.goto(`${origin}/`, { waitUntil: 'load' })
    await quiet(page)
    const atLoad = await longTasks(page)
    await scrollThrough(page)
    const all = await longTasks(page)
    const during = all.slice(atLoad.length)
    // A plot the build drew counts where it stands in for its chart (the one of its two drawings
    // that shows); recharts' surfaces count as before.
    const charts = await page.evaluate(
      () =>
        new Set([
          ...document.querySelectorAll('svg.recharts-surface, .recharts-wrapper svg'),
          ...[...document.querySelectorAll('.chart-drawing svg[role="group"]')].filter(
            (svg) => svg.getBoundingClientRect().width > 0,
          ),
        ]).size,
    )
    return {
      scrollBlockingMs: blocking(during),
      scrollLongTasks: during.length,
      scrollLongestMs: longest(during),
      loadBlockingMs: blocking(atLoad),
      loadLongestMs: longest(atLoad),
      charts,
    }
  } finally {
    await browser.close()
  }
}

export async function runBaseline(distDir: string): Promise<BaselineResult> {
  const baselineDist = buildBaseline()
  const ours = await serve(distDir)
  const theirs = await serve(baselineDist)
  const targets = [
    { name: 'this dashboard', origin: ours.origin },
    { name: 'baseline (react-recharts)', origin: theirs.origin },
  ]
  try {
    const scroll: TargetScroll[] = []
    const profiles = new Map<string, Omit<TargetScroll, 'target' | 'runs'>[]>(
      targets.map((t) => [t.name, []]),
    )
    for (let i = 0; i < SCROLL_RUNS; i++) {
      for (const target of targets)
        profiles.get(target.name)?.push(await scrollProfile(target.origin))
    }
    for (const target of targets) {
      const runs = profiles.get(target.name) ?? []
      const pick = (key: keyof (typeof runs)[number]) => median(runs.map((r) => r[key]))
      scroll.push({
        target: target.name,
        runs: runs.length,
        scrollBlockingMs: pick('scrollBlockingMs'),
        scrollLongTasks: pick('scrollLongTasks'),
        scrollLongestMs: pick('scrollLongestMs'),
        loadBlockingMs: pick('loadBlockingMs'),
        loadLongestMs: pick('loadLongestMs'),
        charts: pick('charts'),
      })
    }
    const lighthouseResult = await lighthouseRows(targets)
    return { lighthouse: lighthouseResult, scroll }
  } finally {
    ours.process.kill()
    theirs.process.kill()
  }
}

/**
 * What the long tasks of `/` are: loads the build at 4× CPU (1920×1080), waits for quiet, scrolls
 * to the bottom as `npm run bench` does (scripts/bench-baseline.ts), and records a Chromium trace
 * with V8's CPU samples. Prints each main-thread task over 50 ms (at load and while scrolling)
 * with what ran in it: the trace events that took its time (script evaluation per file, function
 * calls, style, layout) and the functions with the most self time, named through the build's
 * source maps when it has them (`vite build --sourcemap`).
 *
 * A build with source maps, outside the folders lint reads:
 *   npx vite build --sourcemap --outDir node_modules/.cache/profile-dist &&
 *     PRERENDER_OUT_DIR=node_modules/.cache/profile-dist npx tsx scripts/prerender.ts
 *   npx tsx scripts/profile-scroll.ts --dist node_modules/.cache/profile-dist [--runs N]
 *     [--json out.json] [--path /explore]
 * Tracing itself slows the page: read the tasks' shares, and take the milliseconds from the bench.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser } from 'playwright-core'
import { SourceMapConsumer } from 'source-map-js'
import { longTasks, quiet, scrollThrough, throttledPage } from './bench-baseline'
import { withServedBuild } from './bench-browser'

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '1' },
    json: { type: 'string' },
    path: { type: 'string', default: '/' },
  },
})
const distDir = values.dist ?? 'dist'
const LONG_TASK_MS = 50

interface TraceEvent {
  name: string
  cat: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  id?: string
  args?: Record<string, unknown> & { data?: Record<string, unknown> }
}

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url?: string; lineNumber?: number; columnNumber?: number }
  parent?: number
}

interface Task {
  phase: 'load' | 'scroll'
  start: number
  durMs: number
  /** ms per trace event kind (top-level children of the task), with the script for evaluations. */
  events: Map<string, number>
  /** ms of self time per function. */
  functions: Map<string, number>
  /** ms of self time per script file. */
  files: Map<string, number>
}

const consumers = new Map<string, SourceMapConsumer | null>()
function sourceMap(url: string): SourceMapConsumer | null {
  const file = url.replace(/^https?:\/\/[^/]+\//, '')
  if (!consumers.has(file)) {
    const path = join(distDir, `${file}.map`)
    consumers.set(
      file,
      existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8'))) : null,
    )
  }
  return consumers.get(file) ?? null
}

function frameName(frame: ProfileNode['callFrame']): string {
  const url = frame.url ?? ''
  const file = url.replace(/^https?:\/\/[^/]+\//, '')
  const line = frame.lineNumber ?? 0
  if (!file) return frame.functionName || '(anonymous)'
  const map = sourceMap(url)
  if (map) {
    const pos = map.originalPositionFor({ line: line + 1, column: frame.columnNumber ?? 0 })
    if (pos.source) {
      const source = pos.source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')
      return `${pos.name ?? frame.functionName ?? '(anonymous)'} ${source}:${pos.line}`
    }
  }
  return `${frame.functionName || '(anonymous)'} ${file}:${line + 1}`
}

const add = (map: Map<string, number>, key: string, ms: number) =>
  map.set(key, (map.get(key) ?? 0) + ms)

async function profileOnce(origin: string, browser: Browser) {
  const page = await throttledPage(browser)
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8.execute',
      'disabled-by-default-v8.cpu_profiler',
      'blink.user_timing',
    ],
  })
  await page.goto(`${origin}${values.path}`, { waitUntil: 'load' })
  await quiet(page)
  const scrollMark = await page.evaluate(() => {
    performance.mark('profile:scroll')
    return performance.now()
  })
  await scrollThrough(page)
  const observed = await longTasks(page)
  const buffer = await browser.stopTracing()
  await page.context().close()
  const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }
  return { traceEvents, observed, scrollMark }
}

function analyse(traceEvents: TraceEvent[]): Task[] {
  // The page's renderer main thread: the one whose thread name is CrRendererMain and that ran
  // the mark this script set.
  const mark = traceEvents.find((e) => e.name === 'profile:scroll')
  if (!mark) throw new Error('No scroll mark in the trace')
  const { pid, tid } = mark
  const main = traceEvents.filter((e) => e.pid === pid && e.tid === tid)
  const tasks: Task[] = main
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) / 1000 > LONG_TASK_MS)
    .map((e) => ({
      phase: e.ts < mark.ts ? 'load' : 'scroll',
      start: e.ts,
      durMs: (e.dur ?? 0) / 1000,
      events: new Map(),
      functions: new Map(),
      files: new Map(),
    }))
  const taskAt = (ts: number) =>
    tasks.find((t) => ts >= t.start && ts < t.start + t.durMs * 1000) ?? null
  // Trace events that explain a task: the outermost ones of interest inside it.
  const KINDS = new Set([
    'EvaluateScript',
    'v8.evaluateModule',
    'FunctionCall',
    'TimerFire',
    'FireAnimationFrame',
    'FireIdleCallback',
    'EventDispatch',
    'UpdateLayoutTree',
    'Layout',
    'Paint',
    'PrePaint',
    'Layerize',
    'ParseHTML',
    'v8.compile',
    'v8.compileModule',
    'RunMicrotasks',
    'MajorGC',
    'MinorGC',
    'V8.GC_MARK_COMPACTOR',
  ])
  for (const e of main) {
    if (e.ph !== 'X' || !KINDS.has(e.name)) continue
    const task = taskAt(e.ts)
    if (!task) continue
    const url = (e.args?.data?.url as string | undefined) ?? (e.args?.fileName as string)
    const file = url ? ` ${String(url).replace(/^https?:\/\/[^/]+\//, '')}` : ''
    const fn = e.args?.data?.functionName ? ` ${e.args.data.functionName}` : ''
    add(task.events, `${e.name}${file}${fn}`, (e.dur ?? 0) / 1000)
  }
  // CPU samples: Profile + ProfileChunk events on the same thread.
  const profile = traceEvents.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid)
  if (!profile) return tasks
  const chunks = traceEvents.filter(
    (e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id,
  )
  const nodes = new Map<number, ProfileNode>()
  let time = (profile.args?.data?.startTime as number) ?? 0
  for (const chunk of chunks) {
    const data = chunk.args?.data as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }
      timeDeltas?: number[]
    }
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node)
    const samples = data.cpuProfile?.samples ?? []
    const deltas = data.timeDeltas ?? []
    for (const [i, id] of samples.entries()) {
      const delta = deltas[i] ?? 0
      time += delta
      const task = taskAt(time)
      const node = nodes.get(id)
      if (!task || !node) continue
      // The interval up to the next sample is this sample's; approximate it by this delta.
      const ms = delta / 1000
      add(task.functions, frameName(node.callFrame), ms)
      const file =
        (node.callFrame.url ?? '').replace(/^https?:\/\/[^/]+\//, '') || node.callFrame.functionName
      add(task.files, file, ms)
    }
  }
  return tasks
}

const top = (map: Map<string, number>, n: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, ms]) => `      ${ms.toFixed(0).padStart(5)} ms  ${k}`)
    .join('\n')

const runs = Number(values.runs)
const report: unknown[] = []
await withServedBuild(distDir, async (browser, origin) => {
  for (let run = 0; run < runs; run++) {
    const { traceEvents, observed } = await profileOnce(origin, browser)
    const tasks = analyse(traceEvents)
    const blocking = (phase: Task['phase']) =>
      tasks
        .filter((t) => t.phase === phase)
        .reduce((sum, t) => sum + Math.max(0, t.durMs - LONG_TASK_MS), 0)
    console.log(
      `\nRun ${run + 1}: ${tasks.length} tasks over ${LONG_TASK_MS} ms; blocking at load ` +
        `${blocking('load').toFixed(0)} ms, while scrolling ${blocking('scroll').toFixed(0)} ms ` +
        `(PerformanceObserver saw ${observed.length} long tasks)`,
    )
    for (const task of tasks) {
      console.log(`  ${task.phase} task ${task.durMs.toFixed(0)} ms`)
      console.log('    events:')
      console.log(top(task.events, 8))
      console.log('    self time by file:')
      console.log(top(task.files, 6))
      console.log('    self time by function:')
      console.log(top(task.functions, 14))
    }
    report.push(
      tasks.map((t) => ({
        phase: t.phase,
        durMs: t.durMs,
        events: Object.fromEntries(t.events),
        files: Object.fromEntries(t.files),
        functions: Object.fromEntries(t.functions),
      })),
    )
  }
})
if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 2))

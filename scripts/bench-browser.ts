/**
 * What the browser benchmarks share (interactions, table render at scale): the build served with
 * `vite preview` on a free port, Debian's Chromium, main-thread cost read from CDP
 * `Performance.getMetrics` — polled from Node, so reading it runs no script in the page — and
 * JavaScript time read from V8's sampling CPU profiler, which sees microtasks that
 * ScriptDuration misses.
 */
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, type CDPSession, chromium } from 'playwright-core'
import { preview } from 'vite'
import { chromiumFlags, chromiumPath } from './chromium'

/** The page counts as idle once the main thread has done less than QUIET_TASK_MS in QUIET_MS. */
const QUIET_MS = 100
const QUIET_TASK_MS = 1
const QUIET_POLLS = 200

/**
 * V8's sampling interval for the JavaScript profile, in µs. DevTools uses 100–200, but sampling
 * that often slowed this app's own work (a slide change's ScriptDuration read about twice its
 * unprofiled value in a trial at 100 µs); at 500 µs a 50 ms loop still reads 50 ± 1 ms (see the
 * self-check in bench-interactions.ts), and a sample's error at a window's edges is ≤ 0.5 ms.
 */
export const PROFILE_SAMPLING_US = 500
/** Profile nodes that are not JavaScript: the thread waiting, native work (style, layout, paint,
 * tasks' bookkeeping), and the tree's root. Garbage collection is counted apart. */
const NOT_JAVASCRIPT = new Set(['(root)', '(idle)', '(program)'])
const GARBAGE_COLLECTOR = '(garbage collector)'

export interface MainThreadCost {
  /**
   * ScriptDuration: JavaScript the main thread runs from tasks, timers and event listeners.
   * Promise continuations (microtasks) are not counted: a 200 ms loop in a `.then` adds 0 ms.
   */
  scriptDurationMs: number
  /** TaskDuration: every main-thread task (script, microtasks included, style, layout, paint). */
  taskMs: number
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Nearest rank: p 0.5 is the median, p 0.95 of 15 samples the slowest. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN
}

export function browserBenchAvailable(distDir: string): boolean {
  return existsSync(chromiumPath) && existsSync(join(distDir, 'index.html'))
}

/** The main thread's cumulative cost so far. */
export async function mainThread(cdp: CDPSession): Promise<MainThreadCost> {
  const { metrics } = await cdp.send('Performance.getMetrics')
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000
  return { scriptDurationMs: value('ScriptDuration'), taskMs: value('TaskDuration') }
}

/** Waits `minMs`, then until the main thread has been quiet for QUIET_MS; the metrics then. */
export async function settle(cdp: CDPSession, minMs = 0): Promise<MainThreadCost> {
  await sleep(minMs)
  let last = await mainThread(cdp)
  for (let i = 0; i < QUIET_POLLS; i++) {
    await sleep(QUIET_MS)
    const now = await mainThread(cdp)
    if (now.taskMs - last.taskMs < QUIET_TASK_MS) return now
    last = now
  }
  throw new Error(`The page did not go idle within ${(QUIET_POLLS * QUIET_MS) / 1000} s`)
}

export function costBetween(before: MainThreadCost, after: MainThreadCost): MainThreadCost {
  return {
    scriptDurationMs: after.scriptDurationMs - before.scriptDurationMs,
    taskMs: after.taskMs - before.taskMs,
  }
}

/** JavaScript time in a profiled window. */
export interface JavaScriptTime {
  /** Samples in JavaScript, microtasks included; garbage collection excluded. */
  scriptMs: number
  /** Samples in the garbage collector (V8 marks them apart from the code that caused them). */
  gcMs: number
}

/** Starts V8's CPU profiler on the page's main thread (every profiled window calls this). */
export async function startJavaScriptProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: PROFILE_SAMPLING_US })
  await cdp.send('Profiler.start')
}

/**
 * Stops the profiler and sums its samples. Each sample holds the time since the one before
 * (`timeDeltas`, µs) and the stack's top node: JavaScript unless the node is one of V8's
 * pseudo-frames (idle, program, garbage collector). Native code a script calls (a forced layout,
 * a DOM method) is sampled under the calling function, as ScriptDuration counts it too.
 */
export async function stopJavaScriptProfile(cdp: CDPSession): Promise<JavaScriptTime> {
  const { profile } = await cdp.send('Profiler.stop')
  const kind = new Map(profile.nodes.map((node) => [node.id, node.callFrame.functionName]))
  let scriptUs = 0
  let gcUs = 0
  for (const [i, id] of (profile.samples ?? []).entries()) {
    const delta = profile.timeDeltas?.[i] ?? 0
    const name = kind.get(id) ?? ''
    if (name === GARBAGE_COLLECTOR) gcUs += delta
    else if (!NOT_JAVASCRIPT.has(name)) scriptUs += delta
  }
  return { scriptMs: scriptUs / 1000, gcMs: gcUs / 1000 }
}

/**
 * Serves `distDir` and starts Chromium; `run` gets the browser and the server's origin. Both are
 * closed afterwards, whatever happens.
 */
export async function withServedBuild<T>(
  distDir: string,
  run: (browser: Browser, origin: string) => Promise<T>,
): Promise<T> {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const server = await preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  })
  try {
    const { port } = server.httpServer.address() as AddressInfo
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })
    try {
      return await run(browser, `http://127.0.0.1:${port}`)
    } finally {
      await browser.close()
    }
  } finally {
    await server.close()
  }
}

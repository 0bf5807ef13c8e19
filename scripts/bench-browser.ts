/**
 * What the browser benchmarks share (interactions, table render at scale): the build served with
 * `vite preview` on a free port, Debian's Chromium, and main-thread cost read from CDP
 * `Performance.getMetrics` — polled from Node, so reading it runs no script in the page.
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

export interface MainThreadCost {
  /**
   * ScriptDuration: JavaScript the main thread runs from tasks, timers and event listeners.
   * Promise continuations (microtasks) are not counted: a 200 ms loop in a `.then` adds 0 ms.
   */
  scriptMs: number
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
  return { scriptMs: value('ScriptDuration'), taskMs: value('TaskDuration') }
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
  return { scriptMs: after.scriptMs - before.scriptMs, taskMs: after.taskMs - before.taskMs }
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

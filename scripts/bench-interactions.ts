/**
 * Interaction cost on the production build in Chromium: how much main-thread work one filter
 * toggle, one keystroke in the search box, one currency switch and one slide change cause, against
 * the goal of one frame of work (≤ 16 ms of scripting for the 2017 dataset). Used by
 * `npm run bench`; reported there, never asserted in tests.
 *
 * Method: CDP `Performance.getMetrics` before and after each interaction; the deltas of
 * ScriptDuration (time with JavaScript on the renderer's main thread, microtasks included) and
 * TaskDuration (all main-thread tasks: script, style, layout, paint) are the interaction's cost.
 * - Input is sent as trusted CDP input (`page.mouse`, `page.keyboard`) at positions resolved
 *   beforehand: Playwright's locator actions run their own script in the page, which would be
 *   counted as the app's.
 * - The window closes once the page is idle: after the interaction's own delays (the search box's
 *   debounce), polling the metrics from Node (no script in the page) until the main thread has
 *   done less than QUIET_TASK_MS of work in QUIET_MS. So a keystroke's cost includes the debounced
 *   filter that follows it; each figure is the sum of every task the interaction caused.
 * - That the UI changed is checked after the window, so the check costs nothing inside it.
 * - An "idle" row runs the same window with no input: the noise floor of the method.
 * Each interaction runs WARMUP times, then REPEATS times measured; median and p95 (nearest rank,
 * so the slowest of 15) are reported without throttling and with Lighthouse's mobile slowdown
 * (`Emulation.setCPUThrottlingRate` 4). Service workers are blocked, so precaching does not land
 * in a window.
 */
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type CDPSession, chromium, type Locator, type Page } from 'playwright-core'
import { preview } from 'vite'
import { chromiumFlags, chromiumPath } from './chromium'

/** One frame at 60 Hz: the goal for the scripting an interaction causes. */
export const INTERACTION_GOAL_MS = 16
export const CPU_SLOWDOWNS = [1, 4] as const
const WARMUP = 3
const REPEATS = 15
const QUIET_MS = 100
const QUIET_TASK_MS = 1
/** The search box waits this long before filtering (SEARCH_DEBOUNCE_MS), plus a margin. */
const SEARCH_SETTLE_MS = 250 + 150

export interface InteractionRow {
  interaction: string
  route: string
  cpuSlowdown: (typeof CPU_SLOWDOWNS)[number]
  samples: number
  scriptMedianMs: number
  scriptP95Ms: number
  taskMedianMs: number
  taskP95Ms: number
  goalMs: number
  /** Whether the median scripting time is within the goal. */
  meetsGoal: boolean
}

interface Cost {
  scriptMs: number
  taskMs: number
}

/** One measured interaction: what to do before the window, the input, and the check after. */
interface Step {
  prepare?: () => Promise<void>
  input: () => Promise<void>
  /** How long the interaction's own timers delay its work. */
  settleMs?: number
  verify: () => Promise<void>
}

interface Scenario {
  interaction: string
  route: string
  /** Waits for the route to be usable and returns a source of steps, one per repetition. */
  open: (page: Page) => Promise<(i: number) => Step>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function mainThread(cdp: CDPSession): Promise<Cost> {
  const { metrics } = await cdp.send('Performance.getMetrics')
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000
  return { scriptMs: value('ScriptDuration'), taskMs: value('TaskDuration') }
}

/** Waits `minMs`, then until the main thread has been quiet for QUIET_MS; the metrics then. */
async function settle(cdp: CDPSession, minMs = 0): Promise<Cost> {
  await sleep(minMs)
  let last = await mainThread(cdp)
  for (let i = 0; i < 200; i++) {
    await sleep(QUIET_MS)
    const now = await mainThread(cdp)
    if (now.taskMs - last.taskMs < QUIET_TASK_MS) return now
    last = now
  }
  throw new Error(`The page did not go idle within ${(200 * QUIET_MS) / 1000} s`)
}

async function measure(cdp: CDPSession, step: Step): Promise<Cost> {
  await step.prepare?.()
  const before = await settle(cdp)
  await step.input()
  const after = await settle(cdp, step.settleMs)
  await step.verify()
  return { scriptMs: after.scriptMs - before.scriptMs, taskMs: after.taskMs - before.taskMs }
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  await locator.scrollIntoViewIfNeeded()
  const box = await locator.boundingBox()
  if (!box) throw new Error(`${locator} is not on screen`)
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

function expectEqual<T>(what: string, actual: T, expected: T): void {
  if (actual !== expected) throw new Error(`${what}: expected ${expected}, got ${actual}`)
}

/** Opens a route and waits for the app to have replaced the prerendered HTML (if any). */
async function open(page: Page, route: string): Promise<void> {
  await page.goto(route)
  await page.waitForFunction(
    () => document.getElementById('root')?.dataset.prerendered === undefined,
  )
}

const slideInUrl = (page: Page) => Number(new URL(page.url()).searchParams.get('slide') ?? '1')

/** A deck walk: next to the last slide, then previous back to the first, over and over. */
async function slideSteps(page: Page, key: 'ArrowRight' | 'ArrowLeft') {
  await open(page, '/present')
  // The controls hide while the pointer is still, so hidden ones count.
  const position = page
    .getByRole('navigation', { name: 'Presentation controls', includeHidden: true })
    .getByText(/^\d+ \/ \d+$/)
  const count = Number((await position.textContent())?.split('/')[1])
  if (!(count > 1)) throw new Error('The deck has fewer than two slides')
  // ArrowRight steps are measured going forward, ArrowLeft ones coming back; the other way is
  // walked unmeasured (prepare), so each step of either kind visits a different slide.
  const forward = key === 'ArrowRight'
  return (): Step => {
    let from = 0
    return {
      prepare: async () => {
        const edge = forward ? count : 1
        if (slideInUrl(page) === edge) {
          for (let n = 1; n < count; n++)
            await page.keyboard.press(forward ? 'ArrowLeft' : 'ArrowRight')
          await page.waitForURL(
            (url) => url.searchParams.get('slide') === String(forward ? 1 : count),
          )
        }
        from = slideInUrl(page)
      },
      input: () => page.keyboard.press(key),
      verify: async () => expectEqual('slide', slideInUrl(page), from + (forward ? 1 : -1)),
    }
  }
}

const scenarios: Scenario[] = [
  {
    interaction: 'idle (no input)',
    route: '/explore',
    open: async (page) => {
      await open(page, '/explore')
      return () => ({ input: async () => {}, verify: async () => {} })
    },
  },
  {
    interaction: 'category filter toggle',
    route: '/explore',
    open: async (page) => {
      await open(page, '/explore')
      const checkbox = page
        .getByRole('group', { name: 'Category' })
        .getByRole('checkbox', { name: /^Finance/ })
      await checkbox.waitFor()
      return () => {
        let at = { x: 0, y: 0 }
        let was = false
        return {
          prepare: async () => {
            at = await centre(checkbox)
            was = await checkbox.isChecked()
            await page.mouse.move(at.x, at.y)
          },
          input: () => page.mouse.click(at.x, at.y),
          verify: async () => expectEqual('Finance checked', await checkbox.isChecked(), !was),
        }
      }
    },
  },
  {
    interaction: 'search: type one character',
    route: '/explore',
    open: async (page) => {
      await open(page, '/explore')
      const search = page.getByRole('searchbox', { name: 'Search labels and quotes' })
      await search.waitFor()
      return () => ({
        // From an empty box each time, as a user's first keystroke; emptied outside the window.
        prepare: async () => {
          await search.fill('')
          await search.focus()
          await sleep(SEARCH_SETTLE_MS)
        },
        input: () => page.keyboard.type('p'),
        settleMs: SEARCH_SETTLE_MS,
        verify: async () => {
          expectEqual('search box', await search.inputValue(), 'p')
          expectEqual('?q=', new URL(page.url()).searchParams.get('q'), 'p')
        },
      })
    },
  },
  {
    interaction: 'currency CNY ↔ USD',
    route: '/',
    open: async (page) => {
      await open(page, '/')
      const currency = page.getByRole('combobox', { name: 'Currency' })
      await currency.selectOption('CNY')
      await currency.focus()
      // On a focused, closed <select>, the arrow keys pick the next or previous option.
      return (i) => {
        const to = i % 2 === 0 ? 'USD' : 'CNY'
        return {
          prepare: () => currency.focus(),
          input: () => page.keyboard.press(to === 'USD' ? 'ArrowDown' : 'ArrowUp'),
          verify: async () => expectEqual('currency', await currency.inputValue(), to),
        }
      }
    },
  },
  {
    interaction: 'next slide (ArrowRight)',
    route: '/present',
    open: (page) => slideSteps(page, 'ArrowRight'),
  },
  {
    interaction: 'previous slide (ArrowLeft)',
    route: '/present',
    open: (page) => slideSteps(page, 'ArrowLeft'),
  },
]

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN
}

export function interactionsAvailable(distDir: string): boolean {
  return existsSync(chromiumPath) && existsSync(join(distDir, 'index.html'))
}

export async function runInteractions(distDir: string): Promise<InteractionRow[]> {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const server = await preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  })
  const { port } = server.httpServer.address() as AddressInfo
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })
  const rows: InteractionRow[] = []
  try {
    for (const scenario of scenarios) {
      const context = await browser.newContext({
        baseURL: `http://127.0.0.1:${port}`,
        viewport: { width: 1280, height: 800 },
        serviceWorkers: 'block',
      })
      try {
        const page = await context.newPage()
        const cdp = await context.newCDPSession(page)
        await cdp.send('Performance.enable')
        const steps = await scenario.open(page)
        await settle(cdp, 500)
        for (const cpuSlowdown of CPU_SLOWDOWNS) {
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
          const costs: Cost[] = []
          for (let i = 0; i < WARMUP + REPEATS; i++) {
            const cost = await measure(cdp, steps(i))
            if (i >= WARMUP) costs.push(cost)
          }
          const script = costs.map((c) => c.scriptMs)
          const task = costs.map((c) => c.taskMs)
          const scriptMedianMs = percentile(script, 0.5)
          rows.push({
            interaction: scenario.interaction,
            route: scenario.route,
            cpuSlowdown,
            samples: costs.length,
            scriptMedianMs,
            scriptP95Ms: percentile(script, 0.95),
            taskMedianMs: percentile(task, 0.5),
            taskP95Ms: percentile(task, 0.95),
            goalMs: INTERACTION_GOAL_MS,
            meetsGoal: scriptMedianMs <= INTERACTION_GOAL_MS,
          })
        }
      } finally {
        await context.close()
      }
    }
  } finally {
    await browser.close()
    await server.close()
  }
  return rows
}

/** "meets" or "misses by X ms", for the median scripting time. */
export function goalVerdict(row: InteractionRow): string {
  if (row.interaction.startsWith('idle')) return '(noise floor)'
  return row.meetsGoal ? 'meets' : `misses by ${(row.scriptMedianMs - row.goalMs).toFixed(1)} ms`
}

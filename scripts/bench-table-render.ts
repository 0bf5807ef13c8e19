/**
 * The metrics table's render at scale, on the production build in Chromium: each synthetic
 * dataset is served through the API contract (the same path the app fetches, answered with
 * `page.route`, as the browser tests do), and /explore loads it with no filter.
 *
 * Method: the request is held until the page has gone idle waiting for it (at least 1.5 s, so
 * the app's start-up work, the local-storage save included, is done); from the moment it is
 * answered to the moment the main thread is idle again with the table on screen, the delta of
 * CDP `Performance.getMetrics` TaskDuration is the render's cost: parsing and validating the
 * response, the data-quality rules and rows, and rendering the (virtualised) table, with its
 * style and layout. TaskDuration, not ScriptDuration: the app validates and derives after an
 * `await`, in promise continuations, which ScriptDuration does not count (see bench-browser.ts).
 * Idle is polled from Node, so nothing runs in the page meanwhile; that the table names all N
 * metrics ("Metrics: N of N") is checked after, and its rows in the DOM counted then. The dataset
 * cache the app saves to local storage a second after a response lands (throttled) falls after
 * the window. Each factor is loaded REPEATS times, each in a fresh context (no cache, no service
 * worker), unthrottled; the median is reported.
 */
import type { Page, Route } from 'playwright-core'
import { datasetPath } from '../src/api/contract'
import { newestKey } from './load-data'

const DATASET_PATH = datasetPath(newestKey())

import type { Dataset } from '../src/domain/schema'
import { costBetween, percentile, settle, withServedBuild } from './bench-browser'

const REPEATS = 5
/** Checks for the table after the page goes idle, before giving up. */
const TABLE_CHECKS = 20

export interface TableRenderRow {
  factor: number
  metrics: number
  /** Main-thread time from the response to the table shown and the page idle (median). */
  tableRenderMs: number
  /** Table rows in the DOM with every metric loaded: a window of them once virtualised. */
  tableDomRows: number
}

async function renderOnce(
  page: Page,
  origin: string,
  dataset: Dataset,
): Promise<{ ms: number; domRows: number }> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const requested = new Promise<Route>((resolve) => {
    void page.route(`**/${DATASET_PATH}`, resolve)
  })
  await page.goto(`${origin}/explore`)
  const route = await requested
  const before = await settle(cdp, 1500)
  const finished = page.waitForEvent('requestfinished', (r) => r.url().endsWith(DATASET_PATH))
  await route.fulfill({ json: dataset })
  await finished
  const count = new Intl.NumberFormat('en').format(dataset.metrics.length)
  const table = page.getByRole('table', { name: new RegExp(`^Metrics: ${count} of ${count}\\b`) })
  // Idle can come before the table if a gap of QUIET_MS separates two steps; then wait on.
  for (let check = 0; check < TABLE_CHECKS; check++) {
    const after = await settle(cdp)
    if ((await table.count()) === 1) {
      const domRows = await table.getByRole('rowheader').count()
      return { ms: costBetween(before, after).taskMs, domRows }
    }
  }
  throw new Error(`/explore did not show "Metrics: ${count} of ${count}"`)
}

export function runTableRender(
  distDir: string,
  datasets: { factor: number; dataset: Dataset }[],
): Promise<TableRenderRow[]> {
  return withServedBuild(distDir, async (browser, origin) => {
    const rows: TableRenderRow[] = []
    for (const { factor, dataset } of datasets) {
      const runs: { ms: number; domRows: number }[] = []
      for (let i = 0; i < REPEATS; i++) {
        const context = await browser.newContext({
          viewport: { width: 1280, height: 800 },
          serviceWorkers: 'block',
        })
        try {
          runs.push(await renderOnce(await context.newPage(), origin, dataset))
        } finally {
          await context.close()
        }
      }
      rows.push({
        factor,
        metrics: dataset.metrics.length,
        tableRenderMs: percentile(
          runs.map((r) => r.ms),
          0.5,
        ),
        tableDomRows: Math.max(...runs.map((r) => r.domRows)),
      })
    }
    return rows
  })
}

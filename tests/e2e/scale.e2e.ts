/**
 * A dataset of 100,000 metrics (issue 13): it loads without holding the page (read, validated and
 * run through the data-quality rules in slices), the overview lists what a reader can use and
 * leads to /explore for the rest, and a valid 100,000-entry targets file is checked against it and
 * applied without holding the page either. The page's own fetch of the 2017 dataset is answered
 * with the 2017 metrics repeated past 100,000 (marked synthetic, as mocks/synthetic.ts makes them), built
 * in the page before the app starts: tens of megabytes cross neither the test protocol nor msw's
 * worker (either took longer than the client's 20 s timeout). Times are reported, not asserted;
 * the long-task bound is loose (it was 13 s before the slices).
 */
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { syntheticCopy } from '../../mocks/synthetic'
import { datasetPath } from '../../src/api/contract'
import {
  appUrl,
  describeBrowser,
  openBlankPage,
  screenshot,
  waitForVisible,
} from './support/browser'

const COPIES = 3704
/** The dataset request the page makes (the app's default dataset, 2017). */
const DATASET = `/${datasetPath('2017')}`
const count = (27 * COPIES).toLocaleString('en-US')

/**
 * Runs in the page before the app: builds the large dataset (a Blob, so the response streams in
 * chunks with its length, as a static file would) and answers the dataset request with it. Marks
 * when it is ready: long tasks before the mark are this script's, not the app's. Metrics are
 * copied by mocks/synthetic.ts's `syntheticCopy`, handed in as its source (the page cannot import).
 */
function serveLargeDataset(
  { copies, path }: { copies: number; path: string },
  copyOf: typeof syntheticCopy,
) {
  const request = new XMLHttpRequest()
  request.open('GET', path, false)
  request.send()
  const base = JSON.parse(request.responseText)
  type M = Parameters<typeof syntheticCopy>[0] & { [k: string]: unknown }
  const metrics: M[] = []
  const targets: { metric: string }[] = []
  for (let copy = 0; copy < copies; copy++) {
    const suffix = copy === 0 ? '' : `.s${copy}`
    for (const m of base.metrics as M[]) metrics.push(copyOf(m, copy))
    for (const t of base.targets as { metric: string }[]) {
      targets.push({ ...t, metric: `${t.metric}${suffix}` })
    }
  }
  const id = `synthetic-${copies}x`
  const body = new Blob([JSON.stringify({ ...base, id, metrics, targets })])
  // A valid file of what-if targets for its first 100,000 metrics, made here too: parsing the
  // dataset again in the test would leave the page a garbage collection to do during the import.
  const overrides = metrics.slice(0, 100_000).map((m) => ({
    metric: m.id,
    value: m.unit === 'percent' ? 50 : Math.max(1, Math.round((m.value as number) * 1.1)),
    unit: m.unit,
  }))
  const targetsFile = JSON.stringify({
    kind: 'cp-kpi-target-overrides',
    version: 1,
    dataset: id,
    overrides,
  })
  const original = window.fetch.bind(window)
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    if (!url.endsWith(path)) return original(input, init)
    performance.mark('large-dataset-requested')
    return new Response(body, {
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.size) },
    })
  }
  const w = window as unknown as {
    longTasks: { start: number; duration: number }[]
    targetsFile: string
  }
  w.targetsFile = targetsFile
  w.longTasks = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      w.longTasks.push({ start: e.startTime, duration: e.duration })
  }).observe({ type: 'longtask', buffered: true })
  performance.mark('large-dataset-ready')
}

/** Long tasks of the app between two moments (ms of the page's clock), as whole milliseconds. */
function longTasks(page: Page, from: number, to = Number.POSITIVE_INFINITY) {
  return page.evaluate(
    ({ from, to }) =>
      (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks
        .filter((t) => t.start >= from && t.start < to)
        .map((t) => Math.round(t.duration)),
    { from, to },
  )
}

const summary = (tasks: number[]) =>
  `${tasks.length} long tasks, longest ${Math.max(0, ...tasks)} ms, blocking ${tasks.reduce((sum, t) => sum + Math.max(0, t - 50), 0)} ms`

describeBrowser('100,000 metrics (production build)', () => {
  test('the dataset loads while the page answers input; the overview lists the first 100 and leads to /explore; a 100,000-entry targets file is checked and applied', async () => {
    const { page, errors } = await openBlankPage({ contextOptions: { serviceWorkers: 'block' } })
    const served = JSON.stringify({ copies: COPIES, path: DATASET })
    await page.addInitScript({ content: `(${serveLargeDataset})(${served}, ${syntheticCopy})` })
    await page.goto(appUrl('production', '/'))
    const ready = await page.evaluate(
      () => performance.getEntriesByName('large-dataset-ready')[0]?.startTime ?? 0,
    )

    // While it loads, the page answers input: a key press is handled at once (measured from the
    // event's time to its handler; the view itself waits for the data).
    await page.waitForFunction(() => performance.getEntriesByName('large-dataset-requested').length)
    const table = page.getByRole('table', {
      name: new RegExp(`^The first 100 of ${count} metrics`),
    })
    const stillLoading = !(await table.isVisible())
    await page.evaluate(() => {
      document.addEventListener(
        'keydown',
        (event) => Object.assign(window, { keyDelay: performance.now() - event.timeStamp }),
        { once: true, capture: true },
      )
    })
    await page.keyboard.press('Shift')
    const keyDelay = await page.evaluate(() => (window as unknown as { keyDelay: number }).keyDelay)

    await waitForVisible(page, table, 'the overview table of a 100,000-metric dataset', 90_000)
    const shownAt = await page.evaluate(() => performance.now())
    expect(await table.getByRole('rowheader').count()).toBe(100)
    const headline = page.getByRole('region', { name: 'Headline results' })
    expect(await headline.getByRole('article').count()).toBeGreaterThan(0)
    const loading = await longTasks(page, ready, shownAt)
    // The copy for offline use is not written (it would not fit), and the reader is told so.
    await page
      .getByText('This dataset is too large to keep offline on this device.')
      .waitFor({ state: 'attached' })
    expect(await page.evaluate(() => window.localStorage.getItem('cp-kpi:dataset-copy'))).toBe(null)

    // Once on screen, the page answers: scroll to the end, switch currency.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    const more = page.getByRole('link', { name: `Search, filter and sort all ${count} in Explore` })
    await more.scrollIntoViewIfNeeded()
    await screenshot(page, 'scale-overview-table-1280x720')
    await page.getByRole('banner').getByLabel('Currency').selectOption('USD')
    await page.waitForURL(/currency=USD/)
    const afterShown = await longTasks(page, shownAt)
    console.info(
      `${count} metrics: overview table ${Math.round(shownAt - ready)} ms after the data was ready to serve; while loading: ${summary(loading)}; a key press ${stillLoading ? 'during the load' : 'after the load (!)'} handled after ${Math.round(keyDelay)} ms; after it was shown (scroll + currency): ${summary(afterShown)}`,
    )
    // Loose: before the slices one task held the page for 13 s.
    expect(Math.max(0, ...loading)).toBeLessThan(3_000)

    await more.click()
    const explore = page.getByRole('table', { name: `Metrics: ${count} of ${count}` })
    await waitForVisible(page, explore, 'every metric in /explore', 60_000)
    expect(page.url()).toContain('currency=USD')

    const picked = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[type="file"]')
      if (!input) throw new Error('no file input')
      const text = (window as unknown as { targetsFile: string }).targetsFile
      const files = new DataTransfer()
      files.items.add(new File([text], 'big-targets.json', { type: 'application/json' }))
      input.files = files.files
      input.dispatchEvent(new Event('change', { bubbles: true }))
      return performance.now()
    })
    const preview = page.getByRole('region', { name: 'Import “big-targets.json”?' })
    await waitForVisible(page, preview, 'the preview of a 100,000-entry import', 60_000)
    const previewAt = await page.evaluate(() => performance.now())
    expect(await preview.textContent()).toContain('100,000 to add, 0 to change, 0 to remove')
    const importing = await longTasks(page, picked, previewAt)
    console.info(
      `valid 100,000-entry targets file: preview after ${Math.round(previewAt - picked)} ms; ${summary(importing)}`,
    )
    // Reported, not asserted: the worker gets a compact index of the dataset (not 100,000 whole
    // metrics, whose copy held the page for 1.5 s), answers in parts, and the preview counts
    // without building the result (see the issue note for the measurements).
    await preview.scrollIntoViewIfNeeded()
    await screenshot(page, 'scale-import-preview-1280x720')

    // Pressing Import checks, saves and applies the 100,000 targets (every row rebuilt) in slices:
    // the page draws a frame before the table shows the analyst's targets (in one task, 4.5 s,
    // it drew none until they were shown). Pressed in the page, so no protocol delay intervenes.
    const applying = await preview
      .getByRole('button', { name: 'Import' })
      .evaluate((button: HTMLButtonElement) => {
        const applied = () => document.querySelector('table .provenance-analyst') !== null
        button.click()
        requestAnimationFrame(() => Object.assign(window, { frameWhileApplying: !applied() }))
        return performance.now()
      })
    await page.locator('table .provenance-analyst').first().waitFor({ timeout: 60_000 })
    const appliedAt = await page.evaluate(() => performance.now())
    const frameWhileApplying = await page.evaluate(
      () => (window as unknown as { frameWhileApplying?: boolean }).frameWhileApplying,
    )
    // 100,000 entries do not fit in local storage: the reader is told, nothing is lost in silence.
    await page.getByText('Not saved on this device').waitFor({ timeout: 10_000 })
    console.info(
      `applying 100,000 targets: rows shown after ${Math.round(appliedAt - applying)} ms; ${summary(await longTasks(page, applying, appliedAt))}`,
    )
    expect(frameWhileApplying).toBe(true)
    expect(errors).toEqual([])
  }, 240_000)
})

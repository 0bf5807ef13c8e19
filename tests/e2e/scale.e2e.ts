/**
 * A dataset of 100,000 metrics (issue 13): the overview lists what a reader can use and leads to
 * /explore for the rest, and stays responsive once it is on screen. The page's own fetch of the
 * 2017 dataset is answered with the 2017 metrics repeated past 100,000 (marked synthetic, as
 * mocks/synthetic.ts makes them), built in the page: tens of megabytes cross neither the test
 * protocol nor msw's worker (either took longer than the client's 20 s timeout).
 */
import { expect, test } from 'vitest'
import {
  appUrl,
  describeBrowser,
  openBlankPage,
  screenshot,
  waitForVisible,
} from './support/browser'

const COPIES = 3704
const count = (27 * COPIES).toLocaleString('en-US')

/** Runs in the page before the app: the dataset request answers with COPIES copies of it. */
function serveLargeDataset(copies: number) {
  const original = window.fetch.bind(window)
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    if (!url.endsWith('/api/v1/kpis/2017.json')) return original(input, init)
    const base = await (await original(input, init)).json()
    type M = { id: string; label: { en: string; 'zh-CN': string }; [k: string]: unknown }
    const metrics: M[] = []
    const targets: { metric: string }[] = []
    for (let copy = 0; copy < copies; copy++) {
      const suffix = copy === 0 ? '' : `.s${copy}`
      for (const m of base.metrics as M[]) {
        metrics.push({
          ...m,
          id: `${m.id}${suffix}`,
          label:
            copy === 0
              ? m.label
              : {
                  en: `${m.label.en} (synthetic ${copy})`,
                  'zh-CN': `${m.label['zh-CN']}（模拟${copy}）`,
                },
          conversionOf: m.conversionOf && `${m.conversionOf}${suffix}`,
          subsetOf: m.subsetOf && `${m.subsetOf}${suffix}`,
        })
      }
      for (const t of base.targets as { metric: string }[]) {
        targets.push({ ...t, metric: `${t.metric}${suffix}` })
      }
    }
    const big = { ...base, id: `synthetic-${copies}x`, metrics, targets }
    return new Response(JSON.stringify(big), {
      headers: { 'Content-Type': 'application/json' },
    })
  }
}

describeBrowser('100,000 metrics (production build)', () => {
  test('the overview lists the first 100, leads to /explore, and answers input at once', async () => {
    const { page, errors } = await openBlankPage({ contextOptions: { serviceWorkers: 'block' } })
    await page.addInitScript(serveLargeDataset, COPIES)
    await page.addInitScript(() => {
      const w = window as unknown as { longTasks: { start: number; duration: number }[] }
      w.longTasks = []
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          w.longTasks.push({ start: e.startTime, duration: e.duration })
      }).observe({ type: 'longtask', buffered: true })
    })
    await page.goto(appUrl('production', '/'))
    const table = page.getByRole('table', {
      name: new RegExp(`^The first 100 of ${count} metrics`),
    })
    await waitForVisible(page, table, 'the overview table of a 100,000-metric dataset', 90_000)
    const shownAt = await page.evaluate(() => performance.now())
    expect(await table.getByRole('rowheader').count()).toBe(100)
    const headline = page.getByRole('region', { name: 'Headline results' })
    expect(await headline.getByRole('article').count()).toBeGreaterThan(0)

    // Once on screen, the page answers: scroll to the end, open an event, switch currency.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    const more = page.getByRole('link', { name: `Search, filter and sort all ${count} in Explore` })
    await more.scrollIntoViewIfNeeded()
    await screenshot(page, 'scale-overview-table-1280x720')
    const clickStarted = await page.evaluate(() => performance.now())
    await page.getByRole('banner').getByLabel('Currency').selectOption('USD')
    await page.waitForURL(/currency=USD/)
    const afterLoad = await page.evaluate(
      ({ from }) =>
        (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks
          .filter((t) => t.start >= from)
          .map((t) => Math.round(t.duration)),
      { from: shownAt },
    )
    const beforeShown = await page.evaluate(
      ({ to }) =>
        (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks
          .filter((t) => t.start < to)
          .map((t) => Math.round(t.duration)),
      { to: shownAt },
    )
    console.info(
      `${count} metrics: overview table after ${Math.round(shownAt)} ms; before that ${beforeShown.length} long tasks (longest ${Math.max(0, ...beforeShown)} ms); after it, scroll + currency switch (from ${Math.round(clickStarted - shownAt)} ms later): long tasks ${JSON.stringify(afterLoad)}`,
    )

    await more.click()
    const explore = page.getByRole('table', { name: `Metrics: ${count} of ${count}` })
    await waitForVisible(page, explore, 'every metric in /explore', 60_000)
    expect(page.url()).toContain('currency=USD')
    expect(errors).toEqual([])
  }, 240_000)
})

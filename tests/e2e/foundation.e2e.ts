/**
 * The foundation's UI contract in a real browser: the production build shows every metric of the
 * 2017 dataset in one table; the msw build (`?mock=<scenario>`) shows each fault the way users
 * should see it.
 */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import {
  appUrl,
  describeBrowser,
  expectNoAxeViolations,
  openPage,
  screenshot,
  waitForVisible,
} from './support/browser'

interface MetricRecord {
  label: { en: string }
}

const metrics = JSON.parse(
  readFileSync(new URL('../../data/2017/metrics.json', import.meta.url), 'utf8'),
) as MetricRecord[]

const tableName = 'Every metric in the 2017 dataset'
const loadingText = 'Loading the dataset'
const failureHeading = "Couldn't load the dataset"
const conversionLabel = 'US-dollar value the source gives for the 10-billion-yuan goal'

/** Retryable faults retry 3 times (about 1 + 2 + 4 s) before the alert; leave headroom. */
const faultTimeout = 25_000

function metricsTable(page: Page) {
  return page.getByRole('table', { name: tableName, exact: true })
}

function normalise(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim()
}

async function failureAlert(page: Page) {
  const alert = page.getByRole('alert').filter({ has: page.getByRole('heading') })
  await waitForVisible(page, alert, 'an alert with a heading', faultTimeout)
  const headings = (await alert.getByRole('heading').allTextContents()).map(normalise)
  expect(headings).toContain(failureHeading)
  return alert.first()
}

describeBrowser('production build', () => {
  test('shows a row for every metric in data/2017, with no errors and no axe violations', async () => {
    const { page, errors } = await openPage(appUrl('production', '/'), {
      width: 1280,
      height: 720,
    })
    const table = metricsTable(page)
    await waitForVisible(page, table, `the table "${tableName}"`)

    // The build's table may be swapped for the app's at any moment: ask until the headers are read.
    await expect
      .poll(async () => (await table.getByRole('columnheader').allTextContents()).map(normalise), {
        timeout: 30_000,
      })
      .toEqual(expect.arrayContaining(['Value', 'Target', 'Status']))

    // The build's table may show before the app takes over, and the app's replaces it in a later
    // frame: read every row header in one go and ask again until the whole set is the dataset's.
    // A row header may add context after the label (e.g. the event), so match by its start.
    const labels = metrics.map((metric) => metric.label.en)
    const labelRows = async () =>
      (await table.getByRole('rowheader').allTextContents())
        .map(normalise)
        .map(
          (header) =>
            labels
              .filter((label) => header.startsWith(label))
              .sort((a, b) => b.length - a.length)[0] ?? `(no metric label) ${header}`,
        )
        .sort()
    await expect.poll(labelRows, { timeout: 30_000 }).toEqual([...labels].sort())

    await screenshot(page, 'production-overview-1280x720')
    await screenshot(page, 'production-overview-full-page', { fullPage: true })
    await expectNoAxeViolations(page)
    expect(errors).toEqual([])
  })

  test('flags the source’s US-dollar conversion of the 10-billion-yuan goal', async () => {
    const { page } = await openPage(appUrl('production', '/'))
    const row = metricsTable(page)
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: conversionLabel }) })
    await waitForVisible(page, row, `the row "${conversionLabel}"`)
    // Read again if the row read was the build's, emptied as the app's took its place.
    const flags = ['Data-quality error', 'USD 1.6 million']
    await expect
      .poll(
        async () => {
          const text = normalise(
            await row
              .first()
              .textContent({ timeout: 5_000 })
              .catch(() => ''),
          )
          return flags.filter((flag) => text.includes(flag))
        },
        { timeout: 30_000 },
      )
      .toEqual(flags)
  })
})

describeBrowser('mocked build: fault scenarios', () => {
  const faults = [
    { scenario: 'error', message: 'The data service answered with an error (HTTP 500).' },
    { scenario: 'network', message: "Couldn't reach the data service." },
    {
      scenario: 'malformed',
      message: 'The data service sent a response that is not valid JSON.',
    },
    {
      scenario: 'invalid',
      message: 'The data does not match the dataset schema',
      detail: 'metrics[0].value: must not be negative',
    },
    { scenario: 'empty', message: 'The dataset has no metrics to show.' },
  ]

  for (const { scenario, message, detail } of faults) {
    test(`?mock=${scenario} explains the fault and offers "Try again"`, async () => {
      // Failed requests log console errors by design, so they are not asserted on here.
      const { page } = await openPage(appUrl('mocked', `/?mock=${scenario}`))
      const alert = await failureAlert(page)
      const text = normalise(await alert.textContent())
      expect(text).toContain(message)
      if (detail) expect(text).toContain(detail)
      const retry = alert.getByRole('button', { name: 'Try again', exact: true })
      expect(await retry.count()).toBe(1)

      if (scenario === 'error') {
        // The fault lasts for the whole visit, so retrying cannot succeed: check it is reachable.
        await retry.focus()
        expect(await retry.evaluate((button) => button === document.activeElement)).toBe(true)
        await screenshot(page, 'mocked-error-alert')
        await expectNoAxeViolations(page)
      }
    })
  }

  test('?mock=slow shows the loading status for several seconds, then the table', async () => {
    const { page } = await openPage(appUrl('mocked', '/?mock=slow'))
    const loading = page.getByRole('status').filter({ hasText: loadingText })
    await waitForVisible(page, loading, `a status saying "${loadingText}"`, 5_000)
    await page.waitForTimeout(3_000)
    expect(await loading.isVisible()).toBe(true)
    expect(await metricsTable(page).count()).toBe(0)
    await waitForVisible(page, metricsTable(page), `the table "${tableName}"`, faultTimeout)
    expect(await page.getByRole('alert').filter({ hasText: /\S/ }).count()).toBe(0)
  })

  test('?mock=flaky recovers from a failed first request without an alert', async () => {
    const { page } = await openPage(appUrl('mocked', '/?mock=flaky'))
    await waitForVisible(page, metricsTable(page), `the table "${tableName}"`, faultTimeout)
    expect(await page.getByRole('alert').filter({ hasText: /\S/ }).count()).toBe(0)
    const rows = metricsTable(page)
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader') })
    // The build's table may show before the app takes over; wait for every row to be there.
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(metrics.length)
  })
})

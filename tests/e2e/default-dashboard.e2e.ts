/**
 * A dataset without a dashboard.json (the synthetic test-only one, served by the mocked build's
 * `?mock=synthetic`) is charted with the default dashboard, one family per event, on the overview
 * and in the deck, in English and Chinese, with no code of its own: charts drawn, axe clean.
 */
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import {
  appUrl,
  describeBrowser,
  expectNoAxeViolations,
  openPage,
  renderedText,
  screenshot,
  waitForVisible,
} from './support/browser'

const synthetic = (path: string) =>
  appUrl('mocked', `${path}${path.includes('?') ? '&' : '?'}mock=synthetic&year=synthetic-demo`)

/**
 * The same page, on to /explore through the header (the year and the mocked API stay): the table
 * lists the synthetic metrics, a metric's drawer opens, and nothing of 2017 or China Post shows.
 */
async function exploreFromHere(page: Page) {
  await page.getByRole('link', { name: 'Explore', exact: true }).click()
  const lockers = page.getByRole('rowheader', { name: /Synthetic parcel lockers installed/ })
  await waitForVisible(page, lockers, 'the synthetic metrics on /explore')
  expect(await page.getByRole('rowheader', { name: /^Synthetic / }).count()).toBe(5)
  await lockers.getByRole('link', { name: 'Synthetic parcel lockers installed' }).click()
  const drawer = page.getByRole('dialog', { name: 'Synthetic parcel lockers installed' })
  await waitForVisible(page, drawer, 'the drawer of the synthetic lockers')
  // The page and the drawer; the header's dataset picker lists the real release among the others.
  for (const part of [page.getByRole('main'), drawer]) {
    expect(await renderedText(part)).not.toMatch(/China Post|中国邮政|2017/)
  }
  await expectNoAxeViolations(page)
}

describeBrowser('the default dashboard', () => {
  test('the overview charts each event of the synthetic dataset, in English and Chinese', async () => {
    for (const [lang, family, timeline] of [
      ['en', 'Synthetic lockers reach more regions', 'Milestones of 2099'],
      ['zh-CN', '合成快递柜覆盖更多地区', '2099年里程碑'],
    ] as const) {
      const { page, errors } = await openPage(synthetic(`/?lang=${lang}`), {
        width: 1280,
        height: 720,
      })
      const figure = page.getByRole('figure', { name: family, exact: true })
      await figure.scrollIntoViewIfNeeded()
      await waitForVisible(page, figure, `the ${lang} chart of event 1`)
      // Drawn: one bullet row per figure of event 1 (lockers, provinces), each a plot of its unit.
      await expect
        .poll(() => figure.locator('svg .recharts-rectangle, svg rect').count())
        .toBeGreaterThan(1)
      expect(await page.getByRole('figure', { name: timeline }).count()).toBe(1)
      await screenshot(page, `default-dashboard-${lang}`)
      await expectNoAxeViolations(page)
      if (lang === 'en') await exploreFromHere(page)
      expect(errors).toEqual([])
    }
  })

  test('the deck gives event 1 its chart from the default dashboard', async () => {
    const { page, errors } = await openPage(synthetic('/present?slide=2'), {
      width: 1920,
      height: 1080,
    })
    const chart = page
      .locator('section.slide.is-current')
      .getByRole('figure', { name: 'Synthetic lockers reach more regions' })
    await waitForVisible(page, chart, 'the slide chart of event 1')
    await screenshot(page, 'default-dashboard-slide-2')
    await expectNoAxeViolations(page)
    expect(errors).toEqual([])
  })
})

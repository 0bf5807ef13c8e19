/**
 * Tables at the widths people read them: the overview's table of every metric and /explore's
 * table fit a 1280-px laptop with every column that matters in view (the data-quality column that
 * carries the 926× error included), dates wrap only after their range separator, /explore has one
 * scroll region (the page), and on a 390-px phone a row shows metric, value and status and opens
 * the rest on demand. Measured by bounding boxes and scroll widths; axe stays at 0.
 */
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

const laptop = { width: 1280, height: 720 }
const phone = { width: 390, height: 844 }
const usdRow = 'US-dollar value the source gives for the 10-billion-yuan goal'

/** Elements other than the page that scroll their content (either axis). */
function scrollRegions(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => {
        const style = getComputedStyle(el)
        const x = /(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1
        const y = /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1
        return x || y
      })
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
  )
}

async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
}

/** Date pieces that wrapped inside themselves (a date cut mid-word): their text. */
function cutDates(page: Page, table: string): Promise<string[]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(`${selector} .date-cell .nowrap`)]
        .filter((el) => el.getClientRects().length > 1)
        .map((el) => el.textContent ?? ''),
    table,
  )
}

/** Scrolls through the page so the lazily mounted table renders. */
async function revealMetricList(page: Page) {
  // The app's own table, once it has replaced the prerendered page.
  await page.waitForFunction(
    () => document.getElementById('root')?.dataset.prerendered === undefined,
  )
  const table = page.getByRole('table', { name: /^(Every metric|.*数据集全部指标)/ })
  for (let i = 0; i < 40 && !(await table.count()); i++) {
    await page.mouse.wheel(0, 1200)
    await page.waitForTimeout(100)
  }
  await waitForVisible(page, table, 'the table of every metric')
  return table
}

describeBrowser('tables at laptop and phone widths', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    test(`overview at 1280×720 (${lang}): every column in view, no sideways scroll, dates whole`, async () => {
      const { page, errors } = await openPage(appUrl('production', `/?lang=${lang}`), laptop)
      const table = await revealMetricList(page)
      const headers = table.locator('thead th')
      expect(await headers.count()).toBe(8)
      for (let i = 0; i < 8; i++) {
        const box = await headers.nth(i).boundingBox()
        expect(box, `column ${i + 1} shows`).not.toBeNull()
        expect(
          (box?.x ?? 0) + (box?.width ?? 0),
          `column ${i + 1} inside the window`,
        ).toBeLessThanOrEqual(laptop.width)
      }
      expect(await scrollRegions(page)).toEqual([])
      expect(await pageOverflow(page)).toBe(0)
      expect(await cutDates(page, '.metric-list')).toEqual([])
      // The 926× error sits in the last column, on screen beside its row.
      const finding = table.locator('.quality-cell .finding-error')
      await finding.scrollIntoViewIfNeeded()
      const box = await finding.boundingBox()
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(laptop.width)
      await screenshot(page, `tables-overview-1280-${lang}`)
      await expectNoAxeViolations(page)
      expect(errors).toEqual([])
    })
  }

  test('overview on a 390-px phone: metric, value, status; the rest opens under the row', async () => {
    const { page, errors } = await openPage(appUrl('production', '/?theme=dark'), phone)
    const table = await revealMetricList(page)
    expect(await pageOverflow(page)).toBe(0)
    expect(await scrollRegions(page)).toEqual([])
    const row = table.getByRole('row', { name: new RegExp(`^${usdRow}`) })
    // The finding is named in the row itself, not only behind the button.
    expect(await row.getByText('Data-quality error').filter({ visible: true }).isVisible()).toBe(
      true,
    )
    const toggle = row.getByRole('button', { name: 'Details' })
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    await toggle.click()
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    const details = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`)
    await waitForVisible(page, details.getByText(/926× too small;/), 'the finding in the details')
    const box = await details.boundingBox()
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(phone.width)
    expect(await pageOverflow(page)).toBe(0)
    await details.scrollIntoViewIfNeeded()
    await screenshot(page, 'tables-overview-390-details-dark')
    await expectNoAxeViolations(page)
    await toggle.click()
    await expect.poll(() => details.isVisible()).toBe(false)
    expect(errors).toEqual([])
  })

  for (const size of [laptop, { width: 1024, height: 768 }, phone]) {
    test(`explore at ${size.width}×${size.height}: the page is the one scroll region`, async () => {
      const { page, errors } = await openPage(appUrl('production', '/explore'), size)
      const table = page.getByRole('table', { name: /^Metrics:/ })
      await waitForVisible(page, table, 'the metrics table')
      expect(await scrollRegions(page)).toEqual([])
      expect(await pageOverflow(page)).toBe(0)
      const box = await table.boundingBox()
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(size.width)
      expect(await cutDates(page, '.explore-table')).toEqual([])
      // Status is in view at every width; the header stays at the top while the page scrolls.
      const status = table.getByRole('columnheader', { name: /Status/ })
      expect(await status.isVisible()).toBe(true)
      await page.mouse.wheel(0, 1500)
      await expect.poll(async () => Math.round((await status.boundingBox())?.y ?? -1)).toBe(0)
      await screenshot(page, `tables-explore-${size.width}`)
      await expectNoAxeViolations(page)
      expect(errors).toEqual([])
    })
  }
})

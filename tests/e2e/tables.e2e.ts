/**
 * Tables at the widths people read them: the overview's table of every metric and /explore's
 * table fit a 1280-px laptop with every column that matters in view (the data-quality column that
 * carries the 926× error included), dates wrap only after their range separator, /explore has one
 * scroll region (the page), and on a 390-px phone a row shows metric, value and status and opens
 * the rest on demand. Measured by bounding boxes and scroll widths; axe stays at 0.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import {
  appUrl,
  describeBrowser,
  expectNoAxeViolations,
  openPage,
  screenshot,
  waitForApp,
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

const pngDir = fileURLToPath(new URL('../../test-results/png', import.meta.url))

/**
 * Decodes a PNG in the page (no image library here): its top-left pixel, the rows drawn across at
 * least 90% of the content's width (rules and borders; grouped, one entry per line) and how many
 * pixels carry ink between the last two of them.
 */
function readPng(page: Page, png: Buffer) {
  return page.evaluate(async (base64) => {
    const image = new Image()
    image.src = `data:image/png;base64,${base64}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.width
    canvas.height = image.height
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2D canvas')
    context.drawImage(image, 0, 0)
    const { data, width, height } = context.getImageData(0, 0, image.width, image.height)
    const ink = (x: number, y: number) => {
      const i = (y * width + x) * 4
      return (data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255) < 3 * 235
    }
    // Inside the 24-px margin and clear of rounded corners.
    const from = 96
    const to = width - 96
    const lines: number[] = []
    for (let y = 0; y < height; y++) {
      let n = 0
      for (let x = from; x < to; x++) if (ink(x, y)) n++
      if (n > 0.9 * (to - from) && lines.at(-1) !== y - 1) lines.push(y)
      else if (n > 0.9 * (to - from)) lines[lines.length - 1] = y
    }
    let inkBetweenLastLines = 0
    const [above, stampRule] = lines.slice(-2)
    if (above !== undefined && stampRule !== undefined) {
      // From just under the table's edge to just above the stamp's rule (lines are 2 px at 2x).
      for (let y = above + 2; y < stampRule - 2; y++) {
        for (let x = 0; x < width; x++) if (ink(x, y)) inkBetweenLastLines++
      }
    }
    return { corner: [data[0], data[1], data[2]], lines, inkBetweenLastLines }
  }, png.toString('base64'))
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

  test('a chart saved as PNG from a dark phone page: light, its whole table, no scrollbar', async () => {
    const { page, errors } = await openPage(appUrl('production', '/?theme=dark'), phone)
    await page.waitForFunction(
      () => document.getElementById('root')?.dataset.prerendered === undefined,
    )
    const figure = page.getByRole('figure', { name: 'Innovation funnel' })
    for (let i = 0; i < 40 && !(await figure.count()); i++) {
      await page.mouse.wheel(0, 600)
      await page.waitForTimeout(100)
    }
    await figure.scrollIntoViewIfNeeded()
    await figure.getByRole('button', { name: 'Show as table' }).click()
    // On the phone the table alternative scrolls sideways inside the card.
    const onScreen = await figure.evaluate((node) => {
      const scroller = node.querySelector<HTMLElement>('.table-scroll')
      return {
        tableWidth: scroller?.scrollWidth ?? 0,
        hidden: (scroller?.scrollWidth ?? 0) - (scroller?.clientWidth ?? 0),
        pageBackground: getComputedStyle(document.documentElement).backgroundColor,
      }
    })
    expect(onScreen.hidden).toBeGreaterThan(200)
    expect(onScreen.pageBackground).toBe('rgb(15, 18, 22)')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: 'Save as PNG' }).click(),
    ])
    const png = readFileSync(await download.path())
    mkdirSync(pngDir, { recursive: true })
    writeFileSync(join(pngDir, 'funnel-390-dark.png'), png)
    // The image holds the table's full width (2 image px per CSS px, 24-px margins).
    expect(png.readUInt32BE(16) / 2 - 48).toBeGreaterThanOrEqual(onScreen.tableWidth)
    const image = await readPng(page, png)
    // Light, whatever the page's theme: the margin is the light card's white.
    expect(image.corner).toEqual([255, 255, 255])
    // The last full-width line is the stamp's rule, the one before it the table's bottom edge:
    // nothing is drawn between them, so no row spills out of the table (a cut table) and no
    // scrollbar sits under it.
    expect(image.lines.length).toBeGreaterThan(2)
    expect(image.inkBetweenLastLines).toBe(0)
    expect(errors).toEqual([])
  })

  for (const size of [laptop, { width: 1024, height: 768 }, phone]) {
    test(`explore at ${size.width}×${size.height}: the page is the one scroll region`, async () => {
      const { page, errors } = await openPage(appUrl('production', '/explore'), size)
      await waitForApp(page)
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

/**
 * /data comes with the page (production build): the build prerenders it (data.html), so the
 * source, its findings, targets and quotes paint before any script, read without scripts, and the
 * app takes over with the same words.
 */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import {
  appUrl,
  describeBrowser,
  expectClientRender,
  expectNoAxeViolations,
  openBlankPage,
  openWithoutAppCode,
  renderedText,
  SCREEN_SIZES,
  screenshot,
  waitForApp,
} from './support/browser'

const targets = JSON.parse(
  readFileSync(new URL('../../data/2017/targets.json', import.meta.url), 'utf8'),
) as unknown[]

/** The number the findings' heading states, and the findings listed under it. */
async function findings(page: Page): Promise<{ stated: number; listed: number }> {
  const heading = page.getByRole('heading', { name: /^Data-quality findings \(\d+\)$/ })
  const stated = Number((await heading.textContent())?.match(/\((\d+)\)/)?.[1])
  const listed = await page
    .getByRole('region', { name: /^Data-quality findings/ })
    .getByRole('listitem')
    .count()
  return { stated, listed }
}

describeBrowser('the data page comes with the page (production build)', () => {
  for (const viewport of SCREEN_SIZES) {
    const size = `${viewport.width}x${viewport.height}`
    test(`with scripts disabled, at ${size}: the source, every finding and target, the full text`, async () => {
      const { page } = await openBlankPage({
        viewport,
        contextOptions: { javaScriptEnabled: false },
      })
      await page.goto(appUrl('production', '/data'))
      const heading = page.getByRole('heading', { level: 1 })
      await expect.poll(() => heading.textContent()).toBe('Sources and data quality')
      const { stated, listed } = await findings(page)
      expect(stated).toBeGreaterThan(0)
      expect(listed).toBe(stated)
      const table = page.getByRole('table', { name: 'Targets and their provenance' })
      expect(await table.getByRole('rowheader').count()).toBe(targets.length)
      // The release's full text is a fold the browser opens on its own.
      await page.getByText('Read the full release as published').click()
      expect(
        await page.locator('#root > [lang="en"] details.source-text').getAttribute('open'),
      ).toBe('')
      await screenshot(page, `data-no-script-${size}`)
    })
  }

  test('before the app runs: the reader’s language and theme, accessible; nothing for another year or with what-if targets', async () => {
    // The app's code never arrives: what shows is the page's own.
    const { page } = await openWithoutAppCode()
    await page.goto(appUrl('production', '/data?lang=zh-CN&theme=dark'))
    const heading = page.getByRole('heading', { level: 1 })
    await expect.poll(() => heading.textContent()).toBe('来源与数据质量')
    expect(await heading.evaluate((h) => h.closest('[lang]')?.getAttribute('lang'))).toBe('zh-CN')
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark')
    // As the app's page does, the prerendered one leaves its lower sections undrawn on a phone.
    const quotes = page.locator('#root > [lang="zh-CN"] section[aria-labelledby$="quotes-heading"]')
    expect(await quotes.getAttribute('class')).toContain('skip-offscreen')
    expect(
      await quotes
        .locator('h2')
        .evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true })),
    ).toBe(false)
    await expectNoAxeViolations(page)
    await screenshot(page, 'data-before-app-zh-CN-dark-390')
    for (const path of ['/data?year=2017', '/data?q=premiums']) {
      await page.goto(appUrl('production', path))
      await expectClientRender(page)
      expect(await page.getByRole('heading', { level: 1 }).count(), path).toBe(0)
    }
    // What-if targets on this device head the page with their banner: the app renders it.
    await page.evaluate(() =>
      window.localStorage.setItem(
        'cp-kpi:target-overrides',
        JSON.stringify({ version: 1, value: [{}] }),
      ),
    )
    await page.goto(appUrl('production', '/data'))
    await expectClientRender(page)
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(0)
  })

  test('lays out only what is near the screen on a phone, the rest as the reader scrolls to it', async () => {
    const { page, errors } = await openBlankPage({ viewport: { width: 390, height: 844 } })
    await page.goto(appUrl('production', '/data'))
    const drawn = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }))
    // The section's box stays; what it holds is what goes undrawn.
    await waitForApp(page)
    const app = '#root > :not([lang]) section[aria-labelledby="quotes-heading"] h2'
    expect(await page.locator('#root > :not([lang]) section.skip-offscreen').count()).toBe(3)
    expect(await drawn(app)).toBe(false)
    await page.locator(app).scrollIntoViewIfNeeded()
    await expect.poll(() => drawn(app)).toBe(true)
    expect(errors).toEqual([])
  })

  test('the app takes over with the words the page came with, in both languages', async () => {
    for (const lang of ['en', 'zh-CN']) {
      const path = `/data?lang=${lang}`
      const before = await openWithoutAppCode({ width: 1280, height: 720 })
      await before.page.goto(appUrl('production', path))
      const prerendered = await renderedText(before.page.getByRole('main'))
      const { page, errors } = await openBlankPage({ viewport: { width: 1280, height: 720 } })
      await page.goto(appUrl('production', path))
      await waitForApp(page)
      expect(prerendered.length, lang).toBeGreaterThan(5_000)
      expect(await renderedText(page.getByRole('main')), lang).toBe(prerendered)
      expect(errors).toEqual([])
    }
  })
})

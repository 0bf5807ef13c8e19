/**
 * The executive overview in the production build at the four sizes it must work at, in both
 * themes: the charts scrolled into view, no console errors, no horizontal scrolling, axe clean.
 */
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import {
  appUrl,
  describeBrowser,
  expectNoAxeViolations,
  openPage,
  screenshot,
  waitForVisible,
} from './support/browser'

const sizes = [
  { name: 'desktop-1920', width: 1920, height: 1080 },
  { name: 'laptop-1280', width: 1280, height: 720 },
  { name: 'tablet-1024', width: 1024, height: 768 },
  { name: 'phone-390', width: 390, height: 844 },
]

/** Scrolls through the page so every lazily mounted chart renders, then back to the top. */
async function scrollThrough(page: Page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  for (let y = 0; y < height; y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y)
    await page.waitForTimeout(120)
  }
  await page.evaluate(() => window.scrollTo(0, 0))
}

describeBrowser('overview at every size, in both themes', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const size of sizes) {
      it(`${size.name}, ${theme}: charts render, nothing overflows, axe is clean`, async () => {
        const { page, errors } = await openPage(appUrl('production', `/?theme=${theme}`), size)
        await waitForVisible(
          page,
          page.getByRole('heading', { name: 'Headline results' }),
          'the headline results',
        )
        await scrollThrough(page)
        await waitForVisible(
          page,
          page.getByRole('figure', { name: /Innovation funnel/ }),
          'the innovation funnel chart',
        )
        await waitForVisible(
          page,
          page.getByRole('figure', { name: /Milestones of 2017/ }),
          'the milestone timeline',
        )
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(overflow, 'horizontal scroll in pixels').toBe(0)
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme)
        await expectNoAxeViolations(page)
        await screenshot(page, `overview-${size.name}-${theme}`, { fullPage: true })
        expect(errors).toEqual([])
      })
    }
  }

  it('a clicked chart mark filters the page and leaves no tooltip open over the next chart', async () => {
    const { page, errors } = await openPage(appUrl('production', '/'))
    const funnel = page.getByRole('figure', { name: /Innovation funnel/ })
    await waitForVisible(page, funnel, 'the innovation funnel chart')
    await funnel.scrollIntoViewIfNeeded()
    const mark = page.getByRole('button', { name: /^Filter to event 3: Innovations submitted/ })
    await waitForVisible(page, mark, "the innovation funnel's submissions bar")
    await mark.scrollIntoViewIfNeeded()
    await mark.click()
    await expect.poll(() => page.url()).toMatch(/event/)
    // The pointer moves on; the card of the clicked bar must not stay behind.
    await page.mouse.move(5, 5)
    await page.waitForTimeout(300)
    expect(
      await page
        .getByText(/target 100,000/)
        .filter({ visible: true })
        .count(),
    ).toBe(0)
    expect(errors).toEqual([])
  })

  it('shows the prerendered figures before any script has run', async () => {
    const { page } = await openPage('about:blank')
    await page.route('**/*.js', (route) => route.abort())
    await page.goto(appUrl('production', '/'))
    await expect.poll(() => page.getByText('550,000+').first().isVisible()).toBe(true)
    expect(await page.locator('#root[data-prerendered="/"]').count()).toBe(1)
  })

  it('keeps a theme and currency picked on the prerendered page before the app ran', async () => {
    const { page, errors } = await openPage('about:blank')
    // The app's code arrives late, as on a slow phone: the reader acts on the prerendered page.
    await page.route('**/assets/app-*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      await route.continue()
    })
    await page.goto(appUrl('production', '/'), { waitUntil: 'commit' })
    const banner = page.getByRole('banner')
    await banner.getByLabel('Theme').selectOption('dark')
    await banner.getByLabel('Currency').selectOption('USD')
    expect(await page.locator('#root[data-prerendered]').count(), 'still prerendered').toBe(1)

    await page.waitForFunction(
      () => document.getElementById('root')?.dataset.prerendered === undefined,
    )
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark')
    const url = new URL(page.url())
    expect(url.searchParams.get('theme')).toBe('dark')
    expect(url.searchParams.get('currency')).toBe('USD')
    expect(await banner.getByLabel('Currency').inputValue()).toBe('USD')
    expect(await page.getByText('USD 1.48 billion+').count()).toBeGreaterThan(0)
    expect(errors).toEqual([])
  })
})

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
  openBlankPage,
  openPage,
  screenshot,
  waitForApp,
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
        if (size.width === 1920) {
          // The build's drawings stand in for the charts (the cards have a width drawn at); no
          // live chart mounts until a reader reaches for one, not even once scrolled to.
          const plots = page.locator('.chart-plot')
          expect(await plots.locator('.chart-drawing [role="button"]').count()).toBeGreaterThan(0)
          expect(await plots.locator('.recharts-surface').count(), 'live charts').toBe(0)
        }
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme)
        await expectNoAxeViolations(page)
        await screenshot(page, `overview-${size.name}-${theme}`, { fullPage: true })
        expect(errors).toEqual([])
      })
    }
  }

  it('a clicked chart mark filters the page and leaves no tooltip open over the next chart', async () => {
    const { page, errors } = await openPage(appUrl('production', '/'))
    // The prerendered page shows the charts drawn by the build; the app's own replace them.
    await page.waitForFunction(
      () => document.getElementById('root')?.dataset.prerendered === undefined,
    )
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

  // A phone lays out its first screen, not the whole page: the lower sections (and the chart cards,
  // once mounted) are skipped until they come near, and drawn once they do.
  it('lays out only what is near the screen on a phone, the rest as the reader scrolls to it', async () => {
    const { page, errors } = await openPage(appUrl('production', '/'), { width: 390, height: 844 })
    const drawn = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }))
    // The section's box stays; what it holds is what goes undrawn.
    const metrics = '#root > :not([lang]) section[aria-labelledby="metrics-heading"] h2'
    await waitForApp(page)
    expect(await page.locator('#root > :not([lang]) section.skip-offscreen').count()).toBe(3)
    expect(await drawn(metrics)).toBe(false)
    await page.locator(metrics).scrollIntoViewIfNeeded()
    await expect.poll(() => drawn(metrics)).toBe(true)
    await expect.poll(() => page.getByRole('table').first().isVisible()).toBe(true)
    expect(errors).toEqual([])
  })

  // Every chart of the overview is in the first paint, drawn by the build: with scripts off, each
  // figure holds a drawn plot (bars, target marks, timeline dots), in English and in Chinese.
  for (const { lang, path, headline, chart, figure } of [
    { lang: 'en', path: '/', headline: '550,000+', chart: 'Innovation funnel', figure: '550,000+' },
    {
      lang: 'zh-CN',
      path: '/?lang=zh-CN',
      headline: '超过55万',
      chart: '创新成果漏斗',
      figure: '超过55万',
    },
  ]) {
    for (const viewport of [
      { width: 1920, height: 1080 },
      { width: 390, height: 844 },
    ]) {
      it(`draws every chart with scripts disabled: ${lang}, ${viewport.width} px`, async () => {
        const { page } = await openBlankPage({
          viewport,
          contextOptions: { javaScriptEnabled: false },
        })
        await page.goto(appUrl('production', path))
        await expect.poll(() => page.getByText(headline).first().isVisible()).toBe(true)
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang)
        const figures = page.locator('figure.chart-figure').filter({ visible: true })
        expect(await figures.count()).toBe(7)
        await expect.poll(() => figures.first().getByRole('heading').textContent()).toBe(chart)
        const drawn = await figures.evaluateAll((all) =>
          all.map((f) => {
            const plot = [...f.querySelectorAll('.chart-plot svg')].find(
              (svg) => svg.getBoundingClientRect().width > 0,
            )
            const box = plot?.getBoundingClientRect()
            return {
              title: f.querySelector('h3')?.textContent,
              marks: plot?.querySelectorAll('rect, circle, path, line').length ?? 0,
              inBox: box ? box.width > 100 && box.height > 40 : false,
            }
          }),
        )
        for (const { title, marks, inBox } of drawn) {
          expect(marks, `${title}: marks drawn`).toBeGreaterThan(5)
          expect(inBox, `${title}: plot laid out in its box`).toBe(true)
        }
        expect(await page.getByText(figure).count()).toBeGreaterThan(1)
        await screenshot(page, `overview-no-script-${lang}-${viewport.width}`, { fullPage: true })
      })
    }
  }

  it('shows the Chinese prerender at once for a reader whose stored language is Chinese', async () => {
    const { page, context } = await openBlankPage()
    await context.addInitScript(() =>
      localStorage.setItem('cp-kpi:locale', JSON.stringify({ version: 1, value: 'zh-CN' })),
    )
    await page.route('**/*.js', (route) => route.abort())
    await page.goto(appUrl('production', '/'))
    await expect.poll(() => page.getByText('超过55万').first().isVisible()).toBe(true)
    expect(await page.getByText('550,000+').first().isVisible()).toBe(false)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
    await expectNoAxeViolations(page)
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
    // The figures follow the control in a deferred render.
    await expect.poll(() => page.getByText('USD 1.48 billion+').count()).toBeGreaterThan(0)
    expect(errors).toEqual([])
  })
})

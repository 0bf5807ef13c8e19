/**
 * Presentation mode in Chromium, on the production build under its CSP: every slide fits the
 * screen at projector sizes with type no smaller than the minimums (in English and in Chinese), the keys (clicker keys too)
 * move through the deck with the URL following, auto-advance runs and pauses, the presenter
 * window stays in step, the handout prints a slide per page, and axe finds nothing.
 */
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import {
  appUrl,
  describeBrowser,
  expectClientRender,
  expectNoAxeViolations,
  openBlankPage,
  openPage,
  openWithoutAppCode,
  SCREEN_SIZES,
  screenshot,
  waitForApp,
  waitForVisible,
} from './support/browser'

const viewports = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
  // Other ratios are letterboxed: 4:3 and 16:10 screens.
  { width: 1600, height: 1200 },
  { width: 2560, height: 1600 },
]
const screenshotSizes = new Set([1280, 1920])

/** The design's minimums at 1920×1080, scaled with the stage. */
const MIN_BODY = 32
const MIN_CHART = 24
const MIN_FIGURE = 72

async function openDeck(path: string, viewport = { width: 1280, height: 720 }) {
  const opened = await openPage(appUrl('production', path), viewport)
  await waitForApp(opened.page)
  await waitForVisible(opened.page, opened.page.locator('section.slide.is-current'), 'a slide')
  return opened
}

function slideParam(page: Page): number | undefined {
  const value = new URL(page.url()).searchParams.get('slide')
  return value === null ? undefined : Number(value)
}

/** The URL names the slide, and the audience window shows it (the presenter's says so). */
async function expectSlide(page: Page, slide: number, view: 'audience' | 'presenter' = 'audience') {
  // A deck opened without ?slide= is on slide 1.
  await expect.poll(() => slideParam(page) ?? 1, { timeout: 5_000 }).toBe(slide)
  if (view === 'presenter') {
    await waitForVisible(
      page,
      page.getByText(new RegExp(`^Slide ${slide} of \\d+$`)),
      `slide ${slide}`,
    )
    return
  }
  const shown = page.locator('.present-stage > section.slide.is-current')
  await expect.poll(() => shown.getAttribute('data-slide')).toBe(String(slide))
}

/** Moves the page's fake clock on, then lets React render and schedule what comes next. */
async function runClock(page: Page, ms: number) {
  await page.clock.runFor(ms)
  await page.waitForTimeout(100)
}

async function slideCount(page: Page): Promise<number> {
  return page.locator('section.slide').count()
}

interface SlideReport {
  outside: string[]
  overflowing: string[]
  tooSmall: string[]
}

/**
 * Measures the current slide in the page: boxes outside the viewport, elements whose content is
 * wider or taller than their box, and text smaller than its minimum once every transform (the
 * stage's, the charts') is applied. Plain JavaScript in a string, so it runs in the page as written.
 */
const measureSlide = `(min) => {
  const slide = document.querySelector('section.slide.is-current')
  const stage = document.querySelector('.present-stage')
  if (!slide || !stage) throw new Error('No current slide')
  const vw = window.innerWidth
  const vh = window.innerHeight
  // The stage's scale on screen: 1920×1080, or 1080×1920 on a screen held upright.
  const stageScale = stage.getBoundingClientRect().width / stage.offsetWidth
  const describe = (el) => {
    const cls = typeof el.className === 'string' && el.className.trim()
      ? '.' + el.className.trim().split(/\\s+/).join('.') : ''
    return el.tagName.toLowerCase() + cls + ' “' + (el.textContent || '').trim().slice(0, 40) + '”'
  }
  const hidden = (el) => !!el.closest('.visually-hidden')
  const inside = (r) => r.left >= -1 && r.top >= -1 && r.right <= vw + 1 && r.bottom <= vh + 1
  const outside = []
  for (const el of [stage, slide]) if (!inside(el.getBoundingClientRect())) outside.push(describe(el))
  const overflowing = []
  for (const el of slide.querySelectorAll('*')) {
    if (hidden(el)) continue
    const rect = el.getBoundingClientRect()
    if (rect.width === 0 && rect.height === 0) continue
    if (!inside(rect)) outside.push(describe(el))
    if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) overflowing.push(describe(el))
    if (el.clientHeight > 0 && el.scrollHeight > el.clientHeight + 1) overflowing.push(describe(el))
  }
  const scaleOf = (el) => {
    let scale = 1
    for (let node = el; node; node = node.parentElement) {
      const transform = getComputedStyle(node).transform
      if (transform && transform !== 'none') {
        const m = new DOMMatrixReadOnly(transform)
        scale *= Math.hypot(m.a, m.b)
      }
    }
    return scale
  }
  const tooSmall = []
  const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement
    if (!el || !(node.textContent || '').trim() || hidden(el)) continue
    if (!slide.contains(el) && !el.closest('.present-controls, .present-jump')) continue
    if (el.getBoundingClientRect().width === 0) continue
    const size = Number.parseFloat(getComputedStyle(el).fontSize) * scaleOf(el)
    const least = el.closest('.slide-figure-value, .summary-count-value')
      ? min.figure
      : el.closest('.slide-chart-plot, .chart-legend') ? min.chart : min.body
    if (size < least * stageScale - 0.05) {
      tooSmall.push(describe(el) + ': ' + size.toFixed(1) + 'px < ' + (least * stageScale).toFixed(1) + 'px')
    }
  }
  return { outside, overflowing, tooSmall }
}`

/**
 * The current slide's measurements once they hold still: a chart draws at its first measured
 * size and may redraw once its box settles (fonts, the stage's scale), so a report with problems
 * is taken again for up to two seconds before it counts.
 */
async function settledSlide(
  page: Page,
  minimums: { body: number; chart: number; figure: number },
): Promise<SlideReport> {
  const measure = async () =>
    (await page.evaluate(`(${measureSlide})(${JSON.stringify(minimums)})`)) as SlideReport
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  let report = await measure()
  for (let tries = 0; tries < 10; tries++) {
    if (!report.outside.length && !report.overflowing.length && !report.tooSmall.length) break
    await page.waitForTimeout(200)
    report = await measure()
  }
  return report
}

/** The slide on screen, once its chart (if any) is drawn: on screen, nothing overflowing, type large enough. */
async function expectSlideFits(page: Page, slide: number, size: string) {
  // Charts draw once their box is measured.
  const plot = page.locator('section.slide.is-current .slide-chart-plot')
  if ((await plot.count()) > 0) {
    await waitForVisible(page, plot.locator('svg').first(), `the chart on slide ${slide}`)
  }
  const minimums = { body: MIN_BODY, chart: MIN_CHART, figure: MIN_FIGURE }
  const { outside, overflowing, tooSmall } = await settledSlide(page, minimums)
  expect(outside, `slide ${slide} at ${size}: outside the screen`).toEqual([])
  expect(overflowing, `slide ${slide} at ${size}: content wider than its box`).toEqual([])
  expect(tooSmall, `slide ${slide} at ${size}: text below the minimum`).toEqual([])
}

describeBrowser('presentation mode: every slide fits the screen', () => {
  for (const viewport of viewports) {
    const size = `${viewport.width}x${viewport.height}`
    test(`at ${size}, each slide fits with no overflow and type at or above the minimums`, async () => {
      const { page, errors } = await openDeck('/present', viewport)
      const count = await slideCount(page)
      expect(count).toBeGreaterThanOrEqual(13)
      for (let slide = 1; slide <= count; slide++) {
        // The next slide by its key, as a presenter moves: one page load per size, not per slide.
        if (slide > 1) await page.keyboard.press('ArrowRight')
        await expectSlide(page, slide)
        await expectSlideFits(page, slide, size)
        if (screenshotSizes.has(viewport.width)) {
          await screenshot(page, `present-${size}-slide-${String(slide).padStart(2, '0')}`)
        }
      }
      expect(errors).toEqual([])
    })
  }

  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    const size = `${viewport.width}x${viewport.height}`
    test(`in Chinese at ${size}, each slide fits with type at or above the minimums`, async () => {
      const { page, errors } = await openDeck('/present?lang=zh-CN', viewport)
      const count = await slideCount(page)
      expect(count).toBeGreaterThanOrEqual(13)
      for (let slide = 1; slide <= count; slide++) {
        if (slide > 1) await page.keyboard.press('ArrowRight')
        await expectSlide(page, slide)
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
        await expectSlideFits(page, slide, size)
      }
      expect(errors).toEqual([])
    })
  }

  test('light projector theme at 1920x1080 with reduced motion: no transitions; screenshots', async () => {
    const { page } = await openPage(appUrl('production', '/'), { width: 1920, height: 1080 })
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto(appUrl('production', '/present?deck=projector-light'))
    await waitForApp(page)
    await waitForVisible(page, page.locator('section.slide.is-current'), 'a slide')
    const count = await slideCount(page)
    for (let slide = 1; slide <= count; slide++) {
      await expectSlide(page, slide)
      const transition = await page
        .locator('.present-stage > section.slide.is-current')
        .evaluate((el) => getComputedStyle(el).transitionDuration)
      expect(transition.split(',').every((d) => Number.parseFloat(d) === 0)).toBe(true)
      await screenshot(page, `present-light-1920x1080-slide-${String(slide).padStart(2, '0')}`)
      await page.keyboard.press('ArrowRight')
    }
  })
})

describeBrowser('presentation mode: the title slide comes with the page', () => {
  for (const viewport of SCREEN_SIZES) {
    const size = `${viewport.width}x${viewport.height}`
    test(`with scripts disabled, at ${size}: the title slide, scaled to the screen`, async () => {
      const { page } = await openBlankPage({
        viewport,
        contextOptions: { javaScriptEnabled: false },
      })
      await page.goto(appUrl('production', '/present'))
      const title = page.locator('section.slide.is-current').filter({ visible: true })
      await expect.poll(() => title.count()).toBe(1)
      expect(await title.getByRole('heading', { level: 2 }).textContent()).toBe('2017 in review')
      expect(await title.locator('.title-scope').textContent()).toMatch(
        /^\d+ events · \d+ figures$/,
      )
      // Scaled as the app scales it (stageFor): 16:9 across, 9:16 on a phone held upright.
      const portrait = viewport.height > viewport.width
      const [w, h] = portrait ? [1080, 1920] : [1920, 1080]
      const scale = Math.min(viewport.width / w, viewport.height / h)
      const box = await page.locator('.present-stage').filter({ visible: true }).boundingBox()
      expect(box?.width).toBeCloseTo(w * scale, 0)
      expect(box?.height).toBeCloseTo(h * scale, 0)
      // Controls that would do nothing without scripts are not offered.
      expect(await page.getByRole('button').count()).toBe(0)
      await screenshot(page, `present-no-script-${size}`)
    })
  }

  test('before the app runs: the reader’s language and the linked theme; never slide 1 for another', async () => {
    // The app's code never arrives: what shows is the page's own.
    const { page } = await openWithoutAppCode()
    const shown = page.locator('section.slide.is-current').filter({ visible: true })
    await page.goto(appUrl('production', '/present?lang=zh-CN&deck=projector-light'))
    await expect.poll(() => shown.count()).toBe(1)
    expect(await shown.getByRole('heading', { level: 2 }).textContent()).toBe('2017年回顾')
    expect(await shown.evaluate((slide) => slide.closest('[lang]')?.getAttribute('lang'))).toBe(
      'zh-CN',
    )
    expect(await shown.evaluate((slide) => slide.closest('main')?.getAttribute('data-deck'))).toBe(
      'projector-light',
    )
    await screenshot(page, 'present-before-app-zh-CN-light-390')
    for (const path of ['/present?slide=3', '/present?auto=20', '/present?view=presenter']) {
      await page.goto(appUrl('production', path))
      await expectClientRender(page)
      expect(await shown.count(), path).toBe(0)
    }
  })
})

describeBrowser('presentation mode: keys and clicker keys', () => {
  test('arrows, Space, Shift+Space, PageDown/PageUp, Home/End and digits + Enter move; the URL follows', async () => {
    const { page } = await openDeck('/present')
    const count = await slideCount(page)
    const steps: [string, number][] = [
      ['ArrowRight', 2],
      ['Space', 3],
      ['Shift+Space', 2],
      ['PageDown', 3],
      ['PageUp', 2],
      ['ArrowDown', 3],
      ['ArrowUp', 2],
      ['ArrowLeft', 1],
      ['ArrowLeft', 1],
      ['End', count],
      ['ArrowRight', count],
      ['Home', 1],
    ]
    for (const [key, slide] of steps) {
      await page.keyboard.press(key)
      await expectSlide(page, slide)
    }
    await page.keyboard.press('1')
    await page.keyboard.press('2')
    await waitForVisible(page, page.getByText('Go to slide 12'), 'the typed slide number')
    await page.keyboard.press('Enter')
    await expectSlide(page, Math.min(12, count))
    const live = page.getByRole('status').filter({ hasText: /^Slide \d+ of \d+: / })
    await expect
      .poll(() => live.textContent())
      .toMatch(new RegExp(`^Slide ${Math.min(12, count)} of ${count}: `))

    // A reload lands on the same slide.
    await page.reload()
    await expectSlide(page, Math.min(12, count))
  })

  test('B blacks the screen and restores it, F goes full screen, Esc leaves with the filters', async () => {
    const { page } = await openDeck('/present?categories=%5B%22finance%22%2C%22insurance%22%5D')
    const black = page.locator('.present-black')
    await page.keyboard.press('b')
    await waitForVisible(page, black, 'the black screen')
    await page.keyboard.press('b')
    expect(await black.isVisible()).toBe(false)
    // A clicker's black-screen button sends ".".
    await page.keyboard.press('.')
    expect(await black.isVisible()).toBe(true)
    await page.keyboard.press('.')
    expect(await black.isVisible()).toBe(false)

    await page.keyboard.press('f')
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true)
    await page.keyboard.press('f')
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true)

    await page.keyboard.press('Escape')
    await expect.poll(() => new URL(page.url()).pathname).toBe('/')
    const categories = new URL(page.url()).searchParams.get('categories')
    expect(JSON.parse(categories ?? '[]')).toEqual(['finance', 'insurance'])
  })

  test('the controls and cursor show when the mouse moves and hide after 3 s', async () => {
    const { page } = await openPage(appUrl('production', '/'))
    await page.clock.install()
    await page.goto(appUrl('production', '/present'))
    await waitForApp(page)
    const controls = page.getByRole('navigation', { name: 'Presentation controls' })
    await waitForVisible(page, controls, 'the controls')
    const opacity = () => controls.evaluate((el) => getComputedStyle(el).opacity)
    const cursor = () => page.locator('main.present').evaluate((el) => getComputedStyle(el).cursor)
    // The deck opens clean: no controls over the slide, no cursor.
    await expect.poll(opacity).toBe('0')
    expect(await cursor()).toBe('none')
    await page.mouse.move(400, 300)
    await page.mouse.move(420, 310)
    await expect.poll(opacity).toBe('1')
    expect(await cursor()).not.toBe('none')
    await runClock(page, 3_100)
    await expect.poll(opacity).toBe('0')
    expect(await cursor()).toBe('none')
  })

  test('the controls, when shown, leave the quote and the slide number uncovered', async () => {
    const { page } = await openDeck('/present?slide=10&auto=30', { width: 1920, height: 1080 })
    await page.mouse.move(400, 300)
    await page.mouse.move(420, 310)
    const controls = page.getByRole('navigation', { name: 'Presentation controls' })
    await expect.poll(() => controls.evaluate((el) => getComputedStyle(el).opacity)).toBe('1')
    const slide = page.locator('section.slide.is-current')
    const covered = async (what: string) => {
      const a = await controls.boundingBox()
      const b = await slide.getByText(what).first().boundingBox()
      if (!a || !b) throw new Error(`no box for the controls or ${what}`)
      return (
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
      )
    }
    expect(await covered('Cities above the county level')).toBe(false)
    expect(await covered('10 / 15')).toBe(false)
    // The auto-advance indicator says what it will do and when.
    await waitForVisible(
      page,
      page.getByText(/^Auto-advance · next slide in \d+ s$/),
      'the indicator',
    )
    await screenshot(page, 'present-controls-1920')
  })

  test('? lists the keys, G shows the slides to jump from by keyboard, and after B a key restores the picture', async () => {
    const { page, errors } = await openDeck('/present?slide=3', { width: 1920, height: 1080 })
    await page.keyboard.press('?')
    const help = page.getByRole('dialog', { name: 'Keys' })
    await waitForVisible(page, help, 'the key help')
    await expectNoAxeViolations(page)
    await screenshot(page, 'present-key-help')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Escape')
    await expect.poll(() => help.count()).toBe(0)
    await expectSlide(page, 3)

    await page.keyboard.press('g')
    const grid = page.getByRole('dialog', { name: 'Go to a slide' })
    await waitForVisible(page, grid, 'the slide grid')
    await expectNoAxeViolations(page)
    await screenshot(page, 'present-slide-grid')
    // Focus starts on the slide on screen; arrows move between slides, Enter goes there.
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect.poll(() => grid.count()).toBe(0)
    await expectSlide(page, 8)

    const black = page.locator('.present-black')
    await page.keyboard.press('b')
    await waitForVisible(page, black, 'the black screen')
    await page.keyboard.press('ArrowRight')
    expect(await black.isVisible()).toBe(false)
    await expectSlide(page, 8)
    expect(errors).toEqual([])
  })

  test('a swipe to the left moves on, to the right goes back', async () => {
    const { page } = await openDeck('/present?slide=3')
    const swipe = async (from: number, to: number) => {
      await page.mouse.move(from, 360)
      await page.mouse.down()
      await page.mouse.move((from + to) / 2, 362)
      await page.mouse.move(to, 364)
      await page.mouse.up()
    }
    await swipe(900, 300)
    await expectSlide(page, 4)
    await swipe(300, 900)
    await expectSlide(page, 3)
  })
})

describeBrowser('presentation mode on a phone held upright', () => {
  test('390×844: the slide turns 9:16, every slide fits, and chart labels do not overlap', async () => {
    const viewport = { width: 390, height: 844 }
    const { page, errors } = await openDeck('/present', viewport)
    expect(await page.locator('main.present').getAttribute('data-orientation')).toBe('portrait')
    const count = await slideCount(page)
    for (let slide = 1; slide <= count; slide++) {
      if (slide > 1) await page.keyboard.press('ArrowRight')
      await expectSlide(page, slide)
      await expectSlideFits(page, slide, '390x844')
    }
    // Slide 8 (the inspection tour): "Units inspected" and "Inspected twice" each on their own
    // line, bars apart. (Slide 6 draws no premium bars: the release gives no amounts.)
    await page.keyboard.press('Home')
    for (let i = 1; i < 8; i++) await page.keyboard.press('ArrowRight')
    await expectSlide(page, 8)
    const current = page.locator('section.slide.is-current')
    const box = async (text: string) => {
      const found = await current.getByText(text, { exact: true }).first().boundingBox()
      if (!found) throw new Error(`no box for ${text}`)
      return found
    }
    const inspected = await box('Units inspected')
    const twice = await box('Inspected twice')
    expect(twice.y, 'the second row starts below the first').toBeGreaterThanOrEqual(
      inspected.y + inspected.height,
    )
    await screenshot(page, 'present-phone-portrait-slide-8')
    expect(errors).toEqual([])
  })

  test('844×390 (landscape) keeps the 16:9 slide', async () => {
    const { page } = await openDeck('/present?slide=6', { width: 844, height: 390 })
    expect(await page.locator('main.present').getAttribute('data-orientation')).toBe('landscape')
  })
})

describeBrowser('presentation mode: auto-advance', () => {
  test('?auto=5 advances, loops, pauses on P and after a key, and resumes', async () => {
    const { page } = await openPage(appUrl('production', '/'))
    await page.clock.install()
    await page.goto(appUrl('production', '/present?auto=5'))
    await waitForApp(page)
    await waitForVisible(page, page.locator('section.slide.is-current'), 'a slide')
    await waitForVisible(page, page.locator('.present-progress'), 'the progress bar')
    const count = await slideCount(page)

    await runClock(page, 5_100)
    await expectSlide(page, 2)
    await runClock(page, 5_100)
    await expectSlide(page, 3)

    await page.keyboard.press('p')
    await expect.poll(() => page.locator('.present-progress').count()).toBe(0)
    await runClock(page, 12_000)
    await expectSlide(page, 3)
    await page.keyboard.press('p')
    await page.waitForTimeout(100)
    await runClock(page, 5_100)
    await expectSlide(page, 4)

    // A key moves the deck and holds auto-advance until things are quiet again.
    await page.keyboard.press('ArrowRight')
    await expectSlide(page, 5)
    await runClock(page, 6_000)
    await expectSlide(page, 5)
    await runClock(page, 2_100)
    await runClock(page, 5_100)
    await expectSlide(page, 6)

    // From the last slide it starts again.
    await page.keyboard.press('End')
    await expectSlide(page, count)
    await runClock(page, 8_100)
    await runClock(page, 5_100)
    await expectSlide(page, 1)
  })
})

describeBrowser('presentation mode: presenter view', () => {
  test('S opens the presenter window; both windows follow each other', async () => {
    const { page } = await openDeck('/present?slide=2')
    const context = page.context()
    const popup = context.waitForEvent('page')
    await page.keyboard.press('s')
    const presenter = await popup
    await presenter.waitForLoadState()
    expect(new URL(presenter.url()).searchParams.get('view')).toBe('presenter')
    await waitForVisible(
      presenter,
      presenter.getByText(/^Slide 2 of \d+$/),
      'the presenter position',
    )
    await waitForVisible(
      presenter,
      presenter.getByRole('heading', { name: 'Speaker notes' }),
      'the speaker notes',
    )
    expect(await presenter.getByText(/^Now: /).textContent()).toMatch(/State leaders affirm/)
    expect(await presenter.getByText(/^Next: /).textContent()).toMatch(/19th CPC/)

    await page.keyboard.press('ArrowRight')
    await expectSlide(presenter, 3, 'presenter')

    await presenter.bringToFront()
    await presenter.keyboard.press('ArrowRight')
    await presenter.keyboard.press('ArrowRight')
    await expectSlide(page, 5)
    await presenter.keyboard.press('ArrowLeft')
    await expectSlide(page, 4)

    await presenter.keyboard.press('b')
    await waitForVisible(
      page,
      page.locator('.present-black'),
      'the black screen from the presenter',
    )
    await screenshot(presenter, 'present-presenter-view')
    await expectNoAxeViolations(presenter)
  })

  test('a presenter view opened by hand joins the deck where it is', async () => {
    const { page } = await openDeck('/present?slide=6')
    const presenter = await page.context().newPage()
    await presenter.goto(appUrl('production', '/present?view=presenter'))
    await expectSlide(presenter, 6, 'presenter')
    await presenter.keyboard.press('Home')
    await expectSlide(page, 1)
  })
})

describeBrowser('presentation mode: handout and accessibility', () => {
  test('printing gives one landscape page per slide, with numbers and source lines', async () => {
    const { page } = await openDeck('/present', { width: 1920, height: 1080 })
    const count = await slideCount(page)
    await page.emulateMedia({ media: 'print' })
    const visible = await page
      .locator('section.slide')
      .evaluateAll(
        (slides) => slides.filter((s) => getComputedStyle(s).visibility === 'visible').length,
      )
    expect(visible).toBe(count)
    // Slides away from the one on screen draw their charts on demand; the handout has them all.
    const chartSlides = await page.locator('section.slide .event-body.has-chart').count()
    expect(chartSlides).toBeGreaterThan(3)
    const drawn = () =>
      page
        .locator('section.slide .has-chart')
        .evaluateAll(
          (bodies) => bodies.filter((b) => b.querySelector('.slide-chart-plot svg')).length,
        )
    await expect.poll(drawn).toBe(chartSlides)
    expect(await page.locator('.present-controls').isVisible()).toBe(false)
    // "3 / 15" on the page, "Slide 3 of 15" for a screen reader.
    const numbers = await page
      .locator('section.slide .slide-number [aria-hidden="true"]')
      .allTextContents()
    expect(numbers).toEqual(Array.from({ length: count }, (_, i) => `${i + 1} / ${count}`))
    const names = await page
      .locator('section.slide .slide-number .visually-hidden')
      .allTextContents()
    expect(names).toEqual(Array.from({ length: count }, (_, i) => `Slide ${i + 1} of ${count}`))
    expect(await page.locator('section.slide .slide-source').count()).toBe(count)
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []
    expect(pages.length).toBe(count)
  })

  for (const deck of ['projector-dark', 'projector-light']) {
    test(`axe finds no violations on a chart slide (${deck})`, async () => {
      const { page } = await openDeck(`/present?slide=4&deck=${deck}`, {
        width: 1920,
        height: 1080,
      })
      await waitForVisible(
        page,
        page.locator('section.slide.is-current .slide-chart-plot svg').first(),
        'the chart',
      )
      await expectNoAxeViolations(page)
      await page.keyboard.press('End')
      await expectSlide(page, await slideCount(page))
      // Let the fade between slides finish, so contrast is measured on the slide as shown.
      await page.waitForTimeout(400)
      await expectNoAxeViolations(page)
    })
  }
})

/**
 * The interface in Chinese, in Chromium on the production build at 1920×1080: every route and
 * every slide of the deck with `?lang=zh-CN` shows no English interface text (no English catalog
 * message of two or more words appears outside the release's own English, which is marked
 * lang="en"), declares <html lang="zh-CN"> and a Chinese title, neither overflows sideways nor
 * clips its text, passes axe and logs no errors; the header's language select switches language
 * in place. Each route and slide is saved as a screenshot to look at.
 */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { en, zh } from '../../src/locales/all'
import {
  appUrl,
  describeBrowser,
  expectNoAxeViolations,
  openPage,
  screenshot,
  waitForApp,
  waitForVisible,
} from './support/browser'

const viewport = { width: 1920, height: 1080 }

interface SourceRecord {
  title: string
}
const dataset = JSON.parse(
  readFileSync(new URL('../../data/2017/dataset.json', import.meta.url), 'utf8'),
) as { sources: SourceRecord[] }

/**
 * The release's titles: quoted as published, in English, inside Chinese sentences (the app's
 * footer). They are proper titles, not interface text, so they are taken out before comparing.
 */
const releaseTitles = dataset.sources.map((s) => s.title)

/** Text between ICU placeholders (`{name}`, `{count, plural, …}` with its branches). */
function literalParts(message: string): string[] {
  const parts: string[] = []
  let depth = 0
  let current = ''
  for (const char of message) {
    if (char === '{') {
      if (depth === 0) {
        parts.push(current)
        current = ''
      }
      depth++
    } else if (char === '}') {
      depth = Math.max(0, depth - 1)
    } else if (depth === 0) {
      current += char
    }
  }
  parts.push(current)
  return parts
}

const words = (text: string) => text.match(/\p{L}+/gu) ?? []
/** Codes that Chinese text uses as they are, as the catalog check allows: "CNY/USD". */
const units = new Set(['CNY', 'USD', 'HTTP', 'JSON'])

/**
 * The English interface phrases no Chinese page may show: every catalog message split at its
 * placeholders, each part trimmed of punctuation and kept when it has two or more words.
 */
const englishPhrases = [
  ...new Set(
    Object.values(en).flatMap((message) =>
      literalParts(message)
        .map((part) =>
          part
            .replace(/\s+/g, ' ')
            .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
            .trim(),
        )
        .filter((part) => words(part).length >= 2 && !words(part).every((w) => units.has(w))),
    ),
  ),
]

interface PageText {
  /** Text nodes and accessible names (aria-label, title, alt, placeholder) of rendered elements. */
  texts: string[]
  htmlLang: string
  title: string
}

/**
 * What a reader (or a screen reader) gets from the page, without the release's own English:
 * elements marked lang="en" (source quotes, the release's title, the "English" option of the
 * language select) are left out. Plain JavaScript in a string, so it runs in the page as written.
 */
const collectText = `(() => {
  const english = (el) => !!el.closest('[lang="en"]')
  const shown = (el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: false })
  const texts = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement
    const text = (node.textContent || '').replace(/\\s+/g, ' ').trim()
    if (!el || !text || english(el) || el.closest('script, style, noscript')) continue
    if (!shown(el)) continue
    texts.push(text)
  }
  for (const el of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
    if (english(el) || !shown(el)) continue
    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
      const value = el.getAttribute(name)
      if (value && value.trim()) texts.push(value.replace(/\\s+/g, ' ').trim())
    }
  }
  return { texts, htmlLang: document.documentElement.lang, title: document.title }
})()`

/** The English phrases found in the texts, each with the text it was found in. */
function englishIn(texts: readonly string[]): string[] {
  const found: string[] = []
  for (const raw of texts) {
    const text = releaseTitles.reduce((t, title) => t.split(title).join('《》'), raw)
    for (const phrase of englishPhrases) {
      if (text.includes(phrase)) found.push(`“${phrase}” in “${raw.slice(0, 120)}”`)
    }
  }
  return [...new Set(found)]
}

/** Latin words of three letters or more: the deck has none outside the release's English. */
const allowedLatin = new Set(['CNY', 'USD', 'Esc', 'PowerPoint'])
function latinWordsIn(texts: readonly string[]): string[] {
  return [
    ...new Set(
      texts.flatMap((text) =>
        (text.match(/[A-Za-z]{3,}/g) ?? [])
          .filter((word) => !allowedLatin.has(word))
          .map((word) => `${word} in “${text.slice(0, 120)}”`),
      ),
    ),
  ]
}

interface ClipReport {
  pageOverflow: number
  clipped: string[]
}

/**
 * Sideways overflow of the page, and text elements inside `root` whose content is wider than
 * their box where overflow is hidden (cut off, not scrollable). Visually hidden text (1 px boxes
 * for screen readers) is clipped on purpose and left out.
 */
const measureClipping = `(rootSelector) => {
  const root = document.querySelector(rootSelector)
  if (!root) throw new Error('No ' + rootSelector)
  const describe = (el) => {
    const cls = typeof el.className === 'string' && el.className.trim()
      ? '.' + el.className.trim().split(/\\s+/).join('.') : ''
    return el.tagName.toLowerCase() + cls + ' “' + (el.textContent || '').trim().slice(0, 40) + '”'
  }
  const clipped = []
  for (const el of root.querySelectorAll('*')) {
    if (el.closest('.visually-hidden')) continue
    if (!el.checkVisibility({ visibilityProperty: true })) continue
    const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent || '').trim())
    if (!hasText) continue
    const style = getComputedStyle(el)
    const hides = (v) => v === 'hidden' || v === 'clip'
    if (!hides(style.overflowX) && !hides(style.overflow)) continue
    if (el.scrollWidth > el.clientWidth + 1) clipped.push(describe(el) + ': ' + el.scrollWidth + ' > ' + el.clientWidth)
  }
  return {
    pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    clipped,
  }
}`

/** Scrolls through the page so that content mounted on sight (charts, lazy sections) renders. */
async function scrollThrough(page: Page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  for (let y = 0; y < height; y += 800) {
    await page.evaluate((top) => window.scrollTo(0, top), y)
    await page.waitForTimeout(150)
  }
  await page.evaluate(() => window.scrollTo(0, 0))
}

async function waitForChinese(page: Page) {
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
  // The catalog is loaded once a Chinese word from it is on the page.
  await expect
    .poll(() => page.evaluate(() => /[\u4e00-\u9fff]/.test(document.body.textContent ?? '')))
    .toBe(true)
  const loading = zh['loading.dataset'] ?? ''
  await expect
    .poll(
      () => page.evaluate((text) => (document.body.textContent ?? '').includes(text), loading),
      {
        timeout: 15_000,
      },
    )
    .toBe(false)
}

async function expectChinesePage(page: Page, what: string, { latin = false } = {}) {
  const { texts, htmlLang, title } = (await page.evaluate(collectText)) as PageText
  expect(htmlLang, `${what}: <html lang>`).toBe('zh-CN')
  expect(title, `${what}: document title`).toMatch(/[\u4e00-\u9fff]/)
  expect(englishIn([title]), `${what}: English in the document title`).toEqual([])
  expect(englishIn(texts), `${what}: English interface text`).toEqual([])
  if (latin) expect(latinWordsIn(texts), `${what}: Latin words`).toEqual([])
}

async function expectNoClipping(page: Page, root: string, what: string) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  const { pageOverflow, clipped } = (await page.evaluate(
    `(${measureClipping})(${JSON.stringify(root)})`,
  )) as ClipReport
  expect(pageOverflow, `${what}: the page scrolls sideways`).toBeLessThanOrEqual(0)
  expect(clipped, `${what}: text cut off`).toEqual([])
}

const routes = [
  { path: '/', name: 'overview' },
  { path: '/explore', name: 'explore' },
  { path: '/data', name: 'data' },
]

describeBrowser('the interface in Chinese at 1920x1080', () => {
  test('the English catalog gives phrases to look for', () => {
    expect(englishPhrases.length).toBeGreaterThan(100)
    expect(englishPhrases).toContain('Skip to content')
  })

  for (const { path, name } of routes) {
    test(`${path}?lang=zh-CN has no English interface text, fits, passes axe, logs no errors`, async () => {
      const { page, errors } = await openPage(appUrl('production', `${path}?lang=zh-CN`), viewport)
      await waitForApp(page)
      await waitForVisible(page, page.locator('main h1'), `the heading of ${path}`)
      await waitForChinese(page)
      await scrollThrough(page)
      await page.waitForLoadState('networkidle')
      await screenshot(page, `chinese-${name}-1920x1080`)
      await screenshot(page, `chinese-${name}-1920x1080-full`, { fullPage: true })
      await expectChinesePage(page, path)
      await expectNoClipping(page, 'body', path)
      await expectNoAxeViolations(page)
      expect(errors).toEqual([])
    })
  }

  // Fifteen slides, each with a screenshot and an axe scan: more than the default minute on a busy
  // 2-core machine. A limit on the test's length, not a performance assertion.
  test('every slide of /present?lang=zh-CN is in Chinese, fits without clipping and passes axe', async () => {
    const { page, errors } = await openPage(appUrl('production', '/present?lang=zh-CN'), viewport)
    await waitForApp(page)
    await waitForVisible(page, page.locator('section.slide.is-current'), 'a slide')
    await waitForChinese(page)
    const count = await page.locator('section.slide').count()
    expect(count).toBeGreaterThanOrEqual(13)
    for (let slide = 1; slide <= count; slide++) {
      // The next slide by its key, as a presenter moves: one page load, not fifteen.
      if (slide > 1) await page.keyboard.press('ArrowRight')
      const current = page.locator('.present-stage > section.slide.is-current')
      await expect.poll(() => current.getAttribute('data-slide')).toBe(String(slide))
      const plot = current.locator('.slide-chart-plot')
      if ((await plot.count()) > 0) {
        await waitForVisible(page, plot.locator('svg').first(), `the chart on slide ${slide}`)
      }
      // Let the fade between slides finish, so contrast is measured on the slide as shown.
      await page.waitForTimeout(300)
      await screenshot(page, `chinese-present-1920x1080-slide-${String(slide).padStart(2, '0')}`)
      const what = `slide ${slide}`
      await expectChinesePage(page, what, { latin: true })
      await expectNoClipping(page, '.present-stage', what)
      await expectNoAxeViolations(page)
    }
    expect(errors).toEqual([])
  }, 240_000)

  test('the presenter view in Chinese: notes, controls and thumbnails', async () => {
    const { page, errors } = await openPage(
      appUrl('production', '/present?lang=zh-CN&view=presenter&slide=6'),
      { width: 1280, height: 800 },
    )
    await waitForVisible(page, page.getByRole('heading', { name: '演讲者备注' }), 'the notes')
    await waitForChinese(page)
    await screenshot(page, 'chinese-present-presenter-view')
    await expectChinesePage(page, 'presenter view', { latin: true })
    await expectNoAxeViolations(page)
    expect(errors).toEqual([])
  })
})

describeBrowser('switching the language in the header', () => {
  test('changes ?lang= and the page text in place, without a reload', async () => {
    const { page, errors } = await openPage(appUrl('production', '/data?lang=en'), viewport)
    const english = page.getByRole('combobox', { name: 'Language', exact: true })
    await waitForVisible(page, english, 'the language select')
    await waitForVisible(page, page.getByRole('link', { name: 'Overview', exact: true }), 'nav')
    // A marker on the window survives only if the page is not reloaded.
    await page.evaluate(() => {
      ;(window as unknown as { kept: boolean }).kept = true
    })

    await english.selectOption('zh-CN')
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('zh-CN')
    await waitForVisible(page, page.getByRole('link', { name: '总览', exact: true }), '总览')
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
    expect(await page.getByRole('link', { name: 'Overview', exact: true }).count()).toBe(0)
    expect(await page.title()).toBe('中国邮政集团公司2017年关键指标看板')
    expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true)

    const chinese = page.getByRole('combobox', { name: '语言', exact: true })
    await chinese.selectOption('en')
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en')
    await waitForVisible(page, page.getByRole('link', { name: 'Overview', exact: true }), 'nav')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true)
    expect(errors).toEqual([])
  })
})

/**
 * The built app in Chromium, walked figure by figure on /, /explore and every slide of /present,
 * in English and Chinese: no card, table row, list item or slide tile that names an illustrative
 * reference carries a verdict, and ?references=hide takes every reference off the overview. Every
 * chart that shows a reference is saved as PNG with its table open: the rows drawn in the image,
 * the text alternative written into the file (its Title and Description) and the stamp (Source)
 * give a reference no verdict either.
 * (The specs, slides, exports and rendered views are walked in tests/unit/verdict-walk.test.ts and
 * tests/components/verdict-walk.test.tsx.)
 */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { appUrl, describeBrowser, openPage, waitForApp, waitForVisible } from './support/browser'

const languages = [
  {
    lang: 'en',
    reference: /Illustrative|illustrative|Reference only/,
    verdict: /\b(Met|Below target|On track)\b/,
  },
  { lang: 'zh-CN', reference: /示意|仅作参照/, verdict: /已达成|未达目标|进度正常/ },
] as const

/** The text of every figure-sized element: cards, table rows, list items, slide figures. */
async function figureTexts(page: Page, scope = 'main'): Promise<string[]> {
  return page
    .locator(`${scope} :is(article, tr, li, .slide-figure)`)
    .evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''))
}

/**
 * The figures once some of them name a reference: a view may fill in after its first paint (the
 * deck's app renders its other slides a render after it takes over the prerendered title slide).
 */
async function figuresWithReferences(
  page: Page,
  language: (typeof languages)[number],
  scope = 'main',
): Promise<string[]> {
  await expect
    .poll(async () => (await figureTexts(page, scope)).some((t) => language.reference.test(t)), {
      timeout: 15_000,
    })
    .toBe(true)
  return figureTexts(page, scope)
}

/** A figure that names a reference may say so; it never also gives a verdict. */
function judgedReferences(
  texts: readonly string[],
  language: (typeof languages)[number],
): string[] {
  return texts.filter((t) => language.reference.test(t) && language.verdict.test(t))
}

/** The iTXt chunks of a PNG (keyword -> UTF-8 text): what the export writes into the file. */
function pngTexts(png: Buffer): Record<string, string> {
  const texts: Record<string, string> = {}
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at)
    const type = png.toString('latin1', at + 4, at + 8)
    if (type === 'iTXt') {
      const data = png.subarray(at + 8, at + 8 + length)
      const keyword = data.subarray(0, data.indexOf(0)).toString('latin1')
      // keyword \0, compression flag and method, language \0, translated keyword \0, text.
      const language = data.indexOf(0, keyword.length + 3)
      const translated = data.indexOf(0, language + 1)
      texts[keyword] = data.subarray(translated + 1).toString('utf8')
    }
    at += 12 + length
  }
  return texts
}

/**
 * Each chart on the overview that shows a reference (up to `limit`), saved as PNG with its table
 * open. Every chart's summary is walked in both languages in tests/unit/verdict-walk.test.ts; here
 * the file is checked to carry them, so Chinese walks one chart (each export takes 1–2 s).
 */
async function walkPngs(page: Page, language: (typeof languages)[number], limit: number) {
  const figures = page.locator('figure.chart-figure').filter({ visible: true })
  for (let i = 0; i < 40 && (await figures.count()) < 7; i++) await page.mouse.wheel(0, 800)
  const count = await figures.count()
  let walked = 0
  for (let i = 0; i < count && walked < limit; i++) {
    const figure = figures.nth(i)
    if (!language.reference.test((await figure.textContent()) ?? '')) continue
    await figure.scrollIntoViewIfNeeded()
    await figure.locator('.chart-table-toggle').first().click()
    const rows = await figure
      .locator('tr')
      .evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''))
    expect(rows.length).toBeGreaterThan(1)
    expect(judgedReferences(rows, language)).toEqual([])
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure.locator('.png-export button').click(),
    ])
    const text = pngTexts(readFileSync(await download.path()))
    expect(text.Title).toBe(await figure.locator('.chart-title').textContent())
    expect(text.Description).toBe(await figure.locator('.chart-summary').textContent())
    expect(judgedReferences((text.Description ?? '').split(/(?<=[.;。；])\s*/), language)).toEqual(
      [],
    )
    expect(text.Source).toMatch(/2017/)
    expect(text.Source).not.toMatch(language.verdict)
    walked++
  }
  // The funnel and the carnival at least.
  expect(walked).toBeGreaterThanOrEqual(Math.min(limit, 2))
}

describeBrowser('every figure on screen: a reference never carries a verdict', () => {
  for (const language of languages) {
    it(`/, /explore and every slide of /present, ${language.lang}`, async () => {
      const { page, errors } = await openPage(appUrl('production', `/?lang=${language.lang}`))
      await page.waitForFunction(
        () => document.getElementById('root')?.dataset.prerendered === undefined,
      )
      await waitForVisible(page, page.getByRole('article').first(), 'the headline cards')
      const overview = await figureTexts(page)
      expect(overview.some((t) => language.reference.test(t))).toBe(true)
      expect(judgedReferences(overview, language)).toEqual([])
      await walkPngs(page, language, language.lang === 'en' ? 7 : 1)

      await page.goto(appUrl('production', `/explore?lang=${language.lang}`))
      await waitForApp(page)
      await waitForVisible(page, page.getByRole('table').first(), 'the metrics table')
      const rows = await figuresWithReferences(page, language)
      expect(judgedReferences(rows, language)).toEqual([])

      await page.goto(appUrl('production', `/present?lang=${language.lang}`))
      await waitForApp(page)
      await waitForVisible(page, page.locator('section.slide').first(), 'the deck')
      const slides = await page.locator('section.slide').count()
      expect(slides).toBeGreaterThan(10)
      const deck = await figuresWithReferences(page, language, 'section.slide')
      expect(judgedReferences(deck, language)).toEqual([])
      expect(errors).toEqual([])
    })
  }

  it('?references=hide: no card or row names a reference, and the goals keep their verdicts', async () => {
    const { page, errors } = await openPage(appUrl('production', '/?references=hide'))
    await page.waitForFunction(
      () => document.getElementById('root')?.dataset.prerendered === undefined,
    )
    const scorecard = page.getByRole('region', { name: '2017 at a glance' })
    await waitForVisible(page, scorecard, 'the scorecard')
    await expect.poll(() => scorecard.textContent()).not.toMatch(/illustrative/)
    expect(await scorecard.textContent()).toMatch(/7 were met/)
    const texts = await figureTexts(page)
    expect(texts.filter((t) => /Illustrative|illustrative|Reference only/.test(t))).toEqual([])
    expect(await page.getByRole('combobox', { name: 'References' }).inputValue()).toBe('hide')
    expect(errors).toEqual([])
  })
})

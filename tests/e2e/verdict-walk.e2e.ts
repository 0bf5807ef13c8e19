/**
 * The built app in Chromium, walked figure by figure on /, /explore and every slide of /present,
 * in English and Chinese: no card, table row, list item or slide tile that names an illustrative
 * reference carries a verdict, and ?references=hide takes every reference off the overview.
 * (The specs, slides, exports and rendered views are walked in tests/unit/verdict-walk.test.ts and
 * tests/components/verdict-walk.test.tsx.)
 */
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { appUrl, describeBrowser, openPage, waitForVisible } from './support/browser'

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

/** A figure that names a reference may say so; it never also gives a verdict. */
function judgedReferences(
  texts: readonly string[],
  language: (typeof languages)[number],
): string[] {
  return texts.filter((t) => language.reference.test(t) && language.verdict.test(t))
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

      await page.goto(appUrl('production', `/explore?lang=${language.lang}`))
      await waitForVisible(page, page.getByRole('table').first(), 'the metrics table')
      const rows = await figureTexts(page)
      expect(rows.some((t) => language.reference.test(t))).toBe(true)
      expect(judgedReferences(rows, language)).toEqual([])

      await page.goto(appUrl('production', `/present?lang=${language.lang}`))
      await waitForVisible(page, page.locator('section.slide').first(), 'the deck')
      const slides = await page.locator('section.slide').count()
      expect(slides).toBeGreaterThan(10)
      const deck = await figureTexts(page, 'section.slide')
      expect(deck.some((t) => language.reference.test(t))).toBe(true)
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

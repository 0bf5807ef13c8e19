/**
 * The first screen answers "which goals were met?": at 1280×720 and on a 390×844 phone, in English
 * and Chinese, the scorecard's sentence and every goal's verdict sit inside the viewport before
 * any scrolling, and the data-quality notice comes after them. The same holds for the prerendered
 * HTML alone, with JavaScript disabled (a reader whose scripts are blocked, a crawler, a slow
 * phone before the bundle arrives): English from /, Chinese from the copy served for ?lang=zh-CN.
 */
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import {
  appUrl,
  describeBrowser,
  openBlankPage,
  openPage,
  screenshot,
  waitForVisible,
} from './support/browser'

const sizes = [
  { name: 'laptop-1280', width: 1280, height: 720 },
  { name: 'phone-390', width: 390, height: 844 },
]

const languages = [
  { lang: 'en', region: '2017 at a glance', sentence: /^Of the 7 targets/, verdict: 'Met' },
  {
    lang: 'zh-CN',
    region: '2017年概览',
    sentence: /^新闻稿明确或隐含的7项目标中/,
    verdict: '已达成',
  },
] as const

/** The scorecard's sentence and every goal's verdict inside the viewport, the notice after them. */
async function expectAnswerInView(
  page: Page,
  size: (typeof sizes)[number],
  language: (typeof languages)[number],
) {
  const scorecard = page.getByRole('region', { name: language.region })
  await waitForVisible(page, scorecard, 'the scorecard')
  const inView = async (box: { y: number; height: number; x: number; width: number }) =>
    box.y >= 0 && box.y + box.height <= size.height && box.x >= 0 && box.x + box.width <= size.width
  const sentence = scorecard.getByText(language.sentence)
  const sentenceBox = await sentence.boundingBox()
  expect(sentenceBox, 'the scorecard sentence').not.toBeNull()
  if (sentenceBox) expect(await inView(sentenceBox), 'sentence in view').toBe(true)
  const goals = scorecard.getByRole('listitem')
  const count = await goals.count()
  expect(count).toBe(7)
  for (let i = 0; i < count; i++) {
    const goal = goals.nth(i)
    await expect.poll(() => goal.textContent()).toContain(language.verdict)
    const box = await goal.boundingBox()
    expect(box, `goal ${i + 1}`).not.toBeNull()
    if (box) expect(await inView(box), `goal ${i + 1} in view`).toBe(true)
  }
  // The data-quality notice stays, after the answer.
  const notice = await page.getByRole('complementary').first().boundingBox()
  const card = await scorecard.boundingBox()
  if (notice && card) expect(notice.y).toBeGreaterThan(card.y + card.height - 1)
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
}

describeBrowser('the first screen answers which goals were met', () => {
  for (const size of sizes) {
    for (const language of languages) {
      it(`${size.name}, ${language.lang}: sentence and verdicts visible without scrolling`, async () => {
        const { page, errors } = await openPage(
          appUrl('production', `/?lang=${language.lang}`),
          size,
        )
        // The prerendered page answers first; the app then renders the same scorecard in its place.
        await page.waitForFunction(
          () => document.getElementById('root')?.dataset.prerendered === undefined,
        )
        await expectAnswerInView(page, size, language)
        await screenshot(page, `first-screen-${size.name}-${language.lang}`)
        expect(errors).toEqual([])
      })
    }
  }

  for (const size of sizes) {
    it(`${size.name}, without JavaScript: the prerendered page answers in both languages`, async () => {
      const { page } = await openBlankPage({
        viewport: size,
        contextOptions: { javaScriptEnabled: false },
      })
      for (const language of languages) {
        await page.goto(appUrl('production', `/?lang=${language.lang}`))
        // Nothing replaces the prerendered page: it is what the reader has.
        expect(await page.locator('#root[data-prerendered]').count()).toBe(1)
        await expectAnswerInView(page, size, language)
        await screenshot(page, `first-screen-${size.name}-${language.lang}-no-js`)
      }
    })
  }
})

/**
 * The overview as a whole-report PDF (the print stylesheet, after "Print or save as PDF" has mounted
 * every chart):
 * more than one page, the filters and the stamp at the foot of every page, the table's header
 * repeated on each page the table runs onto; charts two to a row, so no page holds one small chart
 * and blank space. /explore prints its table with the same stamp on every page. Chromium's
 * page.pdf() writes the file; poppler's pdfinfo / pdftotext read it and pdftoppm renders the pages
 * to look at (test-results/pdf/).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { appUrl, describeBrowser, openPage, waitForApp } from './support/browser'

const outDir = fileURLToPath(new URL('../../test-results/pdf', import.meta.url))
const poppler = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

function pageTexts(file: string): string[] {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0)
  return Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, '-layout', file, '-'], {
      encoding: 'utf8',
    }),
  )
}

async function printOverview(path: string, name: string): Promise<string[]> {
  const { page, errors } = await openPage(appUrl('production', path), { width: 1280, height: 720 })
  await page.waitForFunction(
    () => document.getElementById('root')?.dataset.prerendered === undefined,
  )
  // The button mounts every chart and the table, then prints: the test takes the PDF there.
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-test-printed', '')
  })
  await page.getByRole('button', { name: /^(Print or save as PDF|打印或存为PDF)$/ }).click()
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-test-printed'))
  expect(await page.locator('.chart-placeholder, .skeleton').count()).toBe(0)
  mkdirSync(outDir, { recursive: true })
  const file = join(outDir, `${name}.pdf`)
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true })
  execFileSync('pdftoppm', ['-r', '50', '-png', file, join(outDir, name)])
  expect(errors).toEqual([])
  return pageTexts(file)
}

describeBrowser('the overview as a PDF report', () => {
  test.skipIf(!poppler)('paginates, repeats the table header, stamps every page', async () => {
    const pages = await printOverview('/?theme=dark', 'overview-report-en')
    expect(pages.length).toBeGreaterThan(1)
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}: filters`).toContain('All 27 metrics, no filters.')
      expect(text, `page ${i + 1}: source`).toMatch(/Source: China Post, “2017 Top Ten Events/)
      expect(text, `page ${i + 1}: view`).toMatch(/View: http:\/\/\S+year=2017/)
      expect(text, `page ${i + 1}: number`).toMatch(
        new RegExp(`\\b${i + 1} ?/ ?${pages.length}\\b`),
      )
    })
    // Charts share pages: seven charts (six side by side, the timeline across) on at most four.
    const chartPages = pages.filter((text) =>
      /Innovation funnel|Milestones of 2017|Rollout coverage|PSBC preferred-share|919 Shopping Carnival and/.test(
        text,
      ),
    )
    expect(chartPages.length).toBeLessThanOrEqual(4)
    const tablePages = pages.filter((text) => /Event \d+ · /.test(text))
    expect(tablePages.length).toBeGreaterThan(1)
    for (const text of tablePages) expect(text).toMatch(/Metric\s+Value\s+Target/)
    // No control is printed.
    expect(pages.join('\n')).not.toMatch(/Print or save as PDF|Save as PNG/)
  })

  test.skipIf(!poppler)('states the filters on every page, in Chinese too', async () => {
    const pages = await printOverview(
      '/?lang=zh-CN&categories=["insurance","innovation"]',
      'overview-report-zh-filtered',
    )
    expect(pages.length).toBeGreaterThan(1)
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}: filters`).toMatch(/筛选视图：共27项指标，显示\d+项/)
      expect(text, `page ${i + 1}: view`).toContain('categories=')
    })
  })

  test.skipIf(!poppler)(
    '/explore prints its table with the filters and the stamp on every page',
    async () => {
      const { page, errors } = await openPage(appUrl('production', '/explore?sort=label'), {
        width: 1280,
        height: 720,
      })
      await waitForApp(page)
      await page.getByRole('table', { name: /^Metrics:/ }).waitFor()
      mkdirSync(outDir, { recursive: true })
      const file = join(outDir, 'explore-report-en.pdf')
      await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true })
      execFileSync('pdftoppm', ['-r', '50', '-png', file, join(outDir, 'explore-report-en')])
      const pages = pageTexts(file)
      expect(pages.length).toBeGreaterThan(1)
      pages.forEach((text, i) => {
        expect(text, `page ${i + 1}: filters`).toContain('All 27 metrics, no filters.')
        expect(text, `page ${i + 1}: source`).toMatch(/Source: China Post, “2017 Top Ten Events/)
        expect(text, `page ${i + 1}: view`).toMatch(/View: http:\/\/\S+explore\S*year=2017/)
        expect(text, `page ${i + 1}: number`).toMatch(
          new RegExp(`\\b${i + 1} ?/ ?${pages.length}\\b`),
        )
      })
      expect(pages.join('\n')).not.toMatch(/Download CSV|Save as PNG/)
      // The header runs onto every page of the table, with its words (a printed button is blank).
      const tablePages = pages.filter((text) => /Event \d+ · /.test(text))
      expect(tablePages.length).toBeGreaterThan(1)
      for (const text of tablePages) expect(text).toMatch(/Metric\s+Value\s+Target/)
      expect(errors).toEqual([])
    },
  )
})

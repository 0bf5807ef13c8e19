/**
 * The deck's PowerPoint export, as a presenter gets it: pressed on /present, downloaded, then
 * opened by LibreOffice Impress (headless) and rendered to PDF, one page per slide, and to PNGs
 * to look at. Without soffice the test is skipped locally and fails in CI. The English deck carries
 * an analyst's what-if target (set on this device before the visit): its own dash-dot series in
 * the funnel's chart, and the title slide says what-if targets are active.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { strFromU8, unzipSync } from 'fflate'
import { expect, test } from 'vitest'
import { appUrl, describeBrowser, openBlankPage, waitForVisible } from './support/browser'

const outDir = fileURLToPath(new URL('../../test-results/pptx', import.meta.url))

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 })
    return true
  } catch {
    return false
  }
}

const soffice = hasSoffice()
if (!soffice && process.env.CI) {
  throw new Error(
    'soffice (LibreOffice Impress) is missing: the PowerPoint test cannot be skipped in CI.',
  )
}

describeBrowser('the deck as PowerPoint', () => {
  for (const [name, path] of [
    ['dark, English', '/present?slide=6'],
    [
      'light, Chinese, in CNY, finance and insurance',
      '/present?deck=projector-light&lang=zh-CN&currency=CNY&categories=%5B%22finance%22%2C%22insurance%22%5D',
    ],
  ] as const) {
    test.skipIf(!soffice)(
      `${name}: downloads, opens in LibreOffice with a page per slide`,
      async () => {
        const { page, errors } = await openBlankPage({ viewport: { width: 1920, height: 1080 } })
        const whatIf = !path.includes('zh-CN')
        if (whatIf) {
          await page.addInitScript(() => {
            const value = [
              {
                metric: 'innovation.submissions',
                value: 80000,
                unit: 'count',
                setAt: '2026-03-01T10:00:00.000Z',
              },
            ]
            localStorage.setItem('cp-kpi:target-overrides', JSON.stringify({ version: 1, value }))
          })
        }
        await page.goto(appUrl('production', path))
        await waitForVisible(page, page.locator('section.slide.is-current'), 'a slide')
        const count = await page.locator('section.slide').count()
        await page.mouse.move(400, 300)
        await page.mouse.move(420, 310)
        const button = page.getByRole('button', { name: /PowerPoint/ })
        const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
        const dir = join(outDir, name.replace(/[^\w]+/g, '-'))
        rmSync(dir, { recursive: true, force: true })
        mkdirSync(dir, { recursive: true })
        const file = join(dir, 'deck.pptx')
        await download.saveAs(file)

        const parts = unzipSync(new Uint8Array(readFileSync(file)))
        const names = Object.keys(parts)
        expect(names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(count)
        expect(names.some((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toBe(true)
        expect(names.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))).toHaveLength(
          count,
        )
        if (whatIf) {
          expect(strFromU8(parts['ppt/slides/slide1.xml'] ?? new Uint8Array())).toContain(
            'what-if target set on this device',
          )
          const charts = names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
          const xml = charts.map((n) => strFromU8(parts[n] ?? new Uint8Array())).join('')
          expect(xml).toMatch(/<c:v>Target \(analyst\)<\/c:v>[\s\S]*?<a:prstDash val="dashDot"\/>/)
        }
        if (path.includes('zh-CN')) {
          expect(strFromU8(parts['ppt/slides/slide1.xml'] ?? new Uint8Array())).toMatch(
            /[\u4e00-\u9fff]/,
          )
        }

        execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
          timeout: 180_000,
          stdio: 'ignore',
        })
        const info = execFileSync('pdfinfo', [join(dir, 'deck.pdf')], { encoding: 'utf8' })
        expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(count)
        // Pages to look at: test-results/pptx/<name>/page-NN.png.
        execFileSync('pdftoppm', ['-r', '60', '-png', join(dir, 'deck.pdf'), join(dir, 'page')])
        expect(errors).toEqual([])
      },
      240_000,
    )
  }
})

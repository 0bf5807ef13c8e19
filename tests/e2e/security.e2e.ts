/**
 * Security in a real browser. The production build loads every route under the CSP that
 * `vite preview` serves, with no violation and no console error. A hostile dataset (markup,
 * script URLs, spreadsheet formulas, a 5,000-character word, right-to-left overrides; msw's
 * `hostile` scenario) is shown as literal text on every route: nothing runs, nothing becomes a
 * link, nothing pushes the page wider than the screen, the CSV export neutralises every formula
 * and the JSON export keeps every string as it came.
 */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { hostileDataset, hostileSentence, hostileStrings } from '../../mocks/scenarios'
import {
  appUrl,
  describeBrowser,
  openBlankPage,
  renderedText,
  screenshot,
  waitForApp,
  waitForVisible,
} from './support/browser'

declare global {
  interface Window {
    __cspViolations?: string[]
  }
}

/** Records every CSP violation the page reports into window.__cspViolations. */
async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    const violations: string[] = []
    window.__cspViolations = violations
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        violations.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
        )
      },
      true,
    )
  })
}

function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? ['(the recorder did not run)'])
}

/** Scrolls to the end in steps, so panels that mount when scrolled near render too. */
async function scrollThrough(page: Page) {
  for (let step = 0; step < 20; step++) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight)
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1
    })
    await page.waitForTimeout(100)
    if (atEnd) break
  }
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => window.scrollTo(0, 0))
}

interface RouteCheck {
  path: string
  ready: (page: Page) => ReturnType<Page['locator']>
  what: string
  /** What a reader does on the route, so lazy parts and interactions run under the CSP too. */
  exercise?: (page: Page) => Promise<void>
}

const routes: RouteCheck[] = [
  {
    path: '/',
    ready: (page) => page.getByRole('region', { name: 'Headline results' }),
    what: 'the headline figures',
    exercise: async (page) => {
      await scrollThrough(page)
      await page.goto(appUrl('production', '/?event=5'))
      await waitForVisible(page, page.getByRole('dialog'), 'the event detail')
    },
  },
  {
    path: '/explore',
    ready: (page) => page.getByRole('table', { name: /^Metrics:/ }),
    what: 'the metrics table',
    exercise: async (page) => {
      await page.goto(appUrl('production', '/explore?metric=insurance.new-premiums'))
      await waitForVisible(page, page.getByRole('dialog'), 'the metric drawer')
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
      const figure = page.getByRole('figure').first()
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        figure.getByRole('button', { name: /PNG/ }).click(),
      ])
      expect(download.suggestedFilename()).toMatch(/\.png$/)
    },
  },
  {
    path: '/present',
    ready: (page) => page.locator('section.slide.is-current'),
    what: 'a slide',
    exercise: async (page) => {
      // The title slide is the build's until the app takes over; keys go to the app's deck.
      await waitForApp(page)
      for (let slide = 2; slide <= 5; slide++) {
        await page.keyboard.press('ArrowRight')
        await waitForVisible(
          page,
          page.locator(`section.slide.is-current[data-slide="${slide}"]`),
          `slide ${slide}`,
        )
      }
    },
  },
  {
    path: '/data',
    ready: (page) => page.getByRole('heading', { name: 'Sources and data quality', level: 1 }),
    what: 'the data page',
    exercise: scrollThrough,
  },
  {
    path: '/?lang=zh-CN',
    ready: (page) => page.getByRole('heading', { name: '2017年数据一览', level: 1 }),
    what: 'the overview in Chinese',
    exercise: scrollThrough,
  },
]

describeBrowser('production build: the content security policy', () => {
  for (const route of routes) {
    test(`${route.path} loads and works under the served CSP with no violation or console error`, async () => {
      const { page, errors } = await openBlankPage()
      await recordCspViolations(page)
      const response = await page.goto(appUrl('production', route.path))
      await waitForApp(page)
      const policy = response?.headers()['content-security-policy'] ?? ''
      expect(policy).toContain("script-src 'self'")
      expect(policy).toContain("object-src 'none'")
      await waitForVisible(page, route.ready(page), route.what)
      await route.exercise?.(page)
      expect(await cspViolations(page)).toEqual([])
      expect(errors).toEqual([])
    })
  }

  test('the policy is enforced and the recorder sees what it blocks', async () => {
    const { page } = await openBlankPage()
    await recordCspViolations(page)
    await page.goto(appUrl('production', '/'))
    await waitForVisible(page, routes[0]?.ready(page) ?? page.locator('main'), 'the overview')
    const ran = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'document.documentElement.dataset.injected = "ran"'
      document.body.append(script)
      return document.documentElement.dataset.injected ?? 'blocked'
    })
    expect(ran).toBe('blocked')
    await expect.poll(() => cspViolations(page)).toEqual([expect.stringMatching(/^script-src/)])
  })
})

const hostile = hostileDataset()
/** A spreadsheet reads a cell that starts with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/

/** The cell a CSV export should hold for `text`: formulas neutralised by a leading apostrophe. */
function neutralised(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** RFC 4180: fields separated by commas, quoted when needed, quotes doubled, CRLF between rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') {
        quoted = false
      } else {
        field += char
      }
    } else if (char === '"') {
      quoted = true
    } else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else {
      field += char
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

interface HostilePage {
  path: string
  ready: (page: Page) => ReturnType<Page['locator']>
  what: string
  /** Where the hostile text must be readable as it came. */
  text: (page: Page) => Promise<string>
  /** Hostile strings shown on this route as text (all of them, as event titles at least). */
  expected: readonly string[]
}

const visibleText = (page: Page) => renderedText(page.locator('body'))

const hostilePages: HostilePage[] = [
  {
    path: '/',
    ready: (page) => page.getByRole('region', { name: 'Headline results' }),
    what: 'the headline figures',
    text: visibleText,
    expected: hostileStrings,
  },
  {
    path: '/explore',
    ready: (page) => page.getByRole('table', { name: /^Metrics:/ }),
    what: 'the metrics table',
    text: visibleText,
    expected: hostileStrings,
  },
  {
    path: '/data',
    ready: (page) => page.getByRole('heading', { name: 'Sources and data quality', level: 1 }),
    what: 'the data page',
    text: visibleText,
    expected: [...hostileStrings, hostileSentence],
  },
  {
    path: '/present',
    ready: (page) => page.locator('section.slide.is-current'),
    what: 'a slide',
    // Every slide is in the page; only the current one shows.
    text: (page) => page.locator('main').evaluate((main) => main.textContent ?? ''),
    expected: hostileStrings,
  },
]

/** Anything a hostile string could have become besides text: script URLs, elements, handlers. */
const findInjections = `() => {
  const found = []
  const urlAttributes = ['href', 'xlink:href', 'src', 'action', 'formaction', 'data']
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const value = attr.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase()
      if (urlAttributes.includes(attr.name) && value.startsWith('javascript:')) {
        found.push(el.tagName.toLowerCase() + ' ' + attr.name + '="' + attr.value.slice(0, 60) + '"')
      }
      if (attr.name.startsWith('on')) {
        found.push(el.tagName.toLowerCase() + ' has a handler attribute ' + attr.name)
      }
    }
  }
  for (const img of document.querySelectorAll('img[src="x"]')) found.push('an injected <img src=x>')
  for (const script of document.querySelectorAll('script')) {
    if ((script.textContent || '').includes('alert(')) found.push('an injected <script>')
  }
  return found
}`

/**
 * How far the page scrolls sideways, and text that reaches past the right edge of the screen
 * with nothing clipping or scrolling it (text in a scroll box of its own is fine).
 */
const measureOverflow = `() => {
  const width = document.documentElement.clientWidth
  const clipped = (el) => {
    for (let a = el; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible') return true
    }
    return false
  }
  const name = (el) => el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
  const offenders = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const range = document.createRange()
    range.selectNodeContents(node)
    const rect = range.getBoundingClientRect()
    const el = node.parentElement
    if (!el || rect.width === 0 || rect.right <= width + 1 || clipped(el)) continue
    const where = [el, el.parentElement, el.parentElement?.parentElement].filter(Boolean).map(name).join(' < ')
    offenders.push(Math.round(rect.right - width) + 'px past the edge: “' + (node.textContent || '').trim().slice(0, 30) + '…” in ' + where)
  }
  return { scroll: document.documentElement.scrollWidth - width, offenders: [...new Set(offenders)].slice(0, 8) }
}`

interface Overflow {
  scroll: number
  offenders: string[]
}

describeBrowser('mocked build: a hostile dataset (?mock=hostile)', () => {
  for (const route of hostilePages) {
    test(`${route.path} shows hostile strings as text: nothing runs, links or overflows at 1280×720`, async () => {
      const { page, errors } = await openBlankPage({ viewport: { width: 1280, height: 720 } })
      const dialogs: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`)
        void dialog.dismiss()
      })
      await recordCspViolations(page)
      await page.goto(appUrl('mocked', `${route.path}?mock=hostile`))
      await waitForVisible(page, route.ready(page), route.what)
      if (route.path === '/present') {
        const count = await page.locator('section.slide').count()
        for (let slide = 2; slide <= count; slide++) await page.keyboard.press('ArrowRight')
        await waitForVisible(
          page,
          page.locator(`section.slide.is-current[data-slide="${count}"]`),
          'the last slide',
        )
        await page.keyboard.press('Home')
      } else {
        await scrollThrough(page)
      }
      // Bounded: a page pushed thousands of pixels wide is slow to capture; the checks say why.
      await screenshot(page, `security-hostile${route.path.replace(/\//g, '-')}`, {
        timeout: 5_000,
      }).catch(() => undefined)

      const text = await route.text(page)
      const missing = route.expected.filter((s) => !text.includes(s)).map((s) => s.slice(0, 60))
      expect(missing, 'hostile strings not shown as literal text').toEqual([])
      expect(
        await page.evaluate(`(${findInjections})()`),
        'injected markup or script URLs',
      ).toEqual([])
      expect(dialogs, 'dialogs opened').toEqual([])
      expect(await cspViolations(page)).toEqual([])
      expect(errors).toEqual([])
      const overflow = (await page.evaluate(`(${measureOverflow})()`)) as Overflow
      expect(overflow.offenders, 'text past the right edge of the screen').toEqual([])
      expect(overflow.scroll, 'page-level horizontal scroll (px)').toBeLessThanOrEqual(0)
    })
  }

  test('the CSV export neutralises every formula; the JSON export keeps every string intact', async () => {
    const { page, errors } = await openBlankPage()
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`)
      void dialog.dismiss()
    })
    await page.goto(appUrl('mocked', '/explore?mock=hostile'))
    await waitForVisible(page, page.getByRole('table', { name: /^Metrics:/ }), 'the metrics table')

    const download = async (format: 'CSV' | 'JSON') => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: new RegExp(`Download ${format}`) }).click(),
      ])
      return readFileSync(await file.path(), 'utf8')
    }

    // JSON: every string exactly as the data service sent it.
    const json = JSON.parse(await download('JSON')) as { rows: Record<string, unknown>[] }
    const jsonById = new Map(json.rows.map((row) => [row.id, row]))
    for (const metric of hostile.metrics) {
      const row = jsonById.get(metric.id)
      expect(row?.label, metric.id).toBe(metric.label.en)
      expect(row?.label_zh, metric.id).toBe(metric.label['zh-CN'])
      expect(row?.quote, metric.id).toBe(metric.provenance.quote)
    }
    expect(jsonById.get(hostile.metrics[0]?.id)?.quote).toBe(hostileSentence)

    // CSV: the same columns in the same order (the header is in the reader's language).
    const keys = Object.keys(json.rows[0] ?? {})
    const column = (key: string) => keys.indexOf(key)
    const rows = parseCsv((await download('CSV')).replace(/^\uFEFF/, ''))
    const byId = new Map(rows.map((row) => [row[0], row]))
    expect(byId.size).toBeGreaterThan(hostile.metrics.length)

    // No cell a spreadsheet would run: numbers may be negative, text must not start a formula.
    const formulas = rows.flatMap((row, r) =>
      row
        .filter((cell) => FORMULA_START.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell))
        .map((cell) => `row ${r + 1}: ${cell.slice(0, 60)}`),
    )
    expect(formulas, 'cells that start a formula').toEqual([])

    // Each hostile label is there, neutralised where it would be a formula, otherwise verbatim.
    for (const metric of hostile.metrics) {
      const row = byId.get(metric.id)
      expect(row?.[column('label')], metric.id).toBe(neutralised(metric.label.en))
      expect(row?.[column('label_zh')], metric.id).toBe(neutralised(metric.label['zh-CN']))
      expect(row?.[column('quote')], metric.id).toBe(neutralised(metric.provenance.quote))
    }
    expect(byId.get(hostile.metrics[0]?.id ?? '')?.[column('quote')]).toBe(`'${hostileSentence}`)
    expect(errors).toEqual([])
  })
})

/**
 * The analyst workspace in a real browser, on the production build: filters that survive a
 * reload, bad links, exports, what-if targets across reloads, imports that fail safely, axe in
 * both themes, and screenshots at phone, laptop and desktop sizes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { compileMessage } from '@lingui/message-utils/compileMessage'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { en } from '../../src/locales/all'
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

interface MetricRecord {
  id: string
  label: { en: string }
}

const metrics = JSON.parse(
  readFileSync(new URL('../../data/2017/metrics.json', import.meta.url), 'utf8'),
) as MetricRecord[]
const TOTAL = metrics.length

const newPremiums = 'New regular premiums, China Post Insurance'
const renewalPremiums = 'Renewal regular premiums, China Post Insurance'
const premiumsQuote =
  'China Post Insurance brought about its goal ahead of schedule on November 8, hitting a historical high.'

function metricsTable(page: Page) {
  return page.getByRole('table', { name: /^Metrics:/ })
}

async function openExplore(path = '/explore', viewport?: { width: number; height: number }) {
  const opened = await openPage(appUrl('production', path), viewport)
  // /explore as it opens is prerendered: the app's own table replaces it a moment later.
  await waitForApp(opened.page)
  await waitForVisible(opened.page, metricsTable(opened.page), 'the metrics table')
  return opened
}

async function rowLabels(page: Page): Promise<string[]> {
  return (await metricsTable(page).getByRole('rowheader').getByRole('link').allTextContents()).map(
    (t) => t.trim(),
  )
}

async function resultCount(page: Page): Promise<string> {
  const status = page.getByRole('status').filter({ hasText: /of \d+ metrics/ })
  return ((await status.textContent()) ?? '').trim()
}

/**
 * Every run of literal text of two or more words in the English catalog ("Clear all", "Filter and
 * sort all", "of the stage before" …), placeholders and plural branches taken apart.
 */
function englishPhrases(): string[] {
  const phrases = new Set<string>()
  const walk = (parts: unknown) => {
    if (typeof parts === 'string') {
      const text = parts.trim()
      if ((text.match(/[A-Za-z]+/g) ?? []).length >= 2) phrases.add(text)
      return
    }
    if (!Array.isArray(parts)) return
    for (const part of parts) {
      if (typeof part === 'string') walk(part)
      else if (Array.isArray(part)) {
        const options = part[2]
        if (options && typeof options === 'object') {
          for (const branch of Object.values(options)) walk(branch)
        }
      }
    }
  }
  for (const message of Object.values(en)) walk(compileMessage(message))
  return [...phrases]
}

/**
 * The interface text of the page's main content as a reader (or a screen reader) meets it: text
 * nodes that are rendered, visually hidden ones included, plus aria-label, title and placeholder
 * values. Text marked lang="en" (the release's own words, its title) is left out.
 */
async function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.getElementById('main') ?? document.body
    // The nearest language mark inside the page says what language a text is in.
    const english = (el: Element) => el.closest('body [lang]')?.getAttribute('lang') === 'en'
    const parts: string[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      if (!el || english(el) || !el.checkVisibility()) continue
      parts.push(node.textContent ?? '')
    }
    for (const el of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (english(el) || !el.checkVisibility()) continue
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name)
        if (value) parts.push(value)
      }
    }
    return parts.join('\n').replace(/\s+/g, ' ')
  })
}

async function expectNoEnglishInterface(page: Page, where: string) {
  const text = await interfaceText(page)
  expect(text.length, `${where}: interface text`).toBeGreaterThan(200)
  const left = englishPhrases().filter((phrase) => text.includes(phrase))
  expect(left, `English interface text left ${where}`).toEqual([])
}

async function expectNoPageScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow, 'page-level horizontal scroll').toBeLessThanOrEqual(0)
}

describeBrowser('explore: the analyst workspace', () => {
  test('answers “stated targets met in finance and insurance, and what did the source say?”', async () => {
    const { page, errors } = await openExplore()
    const category = page.getByRole('group', { name: 'Category' })
    await category.getByRole('checkbox', { name: 'finance' }).check()
    await category.getByRole('checkbox', { name: 'insurance' }).check()
    await page
      .getByRole('group', { name: 'Target provenance' })
      .getByRole('checkbox', { name: 'Stated' })
      .check()
    await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Met' }).check()
    await expect.poll(() => resultCount(page)).toBe(`2 of ${TOTAL} metrics`)
    expect(await rowLabels(page)).toEqual([newPremiums, renewalPremiums])
    expect(
      await page.getByRole('list', { name: 'Active filters' }).getByRole('listitem').count(),
    ).toBe(4)

    await metricsTable(page).getByRole('link', { name: newPremiums }).click()
    const drawer = page.getByRole('dialog', { name: newPremiums })
    await waitForVisible(page, drawer, 'the metric drawer')
    const mark = drawer.locator('mark', { hasText: premiumsQuote })
    expect(await mark.isVisible()).toBe(true)
    await screenshot(page, 'explore-answer-drawer-1280x720')

    // The same link in a fresh browser (no storage, no history) shows the same view.
    const url = page.url()
    expect(decodeURIComponent(url)).toContain('metric=insurance.new-premiums')
    const fresh = await openPage(url)
    await waitForVisible(
      fresh.page,
      fresh.page.getByRole('dialog', { name: newPremiums }),
      'drawer',
    )
    expect(await rowLabels(fresh.page)).toEqual([newPremiums, renewalPremiums])
    expect(
      await fresh.page
        .getByRole('group', { name: 'Category' })
        .getByRole('checkbox', { name: 'insurance' })
        .isChecked(),
    ).toBe(true)

    // Escape closes the drawer and gives focus back to the row's link; Back reopens it.
    await page.keyboard.press('Escape')
    await expect.poll(() => drawer.count()).toBe(0)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe(newPremiums)
    await page.goBack()
    await waitForVisible(page, page.getByRole('dialog', { name: newPremiums }), 'drawer after Back')
    expect(errors).toEqual([])
  })

  test('sorts by a header with the keyboard, and the sort is in the URL', async () => {
    const { page } = await openExplore('/explore?categories=["innovation"]')
    const header = metricsTable(page).getByRole('columnheader', { name: /Value/ })
    await header.getByRole('button').focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending')
    await page.keyboard.press('Enter')
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending')
    expect((await rowLabels(page))[0]).toBe('People on the cloud innovation platform')
    const url = new URL(page.url())
    expect(url.searchParams.get('sort')).toBe('value')
    expect(url.searchParams.get('dir')).toBe('desc')
  })

  test('a bad link parameter shows the notice and the page still works', async () => {
    const { page } = await openExplore('/explore?statuses=["nope"]&categories=["finance"]')
    const notice = page.getByRole('status').filter({ hasText: 'Ignored a link parameter' })
    await waitForVisible(page, notice, 'the ignored-parameter notice')
    expect(await notice.textContent()).toContain('statuses')
    await expect.poll(() => resultCount(page)).toMatch(new RegExp(`^1 of ${TOTAL} metrics`))
    await page.getByRole('button', { name: 'Remove filter: Category Finance' }).click()
    await expect.poll(() => resultCount(page)).toMatch(new RegExp(`^${TOTAL} of ${TOTAL}`))
  })

  test('downloads the filtered table as CSV with BOM, header, rows and the stamp', async () => {
    const { page } = await openExplore('/explore?categories=["insurance"]&sort=label')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download CSV/ }).click(),
    ])
    expect(download.suggestedFilename()).toBe('china-post-2017-metrics.csv')
    const path = await download.path()
    const bytes = readFileSync(path)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8').slice(1)
    const lines = text.split('\r\n')
    // The header is the first line; the stamp is in the last columns of every row.
    expect(lines[0]).toMatch(
      /^id,label,label_zh,event,category,value,.*,stamp_view,stamp_as_of,stamp_dataset_version,stamp_source,stamp_what_if$/,
    )
    // The stamped link names the dataset, so it still opens 2017 once a newer year is the default.
    expect(decodeURIComponent(lines[1] ?? '')).toContain(
      `,${decodeURIComponent(page.url())}&year=2017,2018-01-23,china-post-2017 `,
    )
    expect(lines[1]).toContain('2017 Top Ten Events at China Post Group')
    const premiums = lines.find((l) => l.startsWith('insurance.new-premiums,'))
    expect(premiums).toContain(
      '"New regular premiums, China Post Insurance",中邮保险新单期交保费,5,',
    )
    expect(premiums).toContain(',met,')
    // Insurance only, in label order.
    const ids = lines
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split(',')[0])
    expect(ids.every((id) => id?.startsWith('insurance.'))).toBe(true)
  })

  test('saves a chart as a PNG at twice its size', async () => {
    // Governance holds the one stated numeric target (three years of inspection); the insurance
    // goals are qualitative, so their chart has no bars and nothing to save.
    const { page } = await openExplore('/explore?categories=["governance"]')
    const figure = page.getByRole('figure')
    const box = await figure.boundingBox()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: 'Save as PNG' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('china-post-2017-attainment.png')
    const png = readFileSync(await download.path())
    expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
    const width = png.readUInt32BE(16)
    // Twice the chart's CSS width plus the 24-px margin drawn around it on each side.
    expect(width).toBe(Math.round(((box?.width ?? 0) + 2 * 24) * 2))
    // The stamp was added for the capture only.
    expect(await page.locator('.png-stamp').count()).toBe(0)
  })

  test('a what-if target survives a reload; a broken import names the entry and changes nothing', async () => {
    const { page } = await openExplore('/explore?metric=carnival.members')
    const drawer = page.getByRole('dialog')
    const input = drawer.getByRole('textbox', { name: /^What-if target for/ })
    await input.fill('1 million')
    await drawer.getByRole('button', { name: 'Set target' }).click()
    await waitForVisible(page, drawer.getByText('Below target'), 'the recomputed status')

    await page.reload()
    await waitForVisible(page, page.getByRole('dialog').getByText('Below target'), 'status again')
    expect(await page.getByRole('dialog').getByText('Analyst', { exact: true }).count()).toBe(1)
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()

    const section = page.getByRole('region', { name: 'What-if targets' })
    expect(await section.textContent()).toContain('Online members during the 919 Shopping Carnival')
    await page.getByLabel('Targets file to import').setInputFiles({
      name: 'broken-targets.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          kind: 'cp-kpi-target-overrides',
          version: 1,
          dataset: 'china-post-2017',
          overrides: [
            { metric: 'logistics.sposter-stake', value: 80, unit: 'percent', setAt: 'x' },
            { metric: 'logistics.sposter-stake', value: 70, unit: 'percent', setAt: 'x' },
            { metric: 'innovation.submissions', value: 140.5, unit: 'count' },
          ],
        }),
      ),
    })
    const alert = page.getByRole('alert').filter({ hasText: 'broken-targets.json' })
    await waitForVisible(page, alert, 'the import error')
    const message = (await alert.textContent()) ?? ''
    // Every bad entry, in words: a repeated metric and a value its unit cannot take.
    expect(message).toContain('2 entries cannot be used. Nothing was changed.')
    expect(message).toContain('Entry 2 repeats the metric “logistics.sposter-stake” of entry 1.')
    expect(message).toContain(
      'Entry 3 (innovation.submissions): A target in count must be a whole number.',
    )
    expect(message).not.toMatch(/overrides\.\d|Invalid input/)
    const row = metricsTable(page)
      .getByRole('row')
      .filter({
        has: page.getByRole('link', { name: 'Online members during the 919 Shopping Carnival' }),
      })
    expect(await row.getByText('Below target').count()).toBe(1)
    const stake = metricsTable(page)
      .getByRole('row')
      .filter({
        has: page.getByRole('link', { name: /^Stake in sposter\.net/ }),
      })
    expect(await stake.getByText('Met').count()).toBe(1)
    await alert.scrollIntoViewIfNeeded()
    await screenshot(page, 'explore-import-error-1280x720')
  })

  for (const theme of ['light', 'dark'] as const) {
    test(`has no axe violations with the drawer open (${theme})`, async () => {
      const { page } = await openExplore(
        `/explore?theme=${theme}&categories=["insurance"]&metric=insurance.goal-usd-as-stated`,
      )
      await waitForVisible(page, page.getByRole('dialog'), 'the drawer')
      await expectNoAxeViolations(page)
      await screenshot(page, `explore-drawer-${theme}-1280x720`)
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
      await expectNoAxeViolations(page)
    })
  }

  const sizes = [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]
  for (const size of sizes) {
    test(`lays out at ${size.width}×${size.height} without page-level horizontal scroll`, async () => {
      const { page, errors } = await openExplore('/explore?categories=["insurance"]', size)
      await expectNoPageScroll(page)
      await screenshot(page, `explore-${size.width}x${size.height}`)
      await screenshot(page, `explore-${size.width}x${size.height}-full`, { fullPage: true })
      if (size.width < 600) {
        const toggle = page.getByRole('button', { name: /^Filters/ })
        expect(await toggle.getAttribute('aria-expanded')).toBe('false')
        expect(await page.getByRole('group', { name: 'Category' }).isVisible()).toBe(false)
        await toggle.click()
        expect(await page.getByRole('group', { name: 'Category' }).isVisible()).toBe(true)
        await screenshot(page, `explore-${size.width}x${size.height}-filters-open`)
      }
      await metricsTable(page).getByRole('link', { name: newPremiums }).click()
      await waitForVisible(page, page.getByRole('dialog'), 'the drawer')
      await expectNoPageScroll(page)
      await screenshot(page, `explore-${size.width}x${size.height}-drawer`)
      expect(errors).toEqual([])
    })
  }

  test('a 10,000-metric dataset renders only a window of rows and scrolls to the end', async () => {
    const { page } = await openExplore()
    // The same API contract, grown to 10,000 metrics: the 27 real ones and synthetic copies.
    const real = await (
      await page.request.get(appUrl('production', '/api/v1/kpis/2017.json'))
    ).json()
    const base = real.metrics[1]
    const synthetic = Array.from({ length: 10_000 - real.metrics.length }, (_, i) => ({
      ...base,
      id: `synthetic.metric-${i}`,
      label: { en: `Synthetic metric ${i}`, 'zh-CN': `合成指标${i}` },
    }))
    const big = { ...real, metrics: [...real.metrics, ...synthetic] }
    await page.context().route('**/api/v1/kpis/2017.json', (route) => route.fulfill({ json: big }))
    await page.reload()
    const table = page.getByRole('table', { name: /^Metrics: 10,000 of 10,000/ })
    await waitForVisible(page, table, 'the 10,000-row table')
    expect(await table.getByRole('rowheader').count()).toBeLessThan(100)
    await page
      .getByRole('region', { name: 'Metrics table' })
      .evaluate((box) => box.scrollTo({ top: box.scrollHeight }))
    const last = table.getByRole('link', { name: 'Synthetic metric 9972', exact: true })
    await waitForVisible(page, last, 'the last row after scrolling')
    expect(await table.getByRole('rowheader').count()).toBeLessThan(100)
    await screenshot(page, 'explore-10000-rows-end')
  })

  test('in Chinese at 1920×1080: no English interface text, axe clean, drawer and editor too', async () => {
    const size = { width: 1920, height: 1080 }
    const { page, errors } = await openPage(
      appUrl('production', '/explore?lang=zh-CN&categories=["insurance","e-commerce"]'),
      size,
    )
    await waitForApp(page)
    const table = page.getByRole('table', { name: /^指标：显示7项，共\d+项/ })
    await waitForVisible(page, table, 'the Chinese metrics table')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
    expect(
      (await table.getByRole('columnheader').allTextContents()).map((h) =>
        h.replace(/[▲▼↕]/g, '').trim(),
      ),
    ).toEqual([
      '指标',
      '数值',
      '目标',
      '达成率',
      '状态',
      '目标来源',
      '条目',
      '类别',
      '单位',
      '日期',
    ])
    expect(await table.getByText('160万美元').count()).toBe(1)
    await expectNoPageScroll(page)
    await expectNoEnglishInterface(page, 'on /explore')
    await expectNoAxeViolations(page)
    await screenshot(page, 'explore-zh-1920x1080')
    await screenshot(page, 'explore-zh-1920x1080-full', { fullPage: true })

    // A bad what-if target is refused in Chinese.
    await table.getByRole('link', { name: '“919电商节”期间线上会员总数' }).click()
    const drawer = page.getByRole('dialog', { name: '“919电商节”期间线上会员总数' })
    await waitForVisible(page, drawer, 'the Chinese drawer')
    const input = drawer.getByRole('textbox', { name: /假设目标/ })
    expect(await input.inputValue()).toBe('25万')
    await input.fill('很多')
    await drawer.getByRole('button', { name: '设定目标' }).click()
    await waitForVisible(page, drawer.getByRole('alert'), 'the Chinese input error')
    expect(await drawer.getByRole('alert').textContent()).toContain('“很多”不是数字。')
    await expectNoEnglishInterface(page, 'in the drawer')
    await expectNoAxeViolations(page)
    await screenshot(page, 'explore-zh-1920x1080-drawer')
    expect(errors).toEqual([])
  })

  test('in Chinese on a 390 px phone: lays out without page-level horizontal scroll', async () => {
    const { page, errors } = await openPage(
      appUrl('production', '/explore?lang=zh-CN&categories=["insurance"]&statuses=["met"]'),
      { width: 390, height: 844 },
    )
    await waitForApp(page)
    await waitForVisible(page, page.getByRole('table', { name: /^指标：/ }), 'the table')
    await expectNoPageScroll(page)
    await screenshot(page, 'explore-zh-390x844')
    await page.getByRole('button', { name: /^筛选与已存视图（已启用2项）/ }).click()
    await waitForVisible(page, page.getByRole('group', { name: '类别' }), 'the filters')
    await expectNoPageScroll(page)
    await screenshot(page, 'explore-zh-390x844-filters-open', { fullPage: true })
    await page
      .getByRole('table', { name: /^指标：/ })
      .getByRole('link')
      .first()
      .click()
    await waitForVisible(page, page.getByRole('dialog'), 'the drawer')
    await expectNoPageScroll(page)
    await screenshot(page, 'explore-zh-390x844-drawer')
    expect(errors).toEqual([])
  })

  test('downloads a CSV in Chinese that a spreadsheet opens as UTF-8: BOM, Chinese header', async () => {
    const { page } = await openPage(
      appUrl('production', '/explore?lang=zh-CN&categories=["insurance"]'),
    )
    await waitForApp(page)
    await waitForVisible(page, page.getByRole('table', { name: /^指标：/ }), 'the table')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /下载CSV/ }).click(),
    ])
    const bytes = readFileSync(await download.path())
    // Kept for a look in a spreadsheet.
    const copy = new URL('../../test-results/explore-zh.csv', import.meta.url)
    mkdirSync(new URL('.', copy), { recursive: true })
    writeFileSync(copy, bytes)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.toString('utf8').slice(1).split('\r\n')
    expect(
      lines[0]?.startsWith('指标编号,指标名称（英文）,指标名称（中文）,新闻序号,类别代码,数值,'),
    ).toBe(true)
    expect(
      lines[0]?.endsWith(
        ',出处：视图链接,出处：数据截至,出处：数据集版本,出处：来源,出处：假设目标',
      ),
    ).toBe(true)
    const premiums = lines.find((l) => l.startsWith('insurance.new-premiums,')) ?? ''
    expect(premiums).toContain(',中邮保险新单期交保费,5,insurance,10000000000,')
    expect(premiums).toContain('超过100亿元')
    expect(premiums).toContain(',met,已达成,')
  })
})

describeBrowser('explore: the table comes with the page', () => {
  for (const viewport of SCREEN_SIZES) {
    const size = `${viewport.width}x${viewport.height}`
    test(`with scripts disabled, at ${size}: the heading and every metric in the table`, async () => {
      const { page } = await openBlankPage({
        viewport,
        contextOptions: { javaScriptEnabled: false },
      })
      await page.goto(appUrl('production', '/explore'))
      const heading = page.getByRole('heading', { level: 1 })
      await expect.poll(() => heading.textContent()).toBe('Explore the metrics')
      const table = page.getByRole('table', { name: `Metrics: ${TOTAL} of ${TOTAL}` })
      expect(await table.getByRole('rowheader').count()).toBe(TOTAL)
      expect(await table.getByRole('link', { name: newPremiums, exact: true }).count()).toBe(1)
      await screenshot(page, `explore-no-script-${size}`)
    })
  }

  test('before the app runs: the reader’s language and the linked theme; nothing for a filtered view', async () => {
    // The app's code never arrives: what shows is the page's own.
    const { page } = await openWithoutAppCode()
    await page.goto(appUrl('production', '/explore?lang=zh-CN&theme=light'))
    const heading = page.getByRole('heading', { level: 1 })
    await expect.poll(() => heading.textContent()).toBe('指标分析')
    expect(await heading.evaluate((h) => h.closest('[lang]')?.getAttribute('lang'))).toBe('zh-CN')
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light')
    expect(await page.getByRole('table', { name: /^指标：/ }).count()).toBe(1)
    await screenshot(page, 'explore-before-app-zh-CN-light-390')
    for (const path of [
      '/explore?categories=["finance"]',
      '/explore?q=premiums',
      '/explore?sort=value',
      '/explore?metric=carnival.members',
      '/explore?currency=USD',
    ]) {
      await page.goto(appUrl('production', path))
      await expectClientRender(page)
      expect(await page.getByRole('table').count(), path).toBe(0)
      expect(await page.getByRole('heading', { level: 1 }).count(), path).toBe(0)
    }
    // Saved views and what-if targets on this device change what the workspace shows.
    for (const key of ['cp-kpi:saved-views', 'cp-kpi:target-overrides']) {
      await page.goto(appUrl('production', '/explore'))
      await page.evaluate((k) => {
        window.localStorage.clear()
        window.localStorage.setItem(k, JSON.stringify({ version: 1, value: [{}] }))
      }, key)
      await page.reload()
      await expectClientRender(page)
      expect(await page.getByRole('table').count(), key).toBe(0)
    }
  })
})

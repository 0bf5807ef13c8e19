/**
 * Boundaries a person can reach (issue 13): the cached dataset and storage, links, files. Each
 * case is one thing a reader can do, checked for what they see and what is kept.
 */
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import {
  appUrl,
  describeBrowser,
  openBlankPage,
  screenshot,
  waitForApp,
  waitForVisible,
} from './support/browser'

const API_PATH = '/api/v1/kpis/2017.json'
const COPY_KEY = 'cp-kpi:dataset-copy'

async function headline(page: Page) {
  const region = page.getByRole('region', { name: 'Headline results' })
  await waitForVisible(page, region, 'the headline figures')
  return region
}

/** Rewrites the stored copy of the dataset: its date, and the first metric's label or value. */
async function editCopy(page: Page, edit: { savedAt?: number; label?: string; value?: unknown }) {
  await page.evaluate(
    ({ key, edit }) => {
      const copy = JSON.parse(window.localStorage.getItem(key) ?? 'null')
      if (edit.savedAt !== undefined) copy.value.savedAt = edit.savedAt
      if (edit.label !== undefined) copy.value.dataset.metrics[0].label.en = edit.label
      if ('value' in edit) copy.value.dataset.metrics[0].value = edit.value
      window.localStorage.setItem(key, JSON.stringify(copy))
    },
    { key: COPY_KEY, edit },
  )
}

describeBrowser('the cached dataset (production build)', () => {
  test('a recent copy over a failing API shows “Stale since …” at once, not as current figures', async () => {
    const { page } = await openBlankPage({ contextOptions: { serviceWorkers: 'block' } })
    await page.goto(appUrl('production', '/'))
    await headline(page)
    await page.waitForFunction((key) => window.localStorage.getItem(key) !== null, COPY_KEY)
    await page.route(`**${API_PATH}`, (route) => route.fulfill({ status: 503, body: 'down' }))
    await page.reload()
    const stale = page.getByRole('status').filter({ hasText: 'Stale since' })
    await waitForVisible(page, stale, 'the “Stale since …” notice', 20_000)
    expect(await stale.textContent()).toContain('HTTP 503')
    await screenshot(page, 'boundaries-stale-recent-copy')
  })

  test('a tampered copy is not shown; a copy dated in the future does not outrank the API', async () => {
    const { page } = await openBlankPage({ contextOptions: { serviceWorkers: 'block' } })
    await page.goto(appUrl('production', '/explore'))
    await waitForApp(page)
    await page.getByRole('table').first().waitFor()
    await page.waitForFunction((key) => window.localStorage.getItem(key) !== null, COPY_KEY)
    // A copy from a clock that ran ahead, with a figure nobody published.
    await editCopy(page, { savedAt: Date.now() + 365 * 864e5, label: 'OLD COPY' })
    await page.reload()
    await waitForApp(page)
    await page.getByRole('table').first().waitFor()
    await expect.poll(() => page.getByText('OLD COPY').count()).toBe(0)
    // The same copy, now invalid: it is ignored even when the API fails.
    await editCopy(page, { value: 'lots' })
    await page.route(`**${API_PATH}`, (route) => route.fulfill({ status: 500, body: 'x' }))
    await page.reload()
    await waitForVisible(
      page,
      page.getByRole('alert').filter({ hasText: "Couldn't load the dataset" }),
      'the error, not the invalid copy',
      20_000,
    )
    expect(await page.getByText('lots').count()).toBe(0)
  })

  test('a hanging first request keeps the prerendered figures and says which attempt is running', async () => {
    const { page } = await openBlankPage({ contextOptions: { serviceWorkers: 'block' } })
    await page.route(`**${API_PATH}`, () => undefined)
    const started = Date.now()
    await page.goto(appUrl('production', '/'))
    const trying = page.getByRole('status').filter({ hasText: 'attempt 1 of 4' })
    await waitForVisible(page, trying, 'the “still trying” notice', 15_000)
    // Long before the last attempt gives up (about 87 s); 15 s leaves room for a loaded machine.
    expect(Date.now() - started).toBeLessThan(15_000)
    // The app has taken over (its header works) and the prerendered figures are still there.
    await page.waitForFunction(
      () => document.getElementById('root')?.dataset.prerendered === undefined,
    )
    expect(await (await headline(page)).getByRole('article').count()).toBeGreaterThan(0)
    await screenshot(page, 'boundaries-hanging-first-request')
  })

  test('a hanging first request on /data keeps the prerendered sections, which still read and open', async () => {
    const { page } = await openBlankPage({ contextOptions: { serviceWorkers: 'block' } })
    await page.route(`**${API_PATH}`, () => undefined)
    await page.goto(appUrl('production', '/data'))
    const trying = page.getByRole('status').filter({ hasText: 'attempt 1 of 4' })
    await waitForVisible(page, trying, 'the “still trying” notice', 15_000)
    await page.waitForFunction(
      () => document.getElementById('root')?.dataset.prerendered === undefined,
    )
    // The app's own page (one heading, its header) with the page's sections under it.
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1)
    const findings = page.getByRole('heading', { name: /^Data-quality findings \(\d+\)$/ })
    await waitForVisible(page, findings, 'the prerendered findings')
    expect(await page.getByRole('status').filter({ hasText: 'Loading' }).count()).toBe(0)
    // The fold with the release's full text opens, now that the app runs.
    await page.getByText('Read the full release as published').click()
    await expect.poll(() => page.locator('main details.source-text').getAttribute('open')).toBe('')
    await screenshot(page, 'boundaries-hanging-first-request-data')
  })

  test('storage that throws on access: the app loads and the service worker still registers', async () => {
    const { page, errors } = await openBlankPage()
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError')
        },
      })
    })
    await page.goto(appUrl('production', '/'))
    await headline(page)
    await page.waitForFunction(
      async () => (await navigator.serviceWorker.getRegistration()) !== undefined,
      null,
      { timeout: 15_000 },
    )
    expect(errors.filter((e) => !e.includes('SecurityError'))).toEqual([])
  })

  test('the service worker does not precache the dataset (network first)', async () => {
    const { page } = await openBlankPage()
    const response = await page.goto(appUrl('production', '/sw.js'))
    const worker = (await response?.text()) ?? ''
    expect(worker).toContain('NetworkFirst')
    expect(worker).not.toMatch(/url:\s*"api\/v1\/kpis/)
  })
})

const VIEWS_KEY = 'cp-kpi:saved-views'

/** A saved view as the app stores it. */
const view = (i: number, search = '?statuses=%5B%22met%22%5D') => ({
  id: `v${i}`,
  name: `View ${i}`,
  search,
  savedAt: '2026-01-01T00:00:00.000Z',
})

describeBrowser('stored views and targets (mocked build)', () => {
  test('51 views and one bad entry: the good ones load, the rest are set aside, kept and exportable', async () => {
    const { page } = await openBlankPage()
    const views = [...Array.from({ length: 51 }, (_, i) => view(i + 1)), { id: 'bad' }]
    await page.addInitScript(
      ({ key, value }) => {
        if (!sessionStorage.getItem('seeded')) {
          window.localStorage.setItem(key, JSON.stringify({ version: 1, value }))
          sessionStorage.setItem('seeded', '1')
        }
      },
      { key: VIEWS_KEY, value: views },
    )
    await page.goto(appUrl('mocked', '/explore'))
    const saved = page.getByRole('region', { name: 'Saved views' })
    await waitForVisible(page, saved.getByRole('link', { name: 'View 51' }), 'the newest view')
    expect(await saved.getByRole('listitem').count()).toBe(50)
    const notice = saved.getByRole('status').filter({ hasText: 'set aside' })
    expect(await notice.textContent()).toContain('2 saved views')
    const download = page.waitForEvent('download')
    await notice.getByRole('button', { name: 'Export the set-aside entries' }).click()
    expect((await download).suggestedFilename()).toBe('saved-views-set-aside.json')
    // A save does not overwrite what was set aside.
    await saved.getByLabel('Name this view').fill('New')
    await saved.getByRole('button', { name: 'Save view' }).click()
    await page.reload()
    await waitForVisible(page, saved.getByRole('link', { name: 'New' }), 'the new view')
    expect(await saved.getByRole('status').filter({ hasText: '2 saved views' }).count()).toBe(1)
    await screenshot(page, 'boundaries-views-set-aside')
  })

  test('the longest view the workspace makes loads again next visit', async () => {
    const { page } = await openBlankPage()
    const q = '邮'.repeat(200)
    const search = `?categories=${encodeURIComponent(JSON.stringify(['finance', 'insurance', 'logistics']))}&statuses=${encodeURIComponent(JSON.stringify(['met', 'below']))}&q=${encodeURIComponent(JSON.stringify(q))}&sort=value&dir=desc`
    await page.goto(appUrl('mocked', `/explore${search}`))
    const saved = page.getByRole('region', { name: 'Saved views' })
    await saved.getByLabel('Name this view').fill('Long one')
    await saved.getByRole('button', { name: 'Save view' }).click()
    await page.goto(appUrl('mocked', '/explore'))
    await waitForVisible(page, saved.getByRole('link', { name: 'Long one' }), 'the long view')
    expect(
      await saved
        .getByRole('status')
        .filter({ hasText: /set aside|Not saved/ })
        .count(),
    ).toBe(0)
  })

  test('storage that refuses writes: a view and a target are reported as not saved', async () => {
    const { page } = await openBlankPage()
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
    })
    await page.goto(appUrl('mocked', '/explore'))
    const saved = page.getByRole('region', { name: 'Saved views' })
    await saved.getByLabel('Name this view').fill('Doomed')
    await saved.getByRole('button', { name: 'Save view' }).click()
    await waitForVisible(
      page,
      saved.getByRole('status').filter({ hasText: 'Not saved on this device' }),
      'the “not saved” notice',
    )
    await screenshot(page, 'boundaries-views-not-saved')
  })
})

describeBrowser('two windows (production build)', () => {
  test('presenter and audience end on one slide after opposite keys pressed at once', async () => {
    const { page } = await openBlankPage()
    await page.goto(appUrl('production', '/present?slide=6'))
    await waitForApp(page)
    await waitForVisible(page, page.locator('section.slide.is-current'), 'a slide')
    const presenter = await page.context().newPage()
    await presenter.goto(appUrl('production', '/present?view=presenter'))
    await waitForVisible(presenter, presenter.getByText(/^Slide 6 of \d+$/), 'the presenter')
    // Each window's address names the slide it shows.
    const slideOf = (p: Page) => Number(new URL(p.url()).searchParams.get('slide') ?? '1')
    for (const keys of [
      ['ArrowRight', 'ArrowLeft'],
      ['ArrowLeft', 'ArrowRight'],
      ['End', 'Home'],
      ['PageDown', 'PageUp'],
    ] as const) {
      await Promise.all([page.keyboard.press(keys[0]), presenter.keyboard.press(keys[1])])
      await expect.poll(() => slideOf(page) - slideOf(presenter), { timeout: 3_000 }).toBe(0)
    }
  })
})

describeBrowser('the last language chosen wins (production build)', () => {
  test('中文 then English while the Chinese catalog is still loading ends in English', async () => {
    const { page } = await openBlankPage()
    await page.route('**/assets/zh-CN-*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2_000))
      await route.continue()
    })
    await page.goto(appUrl('production', '/explore'))
    await waitForApp(page)
    await page.getByRole('table').first().waitFor()
    const language = page.getByRole('banner').getByLabel('Language')
    await language.selectOption('zh-CN')
    await language.selectOption('en')
    await page.waitForTimeout(3_500)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(new URL(page.url()).searchParams.get('lang')?.replaceAll('"', '') ?? 'en').toBe('en')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Explore the metrics')
  })
})

/** Hand-typed, pasted and cut links, with the parameter each must report as ignored. */
const badLinks: [path: string, ignored: string][] = [
  ['/?lang=fr', 'lang'],
  ['/?lang=zh-cn', 'lang'],
  ['/?q=2017', 'q'],
  ['/explore?categories=finance', 'categories'],
  ['/explore?events=3', 'events'],
  ['/?categories=null', 'categories'],
  ['/explore?statuses={}', 'statuses'],
  // A shared link cut in the middle of a parameter.
  ['/explore?categories=%5B%22finance%22%2C%22insu', 'categories'],
  ['/data?theme=%5B', 'theme'],
  ['/?event=11&currency=EUR', 'event, currency'],
]

describeBrowser('links: any value of any parameter (production build)', () => {
  for (const [path, ignored] of badLinks) {
    test(`${path} opens with its header and a notice naming ${ignored}, which leaves the address`, async () => {
      const { page, errors } = await openBlankPage()
      await page.goto(appUrl('production', path))
      await waitForVisible(page, page.getByRole('banner').getByRole('navigation'), 'the header')
      const notice = page.getByRole('status').filter({ hasText: 'Ignored' })
      await waitForVisible(page, notice, 'the ignored-parameter notice')
      expect(await notice.textContent()).toContain(`${ignored}.`)
      const left = [...new URL(page.url()).searchParams.keys()]
      for (const name of ignored.split(', ')) expect(left).not.toContain(name)
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1)
      expect(errors.filter((e) => !e.includes('favicon'))).toEqual([])
    })
  }
})

describeBrowser('kiosk: ?auto= outside 5–3600 (production build)', () => {
  for (const auto of ['0', '-1', 'abc', '1e9', '', '4', '3601']) {
    test(`/present?auto=${auto}: ignored with a notice on the deck, no slide change`, async () => {
      const { page } = await openBlankPage()
      await page.goto(appUrl('production', `/present?auto=${auto}`))
      await waitForVisible(page, page.locator('section.slide.is-current'), 'a slide')
      const notice = page.getByRole('status').filter({ hasText: 'Ignored' })
      await waitForVisible(page, notice, 'the notice on /present')
      expect(await notice.textContent()).toContain('auto.')
      expect(new URL(page.url()).searchParams.has('auto')).toBe(false)
      const shown = () =>
        page.locator('section.slide.is-current').first().getAttribute('data-slide')
      const first = await shown()
      await page.waitForTimeout(2_500)
      expect(await shown()).toBe(first)
      if (auto === '0') await screenshot(page, 'boundaries-present-auto-0')
    })
  }
})

describeBrowser('what-if targets say so everywhere (production build)', () => {
  test('overview, data, explore and the deck title slide name the analyst targets in force', async () => {
    const { page } = await openBlankPage()
    await page.addInitScript(() => {
      window.localStorage.setItem(
        'cp-kpi:target-overrides',
        JSON.stringify({
          version: 1,
          value: [
            {
              metric: 'carnival.members',
              value: 1_000_000,
              unit: 'people',
              setAt: '2026-01-01T00:00:00Z',
            },
          ],
        }),
      )
    })
    for (const path of ['/', '/data', '/explore']) {
      await page.goto(appUrl('production', path))
      await waitForApp(page)
      const banner = page
        .getByRole('status')
        .filter({ hasText: 'what-if target set on this device' })
      await waitForVisible(page, banner, `the what-if banner on ${path}`)
      expect(await banner.textContent()).toContain('Links to this page do not carry it')
      if (path === '/') await screenshot(page, 'boundaries-what-if-banner')
    }
    await page.goto(appUrl('production', '/present'))
    await waitForApp(page)
    const title = page.locator('section.slide.is-current')
    await waitForVisible(
      page,
      title.getByText(/what-if target set on this device/),
      'the title slide line',
    )
    await screenshot(page, 'boundaries-what-if-title-slide')
  })
})

describeBrowser('an address no view has (production build)', () => {
  for (const [lang, heading, home] of [
    ['en', 'Page not found', 'Go to the overview'],
    ['zh-CN', '未找到页面', '返回总览'],
  ] as const) {
    test(`/no-such-view?lang=${lang}: a not-found page in the app's layout with a way home`, async () => {
      const { page } = await openBlankPage()
      await page.goto(appUrl('production', `/no-such-view?lang=${lang}`))
      await waitForVisible(
        page,
        page.getByRole('heading', { level: 1, name: heading }),
        'the heading',
      )
      expect(await page.getByRole('banner').getByRole('navigation').count()).toBe(1)
      await screenshot(page, `boundaries-not-found-${lang}`)
      await page.getByRole('link', { name: home }).click()
      await expect.poll(() => new URL(page.url()).pathname).toBe('/')
    })
  }
})

/**
 * Reliability in a real browser (“fast on a phone, safe on a hostile network, alive with no
 * network”): every msw fault scenario shows its error with “Try again” while the header keeps
 * working, retries stay bounded with backoff, and nothing the user made (analyst targets, saved
 * views, filters in the URL, the slide) is lost; on the production build, stale data stays on
 * screen when a refresh fails, the service worker keeps the app working offline, and a hanging
 * API never leaves a white page.
 */
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { TARGET_OVERRIDES_VERSION, type TargetOverride } from '../../src/domain/target-overrides'
import { SAVED_VIEWS_VERSION, type SavedView } from '../../src/lib/saved-views'
import {
  appUrl,
  describeBrowser,
  openBlankPage,
  screenshot,
  waitForApp,
  waitForVisible,
} from './support/browser'

const API_PATH = '/api/v1/kpis/2017.json'
/** The index of datasets: offline, a failed load of it is as expected as the dataset's. */
const INDEX_PATH = '/api/v1/kpis/index.json'
const CACHE_KEY = 'cp-kpi:dataset-copy'
const OVERRIDES_KEY = 'cp-kpi:target-overrides'
const VIEWS_KEY = 'cp-kpi:saved-views'
const failureHeading = "Couldn't load the dataset"
// The overview's heading names the dataset's period once it has loaded; before that (a fault, a
// slow first request) it reads "Results in figures".
const overviewHeading = /^(2017|Results) in figures$/
/**
 * React Query's waits between the 4 attempts of a transient fault (api/queries.ts retryDelay): the
 * mocked build waits a tenth of the usual 1 s, 2 s, 4 s (VITE_RETRY_BACKOFF_MS in .env.e2e).
 */
const BACKOFF_MS = [100, 200, 400]
/** The production build's waits: 1 s, 2 s, 4 s. */
const PRODUCTION_BACKOFF_MS = [1_000, 2_000, 4_000]
/** The client gives up on an unanswered request after this long (client.ts). */
const CLIENT_TIMEOUT_MS = 20_000

/** What the user made before the fault, in the app's own versioned storage formats. */
const carnivalTarget: TargetOverride = {
  metric: 'carnival.members',
  value: 1_000_000,
  unit: 'people',
  setAt: '2024-05-01T08:00:00.000Z',
}
const savedView: SavedView = {
  id: 'reliability-view',
  name: 'Finance and insurance, met',
  search: `?categories=${encodeURIComponent('["finance","insurance"]')}&statuses=${encodeURIComponent('["met"]')}`,
  savedAt: '2024-05-01T08:05:00.000Z',
}
const userStorage = {
  [OVERRIDES_KEY]: JSON.stringify({ version: TARGET_OVERRIDES_VERSION, value: [carnivalTarget] }),
  [VIEWS_KEY]: JSON.stringify({ version: SAVED_VIEWS_VERSION, value: [savedView] }),
}
const filterCategories = ['finance', 'insurance']
const filterQuery = `categories=${encodeURIComponent(JSON.stringify(filterCategories))}`

interface ApiCall {
  startedAt: number
  endedAt?: number
}

/** Every request for the dataset the page makes, with when it started and ended (test clock). */
function trackApi(page: Page): ApiCall[] {
  const calls: ApiCall[] = []
  const byRequest = new Map<unknown, ApiCall>()
  const isApi = (url: string) => new URL(url).pathname === API_PATH
  page.on('request', (request) => {
    if (!isApi(request.url())) return
    const call = { startedAt: Date.now() }
    byRequest.set(request, call)
    calls.push(call)
  })
  const end = (request: unknown) => {
    const call = byRequest.get(request)
    if (call) call.endedAt ??= Date.now()
  }
  page.on('requestfinished', end)
  page.on('requestfailed', end)
  return calls
}

/**
 * Each dataset request's start and end as the page's own clock saw them (performance.now, faked
 * with the page clock where a test installs it): request events reach the test process up to a few
 * hundred ms late on a loaded machine, more than the mocked build's whole backoff.
 */
async function trackApiInPage(page: Page) {
  await page.addInitScript((path) => {
    const calls: { startedAt: number; endedAt?: number }[] = []
    Object.assign(window, { __apiCalls: calls })
    const original = window.fetch.bind(window)
    window.fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href)
      if (url.pathname !== path) return original(input, init)
      const call: { startedAt: number; endedAt?: number } = { startedAt: performance.now() }
      calls.push(call)
      try {
        return await original(input, init)
      } finally {
        call.endedAt = performance.now()
      }
    }
  }, API_PATH)
}

/** A timer fires within a few ms of its time; a retry starts after its wait, never before. */
const TIMER_SLACK_MS = 5

/** Each retry waited its backoff after the previous attempt ended, not much longer. */
async function expectBackoff(page: Page, backoffs = BACKOFF_MS) {
  const all: ApiCall[] = await page.evaluate(
    () => (window as unknown as { __apiCalls: ApiCall[] }).__apiCalls,
  )
  const calls = all.slice(0, backoffs.length + 1)
  const waits = calls.slice(1).map((call, i) => call.startedAt - (calls[i]?.endedAt ?? Number.NaN))
  expect(waits).toHaveLength(backoffs.length)
  waits.forEach((wait, i) => {
    const backoff = backoffs[i] ?? Number.NaN
    expect(wait, `wait before attempt ${i + 2}`).toBeGreaterThanOrEqual(backoff - TIMER_SLACK_MS)
    expect(wait, `wait before attempt ${i + 2}`).toBeLessThan(backoff + 2_000)
  })
}

/**
 * Console errors the browser logs for the failed dataset requests themselves are expected in a
 * fault; anything else (a page error, an unhandled rejection, another console error) is not.
 */
function unexpectedErrors(errors: string[]): string[] {
  return errors.filter(
    (error) =>
      !(
        error.startsWith('console.error: Failed to load resource') &&
        (error.includes(API_PATH) || error.includes(INDEX_PATH) || error.includes('offline-probe'))
      ),
  )
}

/** Seeds the user's work into local storage once per tab, before the app's first load. */
async function seedUserStorage(page: Page) {
  await page.addInitScript((entries) => {
    if (window.sessionStorage.getItem('e2e:seeded')) return
    for (const [key, value] of Object.entries(entries)) window.localStorage.setItem(key, value)
    window.sessionStorage.setItem('e2e:seeded', '1')
  }, userStorage)
}

async function expectUserStorageKept(page: Page, when: string) {
  const stored = await page.evaluate(
    (keys) => Object.fromEntries(keys.map((key) => [key, window.localStorage.getItem(key)])),
    Object.keys(userStorage),
  )
  for (const [key, value] of Object.entries(userStorage)) {
    expect(JSON.parse(stored[key] ?? 'null'), `${key} ${when}`).toEqual(JSON.parse(value))
  }
}

function expectFiltersInUrl(page: Page, when: string) {
  const categories = new URL(page.url()).searchParams.get('categories')
  expect(JSON.parse(categories ?? 'null'), `categories in the URL ${when}`).toEqual(
    filterCategories,
  )
}

function slideInUrl(page: Page): string | null {
  return new URL(page.url()).searchParams.get('slide')
}

function failureAlert(page: Page) {
  return page
    .getByRole('alert')
    .filter({ has: page.getByRole('heading', { name: failureHeading }) })
}

interface Fault {
  scenario: string
  message: string
  /** 4 for transient faults (3 retries), 1 for bad data. */
  attempts: 1 | 4
  detail?: string
}

const faults: Fault[] = [
  {
    scenario: 'error',
    message: 'The data service answered with an error (HTTP 500).',
    attempts: 4,
  },
  { scenario: 'network', message: "Couldn't reach the data service.", attempts: 4 },
  { scenario: 'offline', message: "Couldn't reach the data service.", attempts: 4 },
  {
    scenario: 'timeout',
    message: 'The data service did not answer within 20 seconds.',
    attempts: 4,
  },
  {
    scenario: 'malformed',
    message: 'The data service sent a response that is not valid JSON.',
    attempts: 1,
  },
  {
    scenario: 'invalid',
    message: 'The data does not match the dataset schema',
    detail: 'metrics[0].value: must not be negative',
    attempts: 1,
  },
  { scenario: 'empty', message: 'The dataset has no metrics to show.', attempts: 1 },
]

/**
 * Waits until every attempt has failed. Under `timeout` the page's clock is fake (installed by the
 * test) and each unanswered attempt is moved on by the client's 20 s; the (short) backoff runs in
 * real time.
 */
async function waitForAttempts(page: Page, calls: ApiCall[], fault: Fault, from = 0) {
  for (let attempt = 1; attempt <= fault.attempts; attempt++) {
    await expect
      .poll(() => calls.length - from, { timeout: 15_000, message: `attempt ${attempt} starts` })
      .toBeGreaterThanOrEqual(attempt)
    if (fault.scenario === 'timeout') {
      // Still waiting a moment later: only the client's own timeout ends an attempt. A jump,
      // not runFor, so the backoff timer set once it fires still waits its full time.
      await page.waitForTimeout(300)
      expect(calls[from + attempt - 1]?.endedAt, `attempt ${attempt} still open`).toBeUndefined()
      // Meanwhile the page says which attempt is running (from the second; the first says so
      // after 3 s, which the jump below skips).
      if (attempt > 1 && from === 0) {
        await waitForVisible(
          page,
          page.getByRole('status').filter({ hasText: `(attempt ${attempt} of 4)` }),
          `attempt ${attempt} of 4 on screen`,
        )
      }
      await page.clock.fastForward(CLIENT_TIMEOUT_MS)
    }
    await expect
      .poll(() => calls[from + attempt - 1]?.endedAt, {
        timeout: 15_000,
        message: `attempt ${attempt} ends`,
      })
      .toBeDefined()
  }
}

/** The header, navigation and view controls work while the data cannot load. */
async function expectShellWorks(page: Page) {
  const banner = page.getByRole('banner')
  // The organisation's name comes from the dataset since datasets are data; while it cannot load,
  // the header keeps its mark, navigation and controls (checked below).
  expect(await banner.isVisible()).toBe(true)
  const nav = banner.getByRole('navigation')
  for (const name of ['Overview', 'Explore', 'Data', 'Present']) {
    expect(await nav.getByRole('link', { name, exact: true }).isVisible()).toBe(true)
  }

  await banner.getByLabel('Theme').selectOption('dark')
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
  await banner.getByLabel('Theme').selectOption('system')
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset.theme ?? 'system'))
    .toBe('system')

  await banner.getByLabel('Currency').selectOption('USD')
  await expect.poll(() => new URL(page.url()).searchParams.get('currency')).toContain('USD')
  await banner.getByLabel('Currency').selectOption('stated')
  await expect.poll(() => new URL(page.url()).searchParams.get('currency')).toBeNull()

  await banner.getByLabel('Language').selectOption('zh-CN')
  await waitForVisible(page, nav.getByRole('link', { name: '数据', exact: true }), 'nav in Chinese')
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
  await banner.getByLabel('语言').selectOption('en')
  await waitForVisible(page, nav.getByRole('link', { name: 'Data', exact: true }), 'nav in English')
}

describeBrowser('mocked build: every fault scenario', () => {
  for (const fault of faults) {
    test(`?mock=${fault.scenario}: error with “Try again”, working header, ${fault.attempts} attempt(s), nothing lost`, async () => {
      const { page, errors } = await openBlankPage()
      await seedUserStorage(page)
      if (fault.scenario === 'timeout') await page.clock.install()
      const calls = trackApi(page)
      await trackApiInPage(page)
      const overviewUrl = appUrl('mocked', `/?${filterQuery}&mock=${fault.scenario}`)
      await page.goto(overviewUrl)
      await waitForVisible(page, page.getByRole('heading', { name: overviewHeading }), 'heading')

      // The error, in words, with a way to try again, after a bounded number of attempts.
      await waitForAttempts(page, calls, fault)
      const alert = failureAlert(page)
      await waitForVisible(page, alert, `the “${failureHeading}” alert`, 10_000)
      const text = (await alert.textContent()) ?? ''
      expect(text).toContain(fault.message)
      if (fault.detail) expect(text).toContain(fault.detail)
      expect(calls).toHaveLength(fault.attempts)
      if (fault.attempts > 1) await expectBackoff(page)
      await screenshot(page, `reliability-${fault.scenario}-overview`)

      // The rest of the page keeps working, and no further attempt is made meanwhile.
      await expectShellWorks(page)
      expect(calls, 'requests after the error was shown').toHaveLength(fault.attempts)
      expectFiltersInUrl(page, 'after using the header')

      // “Try again” tries again.
      await alert.getByRole('button', { name: 'Try again', exact: true }).click()
      await expect.poll(() => calls.length).toBe(fault.attempts + 1)
      if (fault.attempts === 1) {
        await waitForVisible(page, failureAlert(page), 'the alert after trying again')
        await page.waitForTimeout(500)
        expect(calls, 'bad data is not retried').toHaveLength(2)
      }

      // Navigation works too, and coming back keeps the filters.
      await page
        .getByRole('banner')
        .getByRole('navigation')
        .getByRole('link', { name: 'Explore', exact: true })
        .click()
      await waitForVisible(
        page,
        page.getByRole('heading', { name: 'Explore the metrics' }),
        'the Explore heading',
      )
      await page.goBack()
      await waitForVisible(page, page.getByRole('heading', { name: overviewHeading }), 'heading')
      expectFiltersInUrl(page, 'after Back')

      // Nothing the user made is lost, through the fault and a reload.
      await expectUserStorageKept(page, 'during the fault')
      await page.reload()
      await waitForVisible(page, page.getByRole('heading', { name: overviewHeading }), 'heading')
      await expectUserStorageKept(page, 'after a reload during the fault')
      expectFiltersInUrl(page, 'after a reload during the fault')

      // The slide position survives the fault and a reload too.
      const deckCalls = calls.length
      await page.goto(appUrl('mocked', `/present?slide=3&mock=${fault.scenario}`))
      await waitForAttempts(page, calls, fault, deckCalls)
      await waitForVisible(page, failureAlert(page), 'the alert in presentation mode', 10_000)
      expect(slideInUrl(page)).toBe('3')
      await page.reload()
      expect(slideInUrl(page)).toBe('3')
      await waitForVisible(page, page.getByText(/Loading the dataset|Couldn't load/), 'deck')
      expect(slideInUrl(page)).toBe('3')

      // Once the fault has passed, all of it is in force.
      await page.goto(appUrl('mocked', '/present?slide=3'))
      await waitForVisible(
        page,
        page.locator('section.slide.is-current[data-slide="3"]'),
        'slide 3',
      )
      await page.goto(appUrl('mocked', `/?${filterQuery}`))
      await waitForVisible(
        page,
        page.getByRole('status').filter({ hasText: /^Filtered view: \d+ of \d+ metrics\./ }),
        'the filtered overview',
      )
      await page.goto(appUrl('mocked', '/explore?metric=carnival.members'))
      const drawer = page.getByRole('dialog')
      await waitForVisible(page, drawer.getByText('Below target'), 'the analyst target in force')
      expect(await drawer.getByText('Analyst', { exact: true }).count()).toBe(1)
      await drawer.getByRole('button', { name: 'Close' }).click()
      await waitForVisible(
        page,
        page.getByRole('link', { name: savedView.name, exact: true }),
        'the saved view',
      )
      await expectUserStorageKept(page, 'after the fault')

      expect(unexpectedErrors(errors)).toEqual([])
    })
  }

  test('?mock=slow: loading for 10 s with a working header, then the data from one request', async () => {
    const { page, errors } = await openBlankPage()
    await seedUserStorage(page)
    const calls = trackApi(page)
    await page.goto(appUrl('mocked', `/?${filterQuery}&mock=slow`))
    const loading = page.getByRole('status').filter({ hasText: 'Loading the dataset' })
    await waitForVisible(page, loading, 'the loading status', 5_000)
    await expectShellWorks(page)
    // Still waiting for the answer, in the reader's language again.
    await waitForVisible(page, loading, 'the loading status after using the header', 3_000)
    expect(await page.getByRole('region', { name: 'Headline results' }).count()).toBe(0)
    await waitForVisible(
      page,
      page.getByRole('region', { name: 'Headline results' }),
      'the headline figures',
      20_000,
    )
    expect(calls).toHaveLength(1)
    expect(await page.getByRole('alert').filter({ hasText: /\S/ }).count()).toBe(0)
    expectFiltersInUrl(page, 'after the slow answer')
    await expectUserStorageKept(page, 'after the slow answer')
    expect(unexpectedErrors(errors)).toEqual([])
  })
})

/** Local storage's copy of the dataset, saved `ageMs` ago. */
async function ageQueryCache(page: Page, ageMs: number) {
  await page.evaluate(
    ({ key, ageMs }) => {
      const copy = JSON.parse(window.localStorage.getItem(key) ?? 'null')
      copy.value.savedAt = Date.now() - ageMs
      window.localStorage.setItem(key, JSON.stringify(copy))
    },
    { key: CACHE_KEY, ageMs },
  )
}

/** The text of every headline card (label, figure, target, status). */
async function headlineFigures(page: Page): Promise<string[]> {
  const region = page.getByRole('region', { name: 'Headline results' })
  await waitForVisible(page, region, 'the headline figures')
  const cards = await region.getByRole('article').allTextContents()
  return cards.map((card) => card.replace(/\s+/g, ' ').trim())
}

describeBrowser('production build: stale data, offline, a hanging API', () => {
  test('a failed refresh keeps the stale figures with “Stale since …” and “Try again”', async () => {
    const { page, errors } = await openBlankPage({ contextOptions: { serviceWorkers: 'block' } })
    await page.goto(appUrl('production', '/'))
    const figures = await headlineFigures(page)
    expect(figures.length).toBeGreaterThan(0)
    await page.waitForFunction((key) => window.localStorage.getItem(key) !== null, CACHE_KEY)

    await ageQueryCache(page, 2 * 60 * 60 * 1000)
    const calls = trackApi(page)
    await trackApiInPage(page)
    await page.route(`**${API_PATH}`, (route) =>
      route.fulfill({ status: 500, json: { message: 'Internal Server Error' } }),
    )
    await page.reload()
    const stale = page.getByRole('status').filter({ hasText: 'Stale since' })
    await waitForVisible(page, stale, 'the “Stale since …” notice', 30_000)
    expect(await stale.textContent()).toContain('HTTP 500')
    expect(await headlineFigures(page)).toEqual(figures)
    await screenshot(page, 'reliability-stale-notice')
    expect.soft(calls, 'a failing refresh is tried 4 times in total').toHaveLength(4)
    await expectBackoff(page, PRODUCTION_BACKOFF_MS)

    await page.unroute(`**${API_PATH}`)
    await stale.getByRole('button', { name: 'Try again', exact: true }).click()
    await expect.poll(() => stale.count(), { timeout: 10_000 }).toBe(0)
    expect(await headlineFigures(page)).toEqual(figures)
    expect(unexpectedErrors(errors)).toEqual([])
  })

  test('offline after one visit: the service worker serves the overview, /data and /present', async () => {
    const { context, page, errors } = await openBlankPage()
    await page.goto(appUrl('production', '/'))
    const figures = await headlineFigures(page)
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
      await page.reload()
    }
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    // The dataset is in the worker's caches (precache or runtime cache).
    await page.waitForFunction(
      async (path) => (await caches.match(new URL(path, window.location.href).href)) !== undefined,
      API_PATH,
    )

    await context.setOffline(true)
    const probe = await page.evaluate(() =>
      fetch(`/favicon.svg?offline-probe=${Date.now()}`).then(
        () => 'online',
        () => 'offline',
      ),
    )
    expect(probe, 'the network is really off').toBe('offline')

    await page.reload()
    expect(await headlineFigures(page)).toEqual(figures)
    await screenshot(page, 'reliability-offline-overview')

    await page.goto(appUrl('production', '/data'))
    await waitForVisible(
      page,
      page.getByRole('heading', { name: 'Sources and data quality', level: 1 }),
      'the data page heading',
    )
    await waitForVisible(
      page,
      page.getByText('2017 Top Ten Events at China Post Group').first(),
      'the source on /data',
    )
    expect(await failureAlert(page).count()).toBe(0)

    await page.goto(appUrl('production', '/present'))
    await waitForApp(page)
    await waitForVisible(page, page.locator('section.slide.is-current'), 'a slide')
    for (const slide of [2, 3, 4]) {
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => slideInUrl(page)).toBe(String(slide))
      await waitForVisible(
        page,
        page.locator(`section.slide.is-current[data-slide="${slide}"]`),
        `slide ${slide}`,
      )
    }
    expect(unexpectedErrors(errors)).toEqual([])
  })

  test('a presentation started online runs to the end with the network off, charts included', async () => {
    const { context, page, errors } = await openBlankPage({
      contextOptions: { serviceWorkers: 'block' },
    })
    await page.goto(appUrl('production', '/present'))
    await waitForApp(page)
    await waitForVisible(page, page.locator('section.slide.is-current'), 'the title slide')
    const count = await page.locator('section.slide').count()
    // No service worker: only what the page already has can keep the deck going.
    await context.setOffline(true)
    for (let slide = 2; slide <= count; slide++) {
      await page.keyboard.press('ArrowRight')
      const current = page.locator(`section.slide.is-current[data-slide="${slide}"]`)
      await waitForVisible(page, current, `slide ${slide}`)
      if ((await current.locator('.has-chart').count()) > 0) {
        // Charts away from the first slides are drawn on approach, from code already loaded.
        await waitForVisible(
          page,
          current.locator('.slide-chart-plot svg').first(),
          `chart ${slide}`,
        )
      }
    }
    expect(slideInUrl(page)).toBe(String(count))
    await page.keyboard.press('Home')
    await expect.poll(() => slideInUrl(page)).toBe('1')
    await context.setOffline(false)
    // Chromium asks for the tab's icon again after each history change; with the service worker
    // blocked here, nothing can answer it offline. That is the browser's request, not the app's.
    const browserIcon = (error: string) =>
      error.includes('ERR_INTERNET_DISCONNECTED') && error.includes('/favicon.svg')
    expect(unexpectedErrors(errors).filter((error) => !browserIcon(error))).toEqual([])
  })

  test('while the API hangs, every route shows its header within seconds and the controls work', async () => {
    const { page, errors } = await openBlankPage({ contextOptions: { serviceWorkers: 'block' } })
    // Never answers: the client waits 20 s per attempt, 4 attempts, before it shows an error.
    await page.route(`**${API_PATH}`, () => undefined)
    // Each route starts without a stored theme, so only a working control can make it dark.
    await page.addInitScript(() => window.localStorage.removeItem('cp-kpi:theme'))
    const usableWithinMs = 6_000
    const working: Record<string, { navigation: boolean; theme: boolean }> = {}
    for (const path of ['/', '/explore', '/data']) {
      const start = Date.now()
      await page.goto(appUrl('production', path))
      const banner = page.getByRole('banner')
      const navigation = await banner
        .getByRole('navigation')
        .waitFor({ state: 'visible', timeout: 5_000 })
        .then(
          () => true,
          () => false,
        )
      // A prerendered header may show before the app runs: choose again until the choice holds.
      let theme = false
      while (navigation && !theme && Date.now() - start < usableWithinMs) {
        await banner
          .getByLabel('Theme')
          .selectOption('dark', { timeout: 1_000 })
          .catch(() => undefined)
        theme = await page
          .waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, {
            timeout: 500,
          })
          .then(
            () => true,
            () => false,
          )
      }
      working[path] = { navigation, theme }
      if (!navigation || !theme) await screenshot(page, `reliability-hanging-api${path}`)
    }
    const usable = { navigation: true, theme: true }
    expect(working).toEqual({ '/': usable, '/explore': usable, '/data': usable })
    expect(unexpectedErrors(errors)).toEqual([])
  })

  test('a service worker that cannot register is not an unhandled rejection', async () => {
    const { page, errors } = await openBlankPage()
    // As in a browser that refuses service workers (e.g. private windows in some browsers).
    await page.addInitScript(() => {
      navigator.serviceWorker.register = () =>
        Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'))
    })
    await page.goto(appUrl('production', '/'))
    await headlineFigures(page)
    await page.waitForFunction((key) => window.localStorage.getItem(key) !== null, CACHE_KEY)
    await page.waitForTimeout(500)
    expect(unexpectedErrors(errors)).toEqual([])
  })
})

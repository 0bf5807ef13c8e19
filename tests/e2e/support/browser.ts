/**
 * Chromium for the browser tests: one browser per test file, a fresh context per page, console
 * and page errors collected for the test to assert on, axe checks and screenshots.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { AxeBuilder } from '@axe-core/playwright'
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core'
import { afterAll, describe, expect, inject, onTestFinished } from 'vitest'
import { chromiumPath, chromiumFlags as launchArgs } from '../../../scripts/chromium'

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

const screenshotDir = fileURLToPath(new URL('../../../test-results/screenshots', import.meta.url))

export function chromiumAvailable(): boolean {
  return existsSync(chromiumPath)
}

/** The base URLs served by global-setup.ts, plus a path (and query). */
export function appUrl(build: 'production' | 'mocked', path = '/'): string {
  const base = inject(build === 'production' ? 'productionBaseUrl' : 'mockedBaseUrl')
  return new URL(path, `${base}/`).href
}

let browserPromise: Promise<Browser> | undefined
let closeRegistered = false

function sharedBrowser(): Promise<Browser> {
  browserPromise ??= chromium.launch({ executablePath: chromiumPath, args: launchArgs })
  return browserPromise
}

/**
 * `describe` for tests that need Chromium. Without it the suite is skipped locally with a note on
 * how to get it; in CI (`CI` set) a skipped browser test counts as a failure, so this throws.
 */
export function describeBrowser(name: string, fn: () => void): void {
  if (!chromiumAvailable()) {
    const reason = `Chromium not found at ${chromiumPath} (install it with \`apt-get install chromium\` or set CHROMIUM_PATH)`
    if (process.env.CI) throw new Error(`${reason}: browser tests cannot be skipped in CI.`)
    console.warn(`Skipping "${name}": ${reason}.`)
    describe.skip(`${name} [skipped: ${reason}]`, fn)
    return
  }
  if (!closeRegistered) {
    closeRegistered = true
    // Registered at file level, so the browser outlives every describeBrowser block in the file.
    afterAll(async () => {
      const browser = await browserPromise
      browserPromise = undefined
      await browser?.close()
    })
  }
  describe(name, fn)
}

export interface OpenedPage {
  page: Page
  /** Console errors and uncaught page errors, in the order they happened. */
  errors: string[]
}

export interface BlankPage extends OpenedPage {
  context: BrowserContext
}

/**
 * A fresh context and a blank page, for tests that prepare the context before the first
 * navigation (service workers, init scripts, offline). Errors are collected and the context
 * closes when the test ends, as with openPage.
 */
export async function openBlankPage({
  viewport = { width: 1280, height: 720 },
  contextOptions = {},
}: {
  viewport?: { width: number; height: number }
  contextOptions?: BrowserContextOptions
} = {}): Promise<BlankPage> {
  const browser = await sharedBrowser()
  const context = await browser.newContext({ viewport, locale: 'en-GB', ...contextOptions })
  const page = await context.newPage()
  const testName = expect.getState().currentTestName ?? 'unnamed test'
  // One hook, not onTestFailed: vitest runs onTestFinished first, which would close the page.
  onTestFinished(async ({ task }) => {
    if (task.result?.state === 'fail') {
      await screenshot(page, `failed-${testName}`, { fullPage: true }).catch(() => undefined)
    }
    await context.close()
  })
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url: source, lineNumber } = message.location()
      errors.push(`console.error: ${message.text()}${source ? ` (${source}:${lineNumber})` : ''}`)
    }
  })
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  return { context, page, errors }
}

/**
 * A fresh context (no cookies, storage or service workers from other tests) and page at `url`.
 * The context closes when the test ends; a failing test leaves a screenshot behind.
 */
export async function openPage(
  url: string,
  viewport: { width: number; height: number } = { width: 1280, height: 720 },
): Promise<OpenedPage> {
  const { page, errors } = await openBlankPage({ viewport })
  await page.goto(url)
  return { page, errors }
}

/**
 * A fresh page whose app code never arrives (every script under /assets/ refused): what it shows
 * is the page's own, as the build and the boot script left it.
 */
export async function openWithoutAppCode(
  viewport: { width: number; height: number } = { width: 390, height: 844 },
): Promise<BlankPage> {
  const opened = await openBlankPage({ viewport })
  await opened.page.route('**/assets/*.js', (route) => route.abort())
  return opened
}

/** Waits until the boot script has hidden the prerendered view, leaving the page to the app. */
export async function expectClientRender(page: Page): Promise<void> {
  await expect.poll(() => page.locator('html').getAttribute('data-client-render')).toBe('')
}

/**
 * Waits until the app has taken over a page the build prerendered (the overview, /present's title
 * slide) and let go of that page's copies: before then its controls do nothing, keys are lost, and
 * the copies (one per language, theme and turn on /present) are still there to be counted.
 */
export async function waitForApp(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () =>
      document.getElementById('root')?.dataset.prerendered === undefined &&
      !document.querySelector('#root > [data-prerender-lang] > :not([data-static-charts])'),
    undefined,
    { timeout },
  )
}

/** The screens a prerendered page is checked at: a desktop, a laptop and a phone. */
export const SCREEN_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
] as const

/**
 * Waits for `locator` to be visible; on timeout the error names what was awaited and shows the
 * page's visible text, which usually says why (an error state, a different wording).
 */
export async function waitForVisible(
  page: Page,
  locator: Locator,
  what: string,
  timeout = 15_000,
): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout })
  } catch (error) {
    const shown = await page
      .locator('body')
      // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator; the rendered text, line breaks and all, is what a reader of the failure needs.
      .innerText({ timeout: 1_000 })
      .catch(() => '(page text unavailable)')
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new Error(
      `Timed out after ${timeout} ms waiting for ${what} (${reason}).\nThe page shows:\n${shown.slice(0, 2_000)}`,
    )
  }
}

/**
 * The text a reader sees in `locator`, line breaks and all, every part of it drawn: the overview
 * skips drawing its sections while they are off screen (`.skip-offscreen`), and innerText leaves
 * out what is not drawn.
 */
export function renderedText(locator: Locator): Promise<string> {
  return locator.evaluate((element: HTMLElement) => {
    for (const skipped of element.querySelectorAll<HTMLElement>('.skip-offscreen')) {
      skipped.style.contentVisibility = 'visible'
    }
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the reader sees.
    return element.innerText
  })
}

/** Fails with each violation's id, impact and the elements it found. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze()
  const found = violations.map((violation) => {
    const targets = violation.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n')
    return `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n${targets}`
  })
  expect(found, `axe found ${found.length} violation(s):\n${found.join('\n')}`).toEqual([])
}

/**
 * Writes test-results/screenshots/<name>.png and returns its path: the viewport by default, the
 * whole scrollable page with `fullPage`. `timeout` (ms) bounds the capture, e.g. of a page a bug
 * has made tens of thousands of pixels wide.
 */
export async function screenshot(
  page: Page,
  name: string,
  { fullPage = false, timeout }: { fullPage?: boolean; timeout?: number } = {},
): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true })
  const file = join(screenshotDir, `${name.replace(/[^\w.-]+/g, '-').slice(0, 120)}.png`)
  await page.screenshot({ path: file, fullPage, timeout })
  return file
}

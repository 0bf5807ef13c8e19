/**
 * Screenshots of the production build (`npm run build` first): the README's set into
 * docs/screenshots/, and with `--all` every view at 1920×1080, 1280×720 and a 390-px phone, in
 * both languages and themes, into test-results/looks/ to be looked at before a change lands.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { withServedBuild } from './bench-browser'

const root = fileURLToPath(new URL('..', import.meta.url))

interface Shot {
  name: string
  path: string
  width: number
  height: number
  fullPage?: boolean
  /** Scroll this selector into view first. */
  scrollTo?: string
}

/** What the README shows. */
const readmeShots: Shot[] = [
  { name: 'overview-1280', path: '/?theme=light', width: 1280, height: 720 },
  {
    name: 'overview-charts-1280',
    path: '/?theme=light',
    width: 1280,
    height: 900,
    scrollTo: '.chart-grid',
  },
  { name: 'overview-zh-1280', path: '/?theme=light&lang=zh-CN', width: 1280, height: 720 },
  { name: 'overview-phone', path: '/?theme=light', width: 390, height: 844 },
  {
    name: 'explore-1280',
    path: '/explore?theme=light&categories=["finance","insurance"]&provenance=["stated"]',
    width: 1280,
    height: 720,
  },
  { name: 'present-1920', path: '/present?slide=6', width: 1920, height: 1080 },
  { name: 'data-1280', path: '/data?theme=light', width: 1280, height: 720 },
]

const views = ['/', '/explore', '/present?slide=6', '/data']
const sizes = [
  [1920, 1080],
  [1280, 720],
  [390, 844],
] as const

function lookShots(): Shot[] {
  return views.flatMap((view) =>
    sizes.flatMap(([width, height]) =>
      (['en', 'zh-CN'] as const).flatMap((lang) =>
        (['light', 'dark'] as const).map((theme) => {
          const sep = view.includes('?') ? '&' : '?'
          const slug = view.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'overview'
          return {
            name: `${slug}-${width}-${lang}-${theme}`,
            path: `${view}${sep}lang=${lang}&theme=${theme}`,
            width,
            height,
          }
        }),
      ),
    ),
  )
}

async function take(browser: Browser, origin: string, shot: Shot, dir: string) {
  const context = await browser.newContext({
    viewport: { width: shot.width, height: shot.height },
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  })
  const page = await context.newPage()
  await page.goto(new URL(shot.path, origin).href, { waitUntil: 'networkidle' })
  if (shot.scrollTo) {
    await page
      .locator(shot.scrollTo)
      .first()
      .scrollIntoViewIfNeeded()
      .catch(() => undefined)
  }
  // Charts draw when they come near the viewport; give them a moment to settle.
  await page.waitForTimeout(800)
  await page.screenshot({ path: join(dir, `${shot.name}.png`), fullPage: shot.fullPage ?? false })
  await context.close()
}

const all = process.argv.includes('--all')
const dir = all ? join(root, 'test-results', 'looks') : join(root, 'docs', 'screenshots')
mkdirSync(dir, { recursive: true })
await withServedBuild(join(root, 'dist'), async (browser, origin) => {
  for (const shot of all ? lookShots() : readmeShots) await take(browser, origin, shot, dir)
})
console.log(`Screenshots in ${dir}`)

/**
 * Lighthouse 12 on the production build (dist/ unless given another build directory, served by
 * `vite preview` with the app's headers), in Debian's Chromium: every route on simulated mobile
 * and on desktop, three runs each or LIGHTHOUSE_RUNS (the median of each figure is reported: a
 * single mobile run moves by 5–10 points on this 2-core machine, more than the goals' margins). Used by
 * `npm run bench`; needs `npm run build` first.
 */
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type Result } from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { preview } from 'vite'
import { chromiumFlags, chromiumPath } from './chromium'

export interface LighthouseRow {
  route: string
  formFactor: 'mobile' | 'desktop'
  runs: number
  performance: number
  accessibility: number
  bestPractices: number
  fcpMs: number
  lcpMs: number
  tbtMs: number
  cls: number
}

const ROUTES = ['/', '/explore', '/present', '/data']
/** Runs per route and form factor; LIGHTHOUSE_RUNS=5 narrows the median on a busy machine. */
export const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3)

/** Median of the runs that produced the number (a failed run reports none). */
function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

const root = fileURLToPath(new URL('..', import.meta.url))

export function lighthouseAvailable(distDir = join(root, 'dist')): boolean {
  return existsSync(chromiumPath) && existsSync(join(distDir, 'index.html'))
}

export async function runLighthouse(distDir = join(root, 'dist')): Promise<LighthouseRow[]> {
  const server = await preview({
    root,
    configFile: `${root}/vite.config.ts`,
    logLevel: 'warn',
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  })
  const { port } = server.httpServer.address() as AddressInfo
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: chromiumFlags,
  })
  const rows: LighthouseRow[] = []
  try {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      for (const route of ROUTES) {
        const results: Result[] = []
        for (let i = 0; i < RUNS; i++) {
          const result = await lighthouse(
            `http://127.0.0.1:${port}${route}`,
            {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance', 'accessibility', 'best-practices'],
            },
            formFactor === 'desktop' ? desktopConfig : undefined,
          )
          if (result) results.push(result.lhr)
        }
        const metric = (pick: (lhr: Result) => number | null | undefined) =>
          median(results.map((lhr) => pick(lhr) ?? Number.NaN))
        rows.push({
          route,
          formFactor,
          runs: results.length,
          performance: metric((r) => r.categories.performance?.score) * 100,
          accessibility: metric((r) => r.categories.accessibility?.score) * 100,
          bestPractices: metric((r) => r.categories['best-practices']?.score) * 100,
          fcpMs: metric((r) => r.audits['first-contentful-paint']?.numericValue),
          lcpMs: metric((r) => r.audits['largest-contentful-paint']?.numericValue),
          tbtMs: metric((r) => r.audits['total-blocking-time']?.numericValue),
          cls: metric((r) => r.audits['cumulative-layout-shift']?.numericValue),
        })
      }
    }
  } finally {
    chrome.kill()
    await server.close()
  }
  return rows
}

import { lazy } from 'react'

/**
 * A family's plot drawn live (`PlotChart`), its code, recharts with it, in a chunk of its own: on
 * the overview the build's drawings stand in for the charts until a reader reaches for one, so the
 * page need not run that code at load. Render it under a Suspense boundary.
 */
export const LivePlotChart = lazy(() =>
  import('./plot-chart').then((module) => ({ default: module.PlotChart })),
)

/**
 * The URL of that chunk, written in by the build (vite.config.ts, `plotChunkUrl`); the dev server
 * and tests keep the placeholder, and fetch nothing ahead.
 */
const PLOT_CHUNK: string = '__PLOT_CHART_CHUNK__'

let fetched = false

/**
 * Fetches the plot code without running it (a modulepreload), once, when the browser is idle:
 * the first chart a reader wakes then mounts without waiting for the network, and a page opened
 * online still draws its charts with the network gone.
 */
export function prefetchPlotChart(): void {
  if (fetched || !PLOT_CHUNK.endsWith('.js')) return
  fetched = true
  const fetchIt = () => {
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    link.href = PLOT_CHUNK
    document.head.append(link)
  }
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fetchIt, { timeout: 2000 })
  else setTimeout(fetchIt, 0)
}

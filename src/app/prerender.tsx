/**
 * Server-side entry used only by the build (scripts/prerender.ts): renders a route to HTML with
 * the dataset, so the headline figures are in the first paint before any script runs, and draws
 * the overview's charts with the app's own components, so they are there too.
 */
import { createRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { DEFAULT_DATASET_KEY } from '@/api/dataset-key'
import { datasetQuery, type LoadedDataset } from '@/api/queries'
import { PlotWidth } from '@/components/charts/static-plots'
import type { Locale } from '@/domain/locale'
import { setPrerenderedCharts } from '@/features/overview/drawn-charts'
import { activateLocale } from '@/i18n/i18n'
import { documentTitle as titleFor } from '@/i18n/locale'
import { memoryHistory } from '@/lib/router/router'
import { App } from './app'
import { createQueryClient } from './query-client'
import { createAppRouter } from './router'

async function appAt(url: string, loaded: LoadedDataset, locale: Locale) {
  await activateLocale(locale)
  const queryClient = createQueryClient()
  queryClient.setQueryData(datasetQuery(DEFAULT_DATASET_KEY).queryKey, loaded)
  const router = createAppRouter(memoryHistory(url))
  await router.load()
  return <App queryClient={queryClient} router={router} />
}

/** The route as HTML; `charts`, the chart grid `drawCharts` drew, stands in for the charts. */
export async function prerender(
  url: string,
  loaded: LoadedDataset,
  locale: Locale = 'en',
  charts?: string,
): Promise<string> {
  const app = await appAt(url, loaded, locale)
  setPrerenderedCharts(charts, locale)
  try {
    return renderToString(app)
  } finally {
    setPrerenderedCharts(undefined, locale)
  }
}

/** The document's title in `locale`, for the page that shows that language first. */
export async function documentTitle(loaded: LoadedDataset, locale: Locale): Promise<string> {
  await activateLocale(locale)
  return titleFor(loaded.dataset, locale)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The overview's chart grid as HTML, every plot drawn at `width` px: rendered by the app itself
 * in the DOM the build provides (jsdom: recharts draws its SVG only once its effects have run,
 * which rendering to a string never does). Waits until the grid has stopped changing.
 */
export async function drawCharts(
  loaded: LoadedDataset,
  locale: Locale,
  width: number,
): Promise<string> {
  const app = await appAt('/', loaded, locale)
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  root.render(<PlotWidth.Provider value={width}>{app}</PlotWidth.Provider>)
  try {
    let last = ''
    let still = 0
    for (let i = 0; i < 600; i++) {
      await sleep(50)
      const grid = container.querySelector('.chart-grid:not([role="status"])')
      const plots = grid ? [...grid.querySelectorAll('.chart-plot')] : []
      const drawn = plots.length > 0 && plots.every((plot) => plot.querySelector('svg'))
      const html = grid?.outerHTML ?? ''
      still = drawn && html === last ? still + 1 : 0
      last = html
      if (still >= 4) return html
    }
    throw new Error(`The overview's charts did not finish drawing (${locale}, ${width} px)`)
  } finally {
    root.unmount()
    container.remove()
  }
}

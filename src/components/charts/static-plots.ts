import { createContext } from 'react'

/**
 * The width a plot draws at before it can measure its box: what jsdom keeps, and what the build
 * sets for each drawing it prerenders (scripts/prerender.ts).
 */
export const PlotWidth = createContext(640)

/**
 * A plot's drawing by the build, shown in the app until the reader reaches for the live chart
 * (see StaticThenLive). Undefined: draw the live chart.
 */
export const StaticPlot = createContext<readonly Node[] | undefined>(undefined)

/** Each drawing once taken from its grid (a panel that mounts again shows the same nodes). */
const plots = new Map<string, readonly Node[]>()

/** The build's drawing of panel `key`'s plot in `grid`, its chart grid in `locale`. */
export function staticPlot(
  grid: Element | undefined,
  locale: string,
  key: string,
): readonly Node[] | undefined {
  const id = `${locale}:${key}`
  if (!plots.has(id)) {
    const plot = grid?.querySelector(`[data-panel="${key}"] .chart-plot`)
    if (plot) {
      // A picture until the live chart replaces it: nothing in it takes focus or follows a link
      // (StaticThenLive stands in for it as one focusable image).
      for (const e of plot.querySelectorAll('[tabindex]')) e.removeAttribute('tabindex')
      for (const e of plot.querySelectorAll('a[href]')) e.removeAttribute('href')
      plots.set(id, [...plot.childNodes])
    }
  }
  return plots.get(id)
}

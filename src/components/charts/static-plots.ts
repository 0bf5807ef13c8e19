import { createContext } from 'react'

/**
 * The width a plot draws at before it can measure its box: what jsdom keeps, and what the build
 * sets for each drawing it prerenders (scripts/prerender.ts).
 */
export const PlotWidth = createContext(640)

/**
 * The build's drawing of a panel's plot, shown in its place until the live chart has drawn (see
 * LazyMount). Undefined: a plain placeholder.
 */
export const StaticPlot = createContext<readonly Node[] | undefined>(undefined)

/** Each drawing once taken from its grid: a panel that mounts again shows the same nodes. */
const drawings = new Map<string, readonly Node[]>()

/** The drawing of panel `key`'s plot in the build's chart `grid`. */
export function staticPlot(grid: Element, key: string): readonly Node[] | undefined {
  if (!drawings.has(key)) {
    const plot = grid.querySelector(`[data-panel="${key}"] .chart-plot`)
    if (!plot) return undefined
    // A picture until the live chart replaces it: nothing in it takes focus or follows a link.
    for (const e of plot.querySelectorAll('[tabindex]')) e.removeAttribute('tabindex')
    for (const e of plot.querySelectorAll('a[href]')) e.removeAttribute('href')
    drawings.set(key, [...plot.childNodes])
  }
  return drawings.get(key)
}

import { createContext } from 'react'
import type { MarkFilter } from './chart-types'

/**
 * The width a plot draws at before it can measure its box: what jsdom keeps, and what the build
 * sets for each drawing it prerenders (scripts/prerender.ts).
 */
export const PlotWidth = createContext(640)

/** The build's drawing of a panel's plot (see LazyMount). */
export interface BuiltDrawing {
  nodes: readonly Node[]
  /** The plot widths, in px, the build drew it at (a wide and a narrow drawing). */
  widths: readonly number[]
  /**
   * The event filter its marks toggle. Set, the drawing stands in for the live chart where it is
   * what the chart would draw (its box has one of `widths`) until the reader reaches for the chart;
   * unset, it is a picture until the live chart has drawn.
   */
  filter?: MarkFilter
}

/** The build's drawing of a panel's plot, shown in its place. Undefined: a plain placeholder. */
export const StaticPlot = createContext<BuiltDrawing | undefined>(undefined)

/**
 * Whether the live chart mounts because the pointer came into its panel: its tooltip is wanted
 * from the start (FocusablePlotBox), and the pointer's position is replayed to it once drawn.
 */
export const MountedForPointer = createContext(false)

/** Each drawing once taken from its grid: a panel that mounts again shows the same nodes. */
const drawings = new Map<string, BuiltDrawing>()

/** The drawing of panel `key`'s plot in the build's chart `grid`. */
export function staticPlot(grid: Element, key: string): BuiltDrawing | undefined {
  if (!drawings.has(key)) {
    const plot = grid.querySelector(`[data-panel="${key}"] .chart-plot`)
    if (!plot) return undefined
    // Nothing in it follows a link: the live chart's lane links go where the app routes them.
    for (const e of plot.querySelectorAll('a[href]')) e.removeAttribute('href')
    const widths = [...plot.querySelectorAll('svg[role="group"][width]')].map((svg) =>
      Number(svg.getAttribute('width')),
    )
    drawings.set(key, { nodes: [...plot.childNodes], widths })
  }
  return drawings.get(key)
}

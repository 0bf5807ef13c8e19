/** The chart grid the build drew for the overview (scripts/prerender.ts), in `locale`. */
export interface Prerendered {
  locale: string
  /** The chart grid's HTML: the app's own panels, each plot as static SVG. */
  grid: string
}

let prerendered: Prerendered | undefined

/**
 * The build sets the chart grid it drew (in a DOM: jsdom) before rendering the page around it, so
 * the prerendered page's charts are those drawings.
 */
export function setPrerenderedCharts(grid: string | undefined, locale: string): void {
  prerendered = grid === undefined ? undefined : { locale, grid }
}

/** The chart grid the build drew, while it renders the page (never in the browser). */
export function prerenderedCharts(): Prerendered | undefined {
  return prerendered
}

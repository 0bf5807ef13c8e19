import { createContext } from 'react'

/**
 * The lines stamped under a chart saved as PNG (the view's link, as-of date, version, source).
 * Provided by the view that shows the charts; without it, charts offer no PNG export.
 */
export const ChartExportStamp = createContext<readonly string[] | undefined>(undefined)

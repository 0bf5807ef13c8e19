import { createContext } from 'react'

/**
 * The width a plot draws at before it can measure its box: what jsdom keeps, and what the build
 * sets for each drawing it prerenders (scripts/prerender.ts).
 */
export const PlotWidth = createContext(640)

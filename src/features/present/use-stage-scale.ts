import { createContext, useEffect, useState } from 'react'
import { slideGeometry } from './deck-layout'

/** Slides are designed at 1920×1080 (deck-layout.ts) and scaled to the screen. */
export const STAGE_WIDTH = slideGeometry.width
export const STAGE_HEIGHT = slideGeometry.height

/**
 * The stage for a window: 16:9 landscape, or on a screen held upright (a phone in portrait) the
 * same slide turned 9:16, 1080×1920, so its figures and chart stack and draw for the width
 * instead of shrinking a landscape slide into a strip.
 */
export interface Stage {
  scale: number
  portrait: boolean
}

/** The largest scale at which the stage fits the window (the rest is letterboxed), and its turn. */
export function stageFor(width: number, height: number): Stage {
  if (width <= 0 || height <= 0) return { scale: 1, portrait: false }
  const portrait = height > width
  const [w, h] = portrait ? [STAGE_HEIGHT, STAGE_WIDTH] : [STAGE_WIDTH, STAGE_HEIGHT]
  return { scale: Math.min(width / w, height / h), portrait }
}

export function useStageScale(): Stage {
  const [stage, setStage] = useState(() => stageFor(window.innerWidth, window.innerHeight))
  useEffect(() => {
    const update = () => {
      const next = stageFor(window.innerWidth, window.innerHeight)
      setStage((old) => (old.scale === next.scale && old.portrait === next.portrait ? old : next))
    }
    update()
    window.addEventListener('resize', update)
    return () => window.removeEventListener('resize', update)
  }, [])
  return stage
}

/**
 * The scale the slide is shown at. Charts measure their labels on screen, so under a net scale
 * below 1 (the presenter's thumbnails) they would leave too little room and clip them; there the
 * chart is drawn smaller and enlarged more, keeping its net scale at 1 or more.
 */
export const StageScaleContext = createContext(1)
export const StageScale = StageScaleContext.Provider

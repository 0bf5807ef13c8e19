import { useEffect, useState } from 'react'

/** Slides are designed at 1920×1080 and scaled to the screen. */
export const STAGE_WIDTH = 1920
export const STAGE_HEIGHT = 1080

/** The largest scale at which a 16:9 stage fits the window; the rest is letterboxed. */
export function stageScale(width: number, height: number): number {
  if (width <= 0 || height <= 0) return 1
  return Math.min(width / STAGE_WIDTH, height / STAGE_HEIGHT)
}

export function useStageScale(): number {
  const [scale, setScale] = useState(() => stageScale(window.innerWidth, window.innerHeight))
  useEffect(() => {
    const update = () => setScale(stageScale(window.innerWidth, window.innerHeight))
    update()
    window.addEventListener('resize', update)
    return () => window.removeEventListener('resize', update)
  }, [])
  return scale
}

import { startTransition, useEffect, useState } from 'react'

/**
 * `value`, once a frame showing the change has been painted: work that follows from it (drawing
 * the charts of the slides around a new one) waits until the change is on screen, then renders
 * in slices that give way to input. A value that changes again before then is never used.
 * `initial` is what the first render gets (by default `value` itself).
 */
export function useAfterPaint<T>(value: T, initial: T = value): T {
  const [settled, setSettled] = useState(initial)
  useEffect(() => {
    let timer: number | undefined
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setSettled(value)), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      window.clearTimeout(timer)
    }
  }, [value])
  return settled
}

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

/** Runs `run` when the main thread is idle (soon, where the browser cannot tell); returns a cancel. */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 1000 })
    return () => cancelIdleCallback(id)
  }
  const id = window.setTimeout(run, 0)
  return () => window.clearTimeout(id)
}

/**
 * 0 until `start`, then one more in each idle moment, up to `limit`: work too big for one task
 * (a deck's slides, each a table or a list) is done a step per task, and each step renders in a
 * transition that gives way to input.
 */
export function useIdleSteps(start: boolean, limit: number): number {
  const [steps, setSteps] = useState(0)
  useEffect(() => {
    if (!start || steps >= limit) return
    return whenIdle(() => startTransition(() => setSteps(steps + 1)))
  }, [start, steps, limit])
  return steps
}

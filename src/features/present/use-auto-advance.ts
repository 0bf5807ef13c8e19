import { useCallback, useEffect, useMemo, useState } from 'react'
import { MIN_AUTO_SECONDS } from './search'
import { useCountdown } from './use-countdown'

/** Auto-advance waits this long after the last key, click or swipe before it carries on. */
export const RESUME_AFTER_MS = 8000

export interface Hold {
  /** An interaction was recent: auto-advance waits. */
  held: boolean
  /** A count of interactions; each starts the wait again. */
  epoch: number
  /** When the wait ends (ms since the epoch), while held. */
  until: number | undefined
  /** Record an interaction. */
  start: () => void
}

/** Pauses auto-advance after an interaction and resumes it once things have been quiet. */
export function useHold(): Hold {
  const [held, setHeld] = useState(false)
  const [epoch, setEpoch] = useState(0)
  const [until, setUntil] = useState<number | undefined>()
  const start = useCallback(() => {
    setHeld(true)
    setEpoch((n) => n + 1)
    setUntil(Date.now() + RESUME_AFTER_MS)
  }, [])
  useEffect(() => {
    if (epoch === 0) return
    const timer = window.setTimeout(() => setHeld(false), RESUME_AFTER_MS)
    return () => window.clearTimeout(timer)
  }, [epoch])
  return { held, epoch, until: held ? until : undefined, start }
}

/**
 * Moves on every `seconds` (from the last slide back to the first) while `seconds` is given:
 * counted from a slide's arrival or the end of a hold. Returns the whole seconds until the next
 * move, or until the hold ends.
 */
export function useAutoAdvance(
  seconds: number | undefined,
  { slide, count, go }: { slide: number; count: number; go: (slide: number) => void },
  hold: Hold,
): number | undefined {
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new slide or hold restarts the wait
  const due = useMemo(
    // The range's floor holds here too, whatever the value came from: no strobing slides.
    () =>
      seconds === undefined ? undefined : Date.now() + Math.max(MIN_AUTO_SECONDS, seconds) * 1000,
    [seconds, slide, hold.epoch],
  )
  useEffect(() => {
    if (due === undefined) return
    const timer = window.setTimeout(
      () => go(slide >= count ? 1 : slide + 1),
      Math.max(0, due - Date.now()),
    )
    return () => window.clearTimeout(timer)
  }, [due, slide, count, go])
  return useCountdown(due ?? hold.until)
}

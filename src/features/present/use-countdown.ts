import { useEffect, useState } from 'react'

/**
 * Whole seconds left until `deadline` (ms since the epoch), counted down once a second, for the
 * auto-advance indicator; undefined without a deadline.
 */
export function useCountdown(deadline: number | undefined): number | undefined {
  const left = () => (deadline === undefined ? undefined : secondsLeft(deadline, Date.now()))
  const [seconds, setSeconds] = useState(left)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `left` reads only `deadline`
  useEffect(() => {
    setSeconds(left())
    if (deadline === undefined) return
    const timer = window.setInterval(() => setSeconds(left()), 250)
    return () => window.clearInterval(timer)
  }, [deadline])
  return seconds
}

/** Seconds from `now` to `deadline`, rounded up and never below 0: "in 5 s" until it happens. */
export function secondsLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000))
}

import { useEffect, useState } from 'react'

/**
 * True until the pointer moves, and again once it has not moved for `after` ms: the deck opens
 * clean for the audience, and moving the mouse brings the controls and cursor back. Keys do not
 * wake them: a clicker's presses should not flash controls at the audience.
 */
export function useIdle(after: number): boolean {
  const [idle, setIdle] = useState(true)
  useEffect(() => {
    let timer = 0
    const wake = () => {
      setIdle(false)
      window.clearTimeout(timer)
      timer = window.setTimeout(() => setIdle(true), after)
    }
    window.addEventListener('pointermove', wake)
    window.addEventListener('pointerdown', wake)
    return () => {
      window.clearTimeout(timer)
      window.removeEventListener('pointermove', wake)
      window.removeEventListener('pointerdown', wake)
    }
  }, [after])
  return idle
}

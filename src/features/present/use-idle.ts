import { useEffect, useState } from 'react'

/**
 * True once the pointer has not moved for `after` ms; moving it wakes the controls and cursor
 * again. Keys do not wake them: a clicker's presses should not flash controls at the audience.
 */
export function useIdle(after: number): boolean {
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), after)
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

import type { CSSProperties } from 'react'

/**
 * Holds a lower section's place until the browser lays it out (`.skip-offscreen`, views.css):
 * about its height between a phone and a laptop; the scroll bar alone depends on it.
 */
export function placeHeld(px: number): CSSProperties {
  return { '--estimated-height': `${px}px` } as CSSProperties
}

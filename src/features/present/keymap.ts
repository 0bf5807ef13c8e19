/**
 * What each key does in presentation mode, as a pure function of the key event, so every binding
 * (including the ones wireless clickers send: PageDown, PageUp, "b" or ".") is unit-tested.
 */

export type PresentAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  /** A number key: digits typed then Enter jump to that slide. */
  | { type: 'digit'; digit: number }
  /** Jump to the typed slide number, or go on to the next slide when none was typed. */
  | { type: 'enter' }
  /** Back to the overview, keeping the analyst's filters. */
  | { type: 'exit' }
  | { type: 'fullscreen' }
  /** Black the screen; the next key (this one or any other) restores it, on the same slide. */
  | { type: 'black' }
  /** Pause or resume auto-advance. */
  | { type: 'pause' }
  /** Open the presenter view in a second window. */
  | { type: 'presenter' }
  /** Show or hide the list of keys. */
  | { type: 'help' }
  /** Show or hide the grid of slides to jump from. */
  | { type: 'grid' }

export interface KeyInput {
  key: string
  shiftKey?: boolean
  ctrlKey?: boolean
  altKey?: boolean
  metaKey?: boolean
}

const byKey: Record<string, PresentAction> = {
  ArrowRight: { type: 'next' },
  ArrowDown: { type: 'next' },
  PageDown: { type: 'next' },
  ArrowLeft: { type: 'previous' },
  ArrowUp: { type: 'previous' },
  PageUp: { type: 'previous' },
  Home: { type: 'first' },
  End: { type: 'last' },
  Enter: { type: 'enter' },
  Escape: { type: 'exit' },
  f: { type: 'fullscreen' },
  b: { type: 'black' },
  // Many clickers send "." for their black-screen button.
  '.': { type: 'black' },
  p: { type: 'pause' },
  s: { type: 'presenter' },
  '?': { type: 'help' },
  g: { type: 'grid' },
}

/** The action for a key press, or undefined for keys the deck leaves alone (Ctrl+P prints). */
export function keyAction(event: KeyInput): PresentAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined
  const { key } = event
  if (key === ' ' || key === 'Spacebar') return { type: event.shiftKey ? 'previous' : 'next' }
  if (/^[0-9]$/.test(key)) return { type: 'digit', digit: Number(key) }
  return byKey[key.length === 1 ? key.toLowerCase() : key]
}

/** Digits typed so far, at most three (no deck has a thousand slides). */
export function appendDigit(digits: string, digit: number): string {
  return `${digits}${digit}`.slice(-3)
}

/** The slide the typed digits name, within 1…count; undefined when they name none. */
export function jumpTarget(digits: string, count: number): number | undefined {
  const slide = Number.parseInt(digits, 10)
  if (!Number.isFinite(slide) || slide < 1 || count < 1) return undefined
  return Math.min(slide, count)
}

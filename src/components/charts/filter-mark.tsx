import type { KeyboardEvent, ReactNode } from 'react'
import type { MarkFilter } from './chart-types'

/** A mark's box in SVG user units, for its focus ring. */
export interface MarkBox {
  x: number
  y: number
  width: number
  height: number
}

/** Whether a mark's event is in the filter, and whether it is dimmed for being outside it. */
export function markState(filter: MarkFilter, event: number) {
  const pressed = filter.events.includes(event)
  return { pressed, dimmed: filter.events.length > 0 && !pressed }
}

function keyboardFocus(element: Element): boolean {
  try {
    return element.matches(':focus-visible')
  } catch {
    return true // no :focus-visible support: show the tooltip, as before
  }
}

/**
 * A chart mark as a toggle button: click, Enter or Space filters the view to the mark's event,
 * and again removes it. SVG has no <button>, so the group takes the role, a tab stop and a ring
 * drawn around `box` that shows on keyboard focus. Without a filter (or an event) it is a plain
 * group, as on the presentation slides.
 */
export function FilterMark({
  filter,
  event,
  name,
  box,
  onFocus,
  onBlur,
  children,
}: {
  filter: MarkFilter | undefined
  event: number | undefined
  /** The button's accessible name: "Filter to event 5: …". */
  name: string
  box: MarkBox
  onFocus?: () => void
  onBlur?: () => void
  children: ReactNode
}) {
  if (!filter || event === undefined) return <g>{children}</g>
  const { pressed, dimmed } = markState(filter, event)
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (e.key !== 'Enter' && e.key !== ' ') return
    // Space would scroll the page; Enter would reach recharts' own keyboard handling.
    e.preventDefault()
    e.stopPropagation()
    filter.toggle(event)
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; this group is the control
    <g
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-pressed={pressed}
      // Read by the build's drawing of the chart, which stands in for it (built-drawing.tsx).
      data-event={event}
      className={`chart-mark${dimmed ? ' is-dimmed' : ''}${pressed ? ' is-pressed' : ''}`}
      onClick={() => filter.toggle(event)}
      onKeyDown={onKeyDown}
      // A click focuses the mark too; only keyboard focus shows its tooltip, or the card would
      // stay open after the click, over whatever the pointer moves on to.
      onFocus={(e) => {
        if (keyboardFocus(e.currentTarget)) onFocus?.()
      }}
      onBlur={onBlur}
    >
      <rect
        className="chart-mark-ring"
        x={box.x}
        y={box.y}
        width={Math.max(box.width, 0)}
        height={Math.max(box.height, 0)}
        rx={4}
        // Also as an attribute: a PNG export copies attributes and computed styles, not classes.
        fill="transparent"
      />
      {children}
    </g>
  )
}

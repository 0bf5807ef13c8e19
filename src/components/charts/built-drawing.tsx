import { useEffect, useLayoutEffect, useRef } from 'react'
import type { MarkFilter } from './chart-types'

/** The mark (a filter button, FilterMark) an event in the drawing happened in. */
function markOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest('[role="button"][data-event]') : null
}

/**
 * The build's drawing, moved into the app's page. Covering a live chart that is drawing (no
 * `standIn`), it is a picture: hidden from assistive technology and inert. Standing in for the
 * live chart, it works as the chart's marks do: each mark is a button in the tab order, under the
 * live mark's name, and a click, Enter or Space toggles the same event filter.
 * `onLeave` hears which element had the focus in it when it goes (the live chart takes it over).
 */
export function Drawing({
  nodes,
  standIn,
  onLeave,
}: {
  nodes: readonly Node[]
  standIn: MarkFilter | undefined
  onLeave?: (focused: Element) => void
}) {
  const box = useRef<HTMLDivElement>(null)
  const latest = useRef({ standIn, onLeave })
  latest.current = { standIn, onLeave }
  const interactive = standIn !== undefined
  useLayoutEffect(() => {
    const element = box.current
    element?.replaceChildren(...nodes)
    return () => {
      // Runs before React takes the box out of the page, while the focus is still in it.
      const focused = document.activeElement
      if (focused && element?.contains(focused)) latest.current.onLeave?.(focused)
    }
  }, [nodes])
  // biome-ignore lint/correctness/useExhaustiveDependencies: new nodes need their tab stops set
  useLayoutEffect(() => {
    for (const mark of box.current?.querySelectorAll('[role="button"]') ?? []) {
      if (interactive) mark.setAttribute('tabindex', '0')
      else mark.removeAttribute('tabindex')
    }
  }, [nodes, interactive])
  useEffect(() => {
    const element = box.current
    if (!element || !interactive) return
    const toggle = (mark: Element) =>
      latest.current.standIn?.toggle(Number(mark.getAttribute('data-event')))
    const onClick = (event: MouseEvent) => {
      const mark = markOf(event.target)
      if (mark) toggle(mark)
    }
    const onKeyDown = (event: KeyboardEvent) => {
      const mark = markOf(event.target)
      if (!mark || (event.key !== 'Enter' && event.key !== ' ')) return
      // Space would scroll the page.
      event.preventDefault()
      toggle(mark)
    }
    element.addEventListener('click', onClick)
    element.addEventListener('keydown', onKeyDown)
    return () => {
      element.removeEventListener('click', onClick)
      element.removeEventListener('keydown', onKeyDown)
    }
  }, [interactive])
  return interactive ? (
    <div ref={box} className="chart-placeholder chart-drawing" />
  ) : (
    <div ref={box} className="chart-placeholder chart-drawing" aria-hidden="true" inert />
  )
}

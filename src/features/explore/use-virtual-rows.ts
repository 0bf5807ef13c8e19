import { type RefObject, useLayoutEffect, useState } from 'react'

/** Tables longer than this render only the rows in view (plus a margin). */
export const VIRTUALISE_ABOVE = 200
/** Row height in virtual mode, where rows are one line high (see explore.css). */
export const VIRTUAL_ROW_HEIGHT = 44
const OVERSCAN = 10
/** Before the container is measured (and in jsdom, which has no layout). */
const FALLBACK_HEIGHT = 640

export interface RowWindow {
  start: number
  end: number
  padTop: number
  padBottom: number
}

function windowAt(count: number, scrollTop: number, height: number): RowWindow {
  const start = Math.max(0, Math.floor(scrollTop / VIRTUAL_ROW_HEIGHT) - OVERSCAN)
  const end = Math.min(count, Math.ceil((scrollTop + height) / VIRTUAL_ROW_HEIGHT) + OVERSCAN)
  return {
    start,
    end,
    padTop: start * VIRTUAL_ROW_HEIGHT,
    padBottom: (count - end) * VIRTUAL_ROW_HEIGHT,
  }
}

/**
 * The slice of rows to render for a scroll container: all of them when there are few, otherwise
 * the ones in view, with spacer heights above and below so the scrollbar stays true.
 */
export function useVirtualRows(
  count: number,
  container: RefObject<HTMLElement | null>,
): RowWindow & { virtual: boolean } {
  const virtual = count > VIRTUALISE_ABOVE
  const [view, setView] = useState({ scrollTop: 0, height: FALLBACK_HEIGHT })

  useLayoutEffect(() => {
    const element = container.current
    if (!virtual || !element) return
    const measure = () =>
      setView((prev) => {
        const next = {
          scrollTop: element.scrollTop,
          height: element.clientHeight || FALLBACK_HEIGHT,
        }
        return prev.scrollTop === next.scrollTop && prev.height === next.height ? prev : next
      })
    measure()
    element.addEventListener('scroll', measure, { passive: true })
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure)
    observer?.observe(element)
    return () => {
      element.removeEventListener('scroll', measure)
      observer?.disconnect()
    }
  }, [virtual, container])

  if (!virtual) return { virtual, start: 0, end: count, padTop: 0, padBottom: 0 }
  return { virtual, ...windowAt(count, view.scrollTop, view.height) }
}

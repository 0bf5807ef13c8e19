import { type RefObject, useEffect, useRef } from 'react'
import { PREPARE_PRINT } from '@/components/use-near-viewport'

/** How the reader reached for a chart (or the page is about to print). */
export type Intent = 'pointer' | 'focus' | 'print'

/**
 * While `listening`, hears in `area` the reader reaching for the chart and calls `onIntent`: a
 * mouse moving in it (a page scrolling under a still pointer moves nothing), the focus arriving
 * in it, a tap or click in it; and the page preparing to print. Returns where the pointer last
 * was in the area (undefined once it has left), which `tracking` keeps up to date.
 */
export function useIntent(
  area: RefObject<HTMLElement | null>,
  { listening, tracking }: { listening: boolean; tracking: boolean },
  onIntent: (intent: Intent) => void,
): RefObject<{ x: number; y: number } | undefined> {
  const pointer = useRef<{ x: number; y: number } | undefined>(undefined)
  const latest = useRef({ listening, onIntent })
  latest.current = { listening, onIntent }
  useEffect(() => {
    const element = area.current
    if (!element || !(listening || tracking)) return
    const intent = (kind: Intent) => {
      if (latest.current.listening) latest.current.onIntent(kind)
    }
    const onMove = (event: PointerEvent) => {
      pointer.current = { x: event.clientX, y: event.clientY }
      if (event.pointerType !== 'touch' && (event.movementX !== 0 || event.movementY !== 0)) {
        intent('pointer')
      }
    }
    const onLeave = () => {
      pointer.current = undefined
    }
    const onClick = (event: MouseEvent) => {
      pointer.current = { x: event.clientX, y: event.clientY }
      intent('pointer')
    }
    const onFocus = () => intent('focus')
    const onPrint = () => intent('print')
    element.addEventListener('pointermove', onMove)
    element.addEventListener('pointerleave', onLeave)
    element.addEventListener('click', onClick)
    element.addEventListener('focusin', onFocus)
    window.addEventListener(PREPARE_PRINT, onPrint)
    return () => {
      element.removeEventListener('pointermove', onMove)
      element.removeEventListener('pointerleave', onLeave)
      element.removeEventListener('click', onClick)
      element.removeEventListener('focusin', onFocus)
      window.removeEventListener(PREPARE_PRINT, onPrint)
    }
  }, [area, listening, tracking])
  return pointer
}

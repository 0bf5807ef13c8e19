import { type RefObject, useEffect, useRef, useState } from 'react'

/** Asks every `whenPrinting` element to mount now, ahead of a print (see print-report.ts). */
export const PREPARE_PRINT = 'app:prepare-print'
/** Set on <html> once a print has been prepared: elements that mount later start mounted. */
export const PREPARED_FOR_PRINT = 'data-prepared-for-print'

/**
 * Whether the element behind the returned ref has come within `rootMargin` of the viewport; once
 * true it stays true, so costly children mount once. Without IntersectionObserver (old browsers,
 * jsdom) it is true at once. `whenPrinting` also turns it true before the page is printed.
 */
export function useNearViewport<E extends Element>(
  rootMargin: string,
  { whenPrinting = false }: { whenPrinting?: boolean } = {},
): [RefObject<E | null>, boolean] {
  const ref = useRef<E>(null)
  const [near, setNear] = useState(
    () =>
      typeof IntersectionObserver === 'undefined' ||
      (whenPrinting && document.documentElement.hasAttribute(PREPARED_FOR_PRINT)),
  )
  useEffect(() => {
    const element = ref.current
    if (near || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true)
      },
      { rootMargin },
    )
    observer.observe(element)
    const beforePrint = () => setNear(true)
    if (whenPrinting) {
      window.addEventListener('beforeprint', beforePrint)
      window.addEventListener(PREPARE_PRINT, beforePrint)
      // Rendered before a print was prepared but subscribing after its request went out (a chart
      // in a chunk that arrived meanwhile): the request is read here rather than missed.
      if (document.documentElement.hasAttribute(PREPARED_FOR_PRINT)) setNear(true)
    }
    return () => {
      observer.disconnect()
      window.removeEventListener('beforeprint', beforePrint)
      window.removeEventListener(PREPARE_PRINT, beforePrint)
    }
  }, [near, rootMargin, whenPrinting])
  return [ref, near]
}

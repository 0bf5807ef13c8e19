import { type RefObject, useEffect, useRef, useState } from 'react'

/** Asks every `whenPrinting` element to mount now, ahead of a print (see preparePrint). */
const PREPARE_PRINT = 'app:prepare-print'
let printPrepared = false

/**
 * Mounts everything that waits for the viewport and resolves once no placeholder is left (or
 * after `timeoutMs`), with a moment for the charts to draw: then a print shows the whole page.
 * The browser's own print command gets what `beforeprint` can mount in time.
 */
export async function preparePrint(timeoutMs = 10_000): Promise<void> {
  // Elements that mount after this (in chunks still loading) start mounted.
  printPrepared = true
  window.dispatchEvent(new Event(PREPARE_PRINT))
  const waiting = () => document.querySelector('.chart-placeholder, .skeleton, .panel-loading')
  const until = Date.now() + timeoutMs
  while (waiting() && Date.now() < until) await new Promise((r) => setTimeout(r, 100))
  await new Promise((r) => setTimeout(r, 400))
}

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
    () => typeof IntersectionObserver === 'undefined' || (whenPrinting && printPrepared),
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
    }
    return () => {
      observer.disconnect()
      window.removeEventListener('beforeprint', beforePrint)
      window.removeEventListener(PREPARE_PRINT, beforePrint)
    }
  }, [near, rootMargin, whenPrinting])
  return [ref, near]
}

import { type RefObject, useEffect, useRef, useState } from 'react'

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
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined')
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
    if (whenPrinting) window.addEventListener('beforeprint', beforePrint)
    return () => {
      observer.disconnect()
      window.removeEventListener('beforeprint', beforePrint)
    }
  }, [near, rootMargin, whenPrinting])
  return [ref, near]
}

import { type ReactNode, useEffect, useRef, useState } from 'react'

/**
 * Renders `children` once the placeholder comes within `margin` of the viewport, so code that is
 * costly to load and run (the charts) waits until the reader is about to see it. Without
 * IntersectionObserver it renders at once.
 */
export function WhenVisible({
  placeholder,
  children,
  margin = '600px',
}: {
  placeholder: ReactNode
  children: ReactNode
  margin?: string
}) {
  const anchor = useRef<HTMLDivElement>(null)
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    if (visible || !anchor.current) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setVisible(true)
      },
      { rootMargin: margin },
    )
    observer.observe(anchor.current)
    const beforePrint = () => setVisible(true)
    window.addEventListener('beforeprint', beforePrint)
    return () => {
      observer.disconnect()
      window.removeEventListener('beforeprint', beforePrint)
    }
  }, [visible, margin])
  return visible ? children : <div ref={anchor}>{placeholder}</div>
}

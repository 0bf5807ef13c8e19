import { type ReactNode, useEffect, useRef, useState } from 'react'

/**
 * Holds a fixed-height box and mounts its children once the box comes near the viewport, so
 * charts further down cost nothing until the reader scrolls towards them. Without
 * IntersectionObserver (old browsers, jsdom) the children mount straight away.
 */
export function LazyMount({
  height,
  rootMargin = '300px 0px',
  className,
  children,
}: {
  height: number
  rootMargin?: string
  className?: string
  children: ReactNode
}) {
  const box = useRef<HTMLDivElement>(null)
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined')

  useEffect(() => {
    const element = box.current
    if (near || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true)
          observer.disconnect()
        }
      },
      { rootMargin },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [near, rootMargin])

  return (
    <div ref={box} className={className} style={{ height }}>
      {near ? children : <div className="chart-placeholder" aria-hidden="true" />}
    </div>
  )
}

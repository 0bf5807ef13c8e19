import type { ReactNode } from 'react'
import { useNearViewport } from '@/components/use-near-viewport'

/**
 * Holds a fixed-height box and mounts its children once the box comes near the viewport, so
 * charts further down cost nothing until the reader scrolls towards them (or prints).
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
  const [box, near] = useNearViewport<HTMLDivElement>(rootMargin, { whenPrinting: true })
  return (
    <div ref={box} className={className} style={{ height }}>
      {near ? children : <div className="chart-placeholder" aria-hidden="true" />}
    </div>
  )
}

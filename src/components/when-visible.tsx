import type { ReactNode } from 'react'
import { useNearViewport } from './use-near-viewport'

/**
 * Renders `children` once the placeholder comes within `margin` of the viewport, so code that is
 * costly to load and run (the charts) waits until the reader is about to see it. Printing renders
 * them too.
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
  const [anchor, visible] = useNearViewport<HTMLDivElement>(margin, { whenPrinting: true })
  return visible ? children : <div ref={anchor}>{placeholder}</div>
}

import { useEffect, useRef, useState } from 'react'

export interface BoxSize {
  width: number
  height: number
}

/**
 * The layout size of an element, kept up to date. ResizeObserver reports CSS pixels before
 * transforms, so inside the scaled stage this is in the slide's 1920×1080 design units. Without
 * ResizeObserver (jsdom) the fallback size is used.
 */
export function useBoxSize<T extends HTMLElement>(fallback: BoxSize) {
  const ref = useRef<T>(null)
  const [size, setSize] = useState<BoxSize>(() =>
    typeof ResizeObserver === 'undefined' ? fallback : { width: 0, height: 0 },
  )
  useEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return
      const width = Math.floor(entry.contentRect.width)
      const height = Math.floor(entry.contentRect.height)
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, size] as const
}

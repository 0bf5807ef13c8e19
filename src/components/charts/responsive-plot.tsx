import { useLingui } from '@lingui/react'
import {
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { PlotWidth } from './static-plots'

/**
 * A plot's box and its width in whole px, kept up to date as the box resizes. Before it has been
 * measured (and in jsdom, which measures nothing) the width is the one the context gives.
 */
export function usePlotWidth() {
  const ref = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(useContext(PlotWidth))
  useEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => {
      // Whole pixels, as the box was measured before mounting: the same width draws nothing new.
      const measured = Math.round(entry?.contentRect.width ?? 0)
      if (measured > 0) setWidth(measured)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, width] as const
}

/**
 * A box that fills its parent's width at a fixed height and tells the chart its width, so the
 * chart can shorten labels and thin ticks on narrow screens. (Not recharts' ResponsiveContainer:
 * its mount measured and laid out the box again in every chart's first task.)
 */
export function ResponsivePlot({
  height,
  children,
}: {
  height: number
  children: (width: number) => ReactNode
}) {
  const [box, width] = usePlotWidth()
  return (
    <div ref={box} style={{ height }}>
      {children(width)}
    </div>
  )
}

/**
 * A chart input (data, margins, domain, ticks), the same object for as long as its content is
 * the same. recharts remounts every bar whenever the bars' geometry changes identity, which would
 * drop the keyboard focus of a bar the reader has just pressed (and the click of one they are
 * pressing, as pressing focuses it).
 */
export function useStable<T>(value: T): T {
  const key = JSON.stringify(value)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the content, as `key`, is the dependency
  return useMemo(() => value, [key])
}

/**
 * The axis's tick formatter as a function that keeps its identity while the chart's width class
 * and language stay the same (see `useStable`); it always formats with the latest `format`.
 */
export function useTickFormatter(
  format: (value: number, narrow: boolean) => string,
  narrow: boolean,
): (value: number) => string {
  const { i18n } = useLingui()
  const latest = useRef(format)
  latest.current = format
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new language must redraw the ticks
  return useCallback((value: number) => latest.current(value, narrow), [narrow, i18n.locale])
}

import { useLingui } from '@lingui/react'
import { type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react'
import { ResponsiveContainer } from 'recharts'
import { PlotWidth } from './static-plots'

/**
 * A recharts container that fills its parent's width at a fixed height and tells the chart its
 * width, so the chart can shorten labels and thin ticks on narrow screens.
 */
export function ResponsivePlot({
  height,
  children,
}: {
  height: number
  children: (width: number) => ReactNode
}) {
  // First-render width: also what jsdom, which measures nothing, keeps.
  const initialWidth = useContext(PlotWidth)
  const [width, setWidth] = useState(initialWidth)
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ width: initialWidth, height }}
      onResize={(w) => {
        // Whole pixels, as the box was measured before mounting: the same width draws nothing new.
        if (w > 0) setWidth(Math.round(w))
      }}
    >
      {children(width)}
    </ResponsiveContainer>
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

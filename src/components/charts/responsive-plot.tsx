import { type ReactNode, useState } from 'react'
import { ResponsiveContainer } from 'recharts'

/** First-render width: also what jsdom, which measures nothing, keeps. */
const INITIAL_WIDTH = 640

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
  const [width, setWidth] = useState(INITIAL_WIDTH)
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ width: INITIAL_WIDTH, height }}
      onResize={(w) => {
        if (w > 0) setWidth(w)
      }}
    >
      {children(width)}
    </ResponsiveContainer>
  )
}

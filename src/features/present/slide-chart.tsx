import { createContext, useContext, useId } from 'react'
import { ChartLegend } from '@/components/charts/chart-legend'
import { PlotChart } from '@/families/plot-chart'
import type { SlideChart } from './deck-model'
import { useBoxSize } from './use-box-size'

/**
 * The chart building blocks draw 12–13 px type for the overview. On a slide they are drawn at half
 * the room they have and doubled, so ticks are 24 px and labels 26 px at 1920×1080, and strokes
 * and marks double too; the stage's own scale then fits it all to the screen.
 */
export const CHART_SCALE = 2

/**
 * The scale the slide is shown at. Charts measure their labels on screen, so under a net scale
 * below 1 (the presenter's thumbnails) they would leave too little room and clip them; there the
 * chart is drawn smaller and enlarged more, keeping its net scale at 1 or more.
 */
const StageScaleContext = createContext(1)
export const StageScale = StageScaleContext.Provider

/** Height a chart needs at most, in chart units: bars look wrong stretched over a tall box. */
function naturalHeight(chart: SlideChart): number {
  if (chart.kind === 'bullet') return 60 + chart.rows.length * 96
  return 40 + chart.categories.length * chart.series.length * 52
}

const fallbackSize = { width: 1744, height: 420 }

export function SlideChartView({ chart }: { chart: SlideChart }) {
  const titleId = useId()
  const summaryId = useId()
  const [box, size] = useBoxSize<HTMLDivElement>(fallbackSize)
  const stageScale = useContext(StageScaleContext)
  const scale = Math.max(CHART_SCALE, 1 / stageScale)
  const width = Math.floor(size.width / scale)
  const height = Math.min(Math.floor(size.height / scale), naturalHeight(chart))
  return (
    <figure className="slide-chart" aria-labelledby={titleId} aria-describedby={summaryId}>
      <figcaption className="slide-chart-caption">
        <p className="slide-chart-title" id={titleId}>
          {chart.title}
        </p>
        <ChartLegend items={chart.legend} />
        <p className="visually-hidden" id={summaryId}>
          {chart.summary}
        </p>
      </figcaption>
      <div ref={box} className="slide-chart-plot">
        {width > 0 && height > 0 && (
          <div
            className="slide-chart-scaled"
            style={{ width, height, transform: `scale(${scale})` }}
          >
            <PlotChart plot={chart} label={chart.title} height={height} />
          </div>
        )}
      </div>
    </figure>
  )
}

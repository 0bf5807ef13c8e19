import { Suspense, useContext, useId } from 'react'
import { ChartLegend } from '@/components/charts/chart-legend'
import { LivePlotChart } from '@/families/live-plot'
import type { SlideChart } from './deck-model'
import { useBoxSize } from './use-box-size'
import { StageScaleContext } from './use-stage-scale'

/**
 * The chart building blocks draw 12–13 px type for the overview. On a slide they are drawn at half
 * the room they have and doubled, so ticks are 24 px and labels 26 px at 1920×1080, and strokes
 * and marks double too; the stage's own scale then fits it all to the screen.
 */
export const CHART_SCALE = 2

/*
 * The chart code (recharts and the chart building blocks, LivePlotChart) loads when a slide first
 * draws a chart, not with the deck: the title slide opens without it, and the slides around the
 * one on screen draw theirs once it is painted, so the code is in before the next key press.
 */

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
            <Suspense>
              <LivePlotChart plot={chart} label={chart.title} height={height} />
            </Suspense>
          </div>
        )}
      </div>
    </figure>
  )
}

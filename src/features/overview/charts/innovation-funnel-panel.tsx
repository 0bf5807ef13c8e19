import { ChartFigure } from '../../../components/charts/chart-figure'
import { ChartLegend } from '../../../components/charts/chart-legend'
import { ChartTable } from '../../../components/charts/chart-table'
import { TargetBarChart } from '../../../components/charts/target-bar-chart'
import { innovationFunnel } from '../../../domain/chart-data'
import { formatPercent } from '../../../lib/format'
import { panelLayout } from './panel-layout'
import {
  capitalise,
  countTick,
  type PanelProps,
  phrase,
  tableRow,
  targeted,
  targetLegend,
} from './present'

const series = [{ key: 'count', label: 'Reached', colour: 'var(--chart-1)' }]

export function InnovationFunnelPanel({ kpis }: PanelProps) {
  const { title, plotHeight } = panelLayout('funnel')
  const funnel = innovationFunnel(kpis.rows)
  const { participants, submissions, goldenIdeas } = funnel
  const summary = `${capitalise(phrase(participants))} people joined; ${phrase(submissions)} innovations were submitted and ${phrase(goldenIdeas)} became golden ideas.`
  return (
    <ChartFigure
      title={title}
      summary={summary}
      plotHeight={plotHeight}
      legend={
        <ChartLegend
          items={[
            { key: 'count', kind: 'bar', label: 'Reached', colour: 'var(--chart-1)' },
            ...targetLegend(funnel.stages),
          ]}
        />
      }
      notes={
        <p>
          Log scale: each gridline is ten times the one before, so the smallest stage stays visible
          next to the largest.
        </p>
      }
      table={
        <ChartTable
          caption={`${title}: each stage against its target`}
          rows={funnel.stages.map((stage) =>
            tableRow(
              stage,
              stage.name,
              stage.shareOfPrevious === undefined
                ? undefined
                : `${formatPercent(stage.shareOfPrevious, 'en', 1)} of the stage before`,
            ),
          )}
        />
      }
    >
      <TargetBarChart
        label={`${title}, bar chart on a log scale`}
        scale="log"
        height={plotHeight}
        series={series}
        formatTick={countTick}
        categories={funnel.stages.map((stage) => ({
          key: stage.id,
          label: stage.name,
          shortLabel: stage.name,
          values: { count: targeted(stage) },
        }))}
      />
    </ChartFigure>
  )
}

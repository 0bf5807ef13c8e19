import { ChartFigure } from '../../../components/charts/chart-figure'
import { ChartLegend } from '../../../components/charts/chart-legend'
import { ChartTable } from '../../../components/charts/chart-table'
import type { TargetedValue } from '../../../components/charts/chart-types'
import { TargetBarChart } from '../../../components/charts/target-bar-chart'
import { type CoverageShare, measuredOn, rolloutCoverage } from '../../../domain/chart-data'
import { formatDate, formatInteger, formatPercent } from '../../../lib/format'
import { panelLayout } from './panel-layout'
import { type PanelProps, phrase, shareTick, tableRow, targetLegend, valueText } from './present'

const series = [{ key: 'share', label: 'Coverage', colour: 'var(--chart-1)' }]

function ofWhole(coverage: CoverageShare): string {
  return `${valueText(coverage.point)} of ${formatInteger(coverage.whole, 'en')}`
}

function shareValue(coverage: CoverageShare): TargetedValue {
  const { point, targetShare } = coverage
  return {
    label: point.label,
    value: coverage.share,
    valueText: ofWhole(coverage),
    target: targetShare,
    targetText:
      point.target === undefined
        ? undefined
        : `${formatInteger(point.target, 'en')} of ${formatInteger(coverage.whole, 'en')}`,
    targetProvenance: point.targetProvenance,
    status: point.status,
  }
}

export function CoveragePanel({ kpis }: PanelProps) {
  const { title, plotHeight } = panelLayout('coverage')
  const coverage = rolloutCoverage(kpis.rows, kpis.dataset)
  const { newspapers, unitsInspected, unitsReinspected, teams, groups } = coverage
  const shares = [
    {
      key: 'newspapers',
      label: 'Provinces with same-day papers',
      shortLabel: 'Provinces',
      coverage: newspapers,
    },
    { key: 'units', label: 'Units inspected', shortLabel: 'Units', coverage: unitsInspected },
    {
      key: 'reinspected',
      label: 'Units inspected twice',
      shortLabel: 'Re-inspected',
      coverage: unitsReinspected,
    },
  ]
  const all = unitsInspected.share >= 1 ? 'all ' : ''
  const summary = `Same-day newspapers reached ${ofWhole(newspapers)} provinces (${formatPercent(newspapers.share, 'en')}) by ${formatDate(measuredOn(newspapers.point), 'en')}; the inspection tour covered ${all}${valueText(unitsInspected.point)} units, ${valueText(unitsReinspected.point)} of them twice, with ${phrase(teams)} teams in ${phrase(groups)} groups.`
  return (
    <ChartFigure
      title={title}
      summary={summary}
      plotHeight={plotHeight}
      legend={
        <ChartLegend
          items={[
            { key: 'share', kind: 'bar', label: 'Share covered', colour: 'var(--chart-1)' },
            ...targetLegend(shares.map((s) => s.coverage.point)),
          ]}
        />
      }
      notes={
        <p>
          The inspection tour also sent {phrase(teams)} inspection teams in {phrase(groups)} groups;
          the source sets no target for either.
        </p>
      }
      table={
        <ChartTable
          caption={`${title}: each figure against its target`}
          rows={[
            tableRow(
              newspapers.point,
              newspapers.point.label,
              `${ofWhole(newspapers)} provinces by ${formatDate(measuredOn(newspapers.point), 'en')}`,
            ),
            tableRow(unitsInspected.point),
            tableRow(
              unitsReinspected.point,
              unitsReinspected.point.label,
              `${ofWhole(unitsReinspected)} units`,
            ),
            tableRow(teams),
            tableRow(groups),
          ]}
        />
      }
    >
      <TargetBarChart
        label={`${title}, bar chart of shares covered`}
        height={plotHeight}
        series={series}
        formatTick={shareTick}
        categories={shares.map((s) => ({
          key: s.key,
          label: s.label,
          shortLabel: s.shortLabel,
          values: { share: shareValue(s.coverage) },
        }))}
      />
    </ChartFigure>
  )
}

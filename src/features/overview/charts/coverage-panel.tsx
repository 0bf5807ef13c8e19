import { i18n } from '@lingui/core'
import { useLingui } from '@lingui/react'
import type { TargetedValue } from '@/components/charts/chart-types'
import { TargetBarChart } from '@/components/charts/target-bar-chart'
import { type CoverageShare, measuredOn, rolloutCoverage } from '@/domain/chart-data'
import { useLocale } from '@/i18n/locale'
import { formatDate, formatInteger, type Locale } from '@/lib/format'
import { ChartPanel, usePanelLayout } from './chart-panel'
import { type PanelProps, phrase, shareTick, tableRow, targetLegend, valueText } from './present'

/** "18 of 31"; 18/31. */
function ofWhole(coverage: CoverageShare, locale: Locale): string {
  return i18n._('chart.coverage.ofWhole', {
    value: valueText(coverage.point, locale),
    whole: formatInteger(coverage.whole, locale),
  })
}

function shareValue(coverage: CoverageShare, locale: Locale): TargetedValue {
  const { point, targetShare } = coverage
  return {
    label: point.label,
    event: point.event,
    value: coverage.share,
    valueText: ofWhole(coverage, locale),
    target: targetShare,
    targetText:
      point.target === undefined
        ? undefined
        : i18n._('chart.coverage.ofWhole', {
            value: formatInteger(point.target, locale),
            whole: formatInteger(coverage.whole, locale),
          }),
    targetProvenance: point.targetProvenance,
    status: point.status,
  }
}

export function CoveragePanel({ kpis, filter }: PanelProps) {
  const { _ } = useLingui()
  const locale = useLocale()
  const { title, plotHeight } = usePanelLayout('coverage')
  const coverage = rolloutCoverage(kpis.rows, kpis.dataset, locale)
  const { newspapers, unitsInspected, unitsReinspected, teams, groups } = coverage
  const shares = [
    {
      key: 'newspapers',
      label: _('chart.coverage.provinces'),
      shortLabel: _('chart.coverage.provincesShort'),
      coverage: newspapers,
    },
    {
      key: 'units',
      label: _('chart.coverage.units'),
      shortLabel: _('chart.coverage.unitsShort'),
      coverage: unitsInspected,
    },
    {
      key: 'reinspected',
      label: _('chart.coverage.reinspected'),
      shortLabel: _('chart.coverage.reinspectedShort'),
      coverage: unitsReinspected,
    },
  ]
  const measured = formatDate(measuredOn(newspapers.point), locale)
  const summary = _('chart.coverage.summary', {
    provinces: valueText(newspapers.point, locale),
    whole: formatInteger(newspapers.whole, locale),
    date: measured,
    units: valueText(unitsInspected.point, locale),
    reinspected: valueText(unitsReinspected.point, locale),
  })
  return (
    <ChartPanel
      title={title}
      summary={summary}
      plotHeight={plotHeight}
      legend={[
        {
          key: 'share',
          kind: 'bar',
          label: _('chart.coverage.shareCovered'),
          colour: 'var(--chart-1)',
        },
        ...targetLegend(
          shares.map((s) => s.coverage.point),
          locale,
        ),
      ]}
      notes={
        <p>
          {_('chart.coverage.note', {
            teams: phrase(teams, locale),
            groups: phrase(groups, locale),
          })}
        </p>
      }
      caption={_('chart.caption.eachFigure', { title })}
      rows={[
        tableRow(
          newspapers.point,
          locale,
          newspapers.point.label,
          _('chart.coverage.provincesBy', {
            value: valueText(newspapers.point, locale),
            whole: formatInteger(newspapers.whole, locale),
            date: measured,
          }),
        ),
        tableRow(unitsInspected.point, locale),
        tableRow(
          unitsReinspected.point,
          locale,
          unitsReinspected.point.label,
          _('chart.coverage.unitsOf', {
            value: valueText(unitsReinspected.point, locale),
            whole: formatInteger(unitsReinspected.whole, locale),
          }),
        ),
        tableRow(teams, locale),
        tableRow(groups, locale),
      ]}
    >
      <TargetBarChart
        label={_('chart.coverage.plotLabel', { title })}
        height={plotHeight}
        series={[{ key: 'share', label: _('chart.coverage.series'), colour: 'var(--chart-1)' }]}
        formatTick={shareTick(locale)}
        filter={filter}
        categories={shares.map((s) => ({
          key: s.key,
          label: s.label,
          shortLabel: s.shortLabel,
          values: { share: shareValue(s.coverage, locale) },
        }))}
      />
    </ChartPanel>
  )
}

import { useLingui } from '@lingui/react'
import { BulletChart, type BulletRow } from '@/components/charts/bullet-chart'
import { carnivalAndStake } from '@/domain/chart-data'
import { useLocale } from '@/i18n/locale'
import { formatPercent, formatPeriod } from '@/lib/format'
import { ChartPanel, usePanelLayout } from './chart-panel'
import {
  countTick,
  type PanelProps,
  percentTick,
  phrase,
  tableRow,
  targeted,
  targetLegend,
  targetText,
} from './present'

const SUBTITLE = 28

export function CarnivalStakePanel({ kpis, filter }: PanelProps) {
  const { _ } = useLingui()
  const locale = useLocale()
  const { title, plotHeight } = usePanelLayout('carnival')
  const { members, duration, stake } = carnivalAndStake(kpis.rows, locale)
  const chartHeight = (plotHeight - 2 * SUBTITLE) / 2
  const share = members.referenceShare
  const versus =
    share === undefined || members.target === undefined
      ? ''
      : _('chart.carnival.versus', {
          percent: formatPercent(share, locale),
          target: targetText(members, locale) ?? '',
        })
  const membersRow: BulletRow = {
    ...targeted(members, locale),
    key: members.id,
    rowLabel: _('chart.carnival.members'),
    shortLabel: _('chart.carnival.members'),
  }
  const stakeRow: BulletRow = {
    ...targeted(stake, locale),
    key: stake.id,
    rowLabel: _('chart.carnival.stake'),
    shortLabel: _('chart.carnival.stake'),
  }
  const summary = _('chart.carnival.summary', {
    members: phrase(members, locale),
    duration: phrase(duration, locale),
    versus,
    stake: phrase(stake, locale),
  })
  const period = formatPeriod(members.period, locale)
  return (
    <ChartPanel
      title={title}
      summary={summary}
      plotHeight={plotHeight}
      legend={[
        {
          key: 'members',
          kind: 'bar',
          label: _('chart.carnival.members'),
          colour: 'var(--chart-2)',
        },
        {
          key: 'stake',
          kind: 'bar',
          label: _('chart.carnival.stake'),
          colour: 'var(--chart-4)',
        },
        { key: 'band', kind: 'band', label: _('chart.legend.band') },
        ...targetLegend([members, stake], locale),
      ]}
      caption={_('chart.caption.eachFigure', { title })}
      rows={[
        tableRow(members, locale, members.label, period),
        tableRow(duration, locale),
        tableRow(stake, locale),
      ]}
    >
      <p className="chart-subtitle">{_('chart.carnival.membersSubtitle', { period })}</p>
      <BulletChart
        label={_('chart.carnival.membersPlot', { title })}
        height={chartHeight}
        colour="var(--chart-2)"
        formatTick={countTick(locale)}
        filter={filter}
        rows={[membersRow]}
        alignWith={[stakeRow]}
      />
      <p className="chart-subtitle">{_('chart.carnival.stakeSubtitle')}</p>
      <BulletChart
        label={_('chart.carnival.stakePlot', { title })}
        height={chartHeight}
        colour="var(--chart-4)"
        formatTick={percentTick(locale)}
        filter={filter}
        extraTicks={stake.target === undefined ? [] : [stake.target]}
        rows={[stakeRow]}
        alignWith={[membersRow]}
      />
    </ChartPanel>
  )
}

import { BulletChart, type BulletRow } from '../../../components/charts/bullet-chart'
import { ChartFigure } from '../../../components/charts/chart-figure'
import { ChartLegend } from '../../../components/charts/chart-legend'
import { ChartTable } from '../../../components/charts/chart-table'
import { carnivalAndStake } from '../../../domain/chart-data'
import { formatPercent, formatPeriod } from '../../../lib/format'
import { panelLayout } from './panel-layout'
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

export function CarnivalStakePanel({ kpis }: PanelProps) {
  const { title, plotHeight } = panelLayout('carnival')
  const { members, duration, stake } = carnivalAndStake(kpis.rows)
  const chartHeight = (plotHeight - 2 * SUBTITLE) / 2
  const versus =
    members.attainment === undefined || members.target === undefined
      ? ''
      : `, ${formatPercent(members.attainment, 'en')} of the ${members.targetProvenance === 'illustrative' ? 'illustrative ' : ''}target of ${targetText(members)}`
  const control = stake.status === 'met' ? 'above' : 'short of'
  const membersRow: BulletRow = {
    ...targeted(members),
    key: members.id,
    rowLabel: 'Members',
    shortLabel: 'Members',
  }
  const stakeRow: BulletRow = {
    ...targeted(stake),
    key: stake.id,
    rowLabel: 'Stake',
    shortLabel: 'Stake',
  }
  const summary = `The 919 Shopping Carnival drew ${phrase(members)} members in ${phrase(duration)}${versus}; China Post bought ${phrase(stake)} of sposter.net, ${control} the ${targetText(stake)} needed for control.`
  return (
    <ChartFigure
      title={title}
      summary={summary}
      plotHeight={plotHeight}
      legend={
        <ChartLegend
          items={[
            { key: 'members', kind: 'bar', label: 'Members', colour: 'var(--chart-2)' },
            { key: 'stake', kind: 'bar', label: 'Stake', colour: 'var(--chart-4)' },
            { key: 'band', kind: 'band', label: 'Up to the target' },
            ...targetLegend([members, stake], (provenance) =>
              provenance === 'derived'
                ? 'Control threshold (derived target)'
                : `Target (${provenance})`,
            ),
          ]}
        />
      }
      table={
        <ChartTable
          caption={`${title}: each figure against its target`}
          rows={[
            tableRow(members, members.label, formatPeriod(members.period, 'en')),
            tableRow(duration),
            tableRow(stake),
          ]}
        />
      }
    >
      <p className="chart-subtitle">Carnival members, {formatPeriod(members.period, 'en')}</p>
      <BulletChart
        label={`${title}: carnival members against the target, bullet chart`}
        height={chartHeight}
        colour="var(--chart-2)"
        formatTick={countTick}
        rows={[
          { ...targeted(members), key: members.id, rowLabel: 'Members', shortLabel: 'Members' },
        ]}
      />
      <p className="chart-subtitle">Stake in sposter.net</p>
      <BulletChart
        label={`${title}: stake against the control threshold, bullet chart`}
        height={chartHeight}
        colour="var(--chart-4)"
        formatTick={percentTick}
        extraTicks={stake.target === undefined ? [] : [stake.target]}
        rows={[stakeRow]}
        alignWith={[membersRow]}
      />
    </ChartFigure>
  )
}

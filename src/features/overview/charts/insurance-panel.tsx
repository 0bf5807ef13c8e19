import { BulletChart, type BulletRow } from '../../../components/charts/bullet-chart'
import { ChartFigure } from '../../../components/charts/chart-figure'
import { ChartLegend } from '../../../components/charts/chart-legend'
import { ChartTable } from '../../../components/charts/chart-table'
import { insuranceGoal } from '../../../domain/chart-data'
import { formatDate, formatInteger } from '../../../lib/format'
import { panelLayout } from './panel-layout'
import {
  capitalise,
  conversionNote,
  countTick,
  type PanelProps,
  phrase,
  tableRow,
  targeted,
  targetLegend,
} from './present'

const PREMIUMS_HEIGHT = 170

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

export function InsurancePanel({ kpis, money, rate }: PanelProps) {
  const { title, plotHeight } = panelLayout('insurance')
  const goal = insuranceGoal(kpis.rows, money)
  const [first] = goal.premiums
  const note = conversionNote(goal.premiums, rate)
  const daysEarly = `${formatInteger(goal.daysEarly, 'en')} days early`
  const reached = goal.premiums.every((p) => first && phrase(p) === phrase(first))
    ? `${joinNames(goal.premiums.map((p) => p.name.toLowerCase()))} each reached ${first ? phrase(first) : ''}`
    : joinNames(goal.premiums.map((p) => `${p.name.toLowerCase()} reached ${phrase(p)}`))
  const summary = `${capitalise(reached)} by ${formatDate(goal.reachedOn, 'en')}, meeting the goal in ${formatInteger(goal.daysToGoal.value, 'en')} days, ${formatInteger(goal.daysEarly, 'en')} days before the deadline of ${formatDate(goal.deadline, 'en')}.`
  const unit = first?.unit ?? ''
  const premiumRows: BulletRow[] = goal.premiums.map((p) => ({
    ...targeted(p),
    key: p.id,
    rowLabel: p.name,
    shortLabel: p.shortName,
    openEnded: p.qualifier === 'more-than',
  }))
  const daysRow: BulletRow = {
    ...targeted(goal.daysToGoal),
    key: goal.daysToGoal.id,
    rowLabel: 'Days taken',
    shortLabel: 'Days',
    annotation:
      goal.daysToGoal.target === undefined
        ? undefined
        : { from: goal.daysToGoal.value, to: goal.daysToGoal.target, text: daysEarly },
  }
  return (
    <ChartFigure
      title={title}
      summary={summary}
      plotHeight={plotHeight}
      legend={
        <ChartLegend
          items={[
            { key: 'value', kind: 'bar', label: 'Reached', colour: 'var(--chart-3)' },
            { key: 'band', kind: 'band', label: 'Up to the goal or deadline' },
            ...targetLegend([...goal.premiums, goal.daysToGoal], (provenance) =>
              provenance === 'stated' ? 'Goal (stated)' : `Deadline (${provenance})`,
            ),
          ]}
        />
      }
      notes={
        <>
          <p>The arrow marks “more than”: the source gives each line as more than its figure.</p>
          {note && <p className="chart-conversion">{note}</p>}
        </>
      }
      table={
        <ChartTable
          caption={`${title}: premiums against the goals, and the days taken against the year`}
          rows={[
            ...goal.premiums.map((p) =>
              tableRow(p, p.name, `By ${formatDate(goal.reachedOn, 'en')}`),
            ),
            tableRow(goal.daysToGoal, 'Days taken to reach the goal', daysEarly),
          ]}
        />
      }
    >
      <p className="chart-subtitle">Premiums ({unit}) against the goals</p>
      <BulletChart
        label={`${title}: premiums against the goals, bullet chart`}
        height={PREMIUMS_HEIGHT}
        colour="var(--chart-3)"
        formatTick={countTick}
        rows={premiumRows}
        alignWith={[daysRow]}
      />
      <p className="chart-subtitle">Days of the year taken to reach the goal</p>
      <BulletChart
        label={`${title}: days taken against the year, bullet chart`}
        height={plotHeight - PREMIUMS_HEIGHT - 56}
        colour="var(--chart-3)"
        formatTick={countTick}
        extraTicks={goal.daysToGoal.target === undefined ? [] : [goal.daysToGoal.target]}
        rows={[daysRow]}
        alignWith={premiumRows}
      />
    </ChartFigure>
  )
}

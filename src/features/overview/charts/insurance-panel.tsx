import { useLingui } from '@lingui/react'
import { BulletChart, type BulletRow } from '@/components/charts/bullet-chart'
import { insuranceGoal, type NamedPoint } from '@/domain/chart-data'
import { useLocale } from '@/i18n/locale'
import { formatDate, formatInteger } from '@/lib/format'
import { ChartPanel, usePanelLayout } from './chart-panel'
import {
  capitalise,
  conversionNote,
  countTick,
  currencyMessage,
  inSentence,
  joinList,
  type PanelProps,
  phrase,
  provenanceWord,
  tableRow,
  targeted,
  targetLegend,
} from './present'

const PREMIUMS_HEIGHT = 170

/** Catalog ids of the two premium lines, full and short. */
const premiumMessage: Record<string, { name: string; short: string }> = {
  new: { name: 'chart.insurance.new', short: 'chart.insurance.newShort' },
  renewal: { name: 'chart.insurance.renewal', short: 'chart.insurance.renewalShort' },
}

export function InsurancePanel({ kpis, money, rate, filter }: PanelProps) {
  const { _ } = useLingui()
  const locale = useLocale()
  const { title, plotHeight } = usePanelLayout('insurance')
  const goal = insuranceGoal(kpis.rows, money, locale)
  const name = (p: NamedPoint) => {
    const ids = premiumMessage[p.key]
    return ids ? _(ids.name) : p.name
  }
  const shortName = (p: NamedPoint) => {
    const ids = premiumMessage[p.key]
    return ids ? _(ids.short) : p.shortName
  }
  const [first] = goal.premiums
  const note = conversionNote(goal.premiums, rate, locale)
  const daysEarly = _('chart.insurance.daysEarly', {
    count: goal.daysEarly,
    days: formatInteger(goal.daysEarly, locale),
  })
  const reached = goal.premiums.every((p) => first && phrase(p, locale) === phrase(first, locale))
    ? _('chart.insurance.eachReached', {
        names: joinList(
          goal.premiums.map((p) => inSentence(name(p), locale)),
          locale,
        ),
        value: first ? phrase(first, locale) : '',
      })
    : joinList(
        goal.premiums.map((p) =>
          _('chart.insurance.lineReached', {
            name: inSentence(name(p), locale),
            value: phrase(p, locale),
          }),
        ),
        locale,
      )
  const summary = capitalise(
    _('chart.insurance.summary', {
      reached,
      date: formatDate(goal.reachedOn, locale),
      days: formatInteger(goal.daysToGoal.value, locale),
      early: formatInteger(goal.daysEarly, locale),
      deadline: formatDate(goal.deadline, locale),
    }),
  )
  const unitId = first ? currencyMessage[first.unit] : undefined
  const unit = unitId ? _(unitId) : (first?.unit ?? '')
  const premiumRows: BulletRow[] = goal.premiums.map((p) => ({
    ...targeted(p, locale),
    key: p.id,
    rowLabel: name(p),
    shortLabel: shortName(p),
    openEnded: p.qualifier === 'more-than',
  }))
  const daysRow: BulletRow = {
    ...targeted(goal.daysToGoal, locale),
    key: goal.daysToGoal.id,
    rowLabel: _('chart.insurance.daysTaken'),
    shortLabel: _('chart.insurance.days'),
    annotation:
      goal.daysToGoal.target === undefined
        ? undefined
        : { from: goal.daysToGoal.value, to: goal.daysToGoal.target, text: daysEarly },
  }
  return (
    <ChartPanel
      title={title}
      summary={summary}
      plotHeight={plotHeight}
      legend={[
        {
          key: 'value',
          kind: 'bar',
          label: _('chart.insurance.reached'),
          colour: 'var(--chart-3)',
        },
        { key: 'band', kind: 'band', label: _('chart.insurance.band') },
        ...targetLegend([...goal.premiums, goal.daysToGoal], locale, (provenance) =>
          provenance === 'stated'
            ? _('chart.insurance.goalLegend', { kind: provenanceWord(provenance, locale) })
            : _('chart.insurance.deadlineLegend', {
                kind: provenanceWord(provenance, locale),
              }),
        ),
      ]}
      notes={
        <>
          <p>{_('chart.insurance.arrowNote')}</p>
          {note && <p className="chart-conversion">{note}</p>}
        </>
      }
      caption={_('chart.insurance.caption', { title })}
      rows={[
        ...goal.premiums.map((p) =>
          tableRow(
            p,
            locale,
            name(p),
            _('chart.insurance.by', { date: formatDate(goal.reachedOn, locale) }),
          ),
        ),
        tableRow(goal.daysToGoal, locale, _('chart.insurance.daysTakenRow'), daysEarly),
      ]}
    >
      <p className="chart-subtitle">{_('chart.insurance.premiumsSubtitle', { unit })}</p>
      <BulletChart
        label={_('chart.insurance.premiumsPlot', { title })}
        height={PREMIUMS_HEIGHT}
        colour="var(--chart-3)"
        formatTick={countTick(locale)}
        filter={filter}
        rows={premiumRows}
        alignWith={[daysRow]}
      />
      <p className="chart-subtitle">{_('chart.insurance.daysSubtitle')}</p>
      <BulletChart
        label={_('chart.insurance.daysPlot', { title })}
        height={plotHeight - PREMIUMS_HEIGHT - 56}
        colour="var(--chart-3)"
        formatTick={countTick(locale)}
        filter={filter}
        extraTicks={goal.daysToGoal.target === undefined ? [] : [goal.daysToGoal.target]}
        rows={[daysRow]}
        alignWith={premiumRows}
      />
    </ChartPanel>
  )
}

/**
 * Family 4, insurance's "Double 10 billion": the days it took against the year's deadline. The
 * premiums are not drawn: the release gives no amounts, only that both lines reached the goal.
 */
import { insuranceGoal, type NamedPoint } from '@/domain/chart-data'
import type { TargetProvenance } from '@/domain/schema'
import {
  bulletRow,
  conversionOf,
  type FamilyInput,
  phraseOf,
  tableRow,
  targetLegend,
} from './points'
import type { Arg, BulletRowSpec, FamilySpec, LegendSpec, Words } from './spec'

/** Catalog ids of the two premium lines' names. */
const premiumMessage: Record<string, string> = {
  new: 'chart.insurance.new',
  renewal: 'chart.insurance.renewal',
}

function premiumName(p: NamedPoint): Arg {
  const id = premiumMessage[p.key]
  return id ? { words: { id } } : p.name
}

/** "Deadline (derived)" */
function deadlineName(provenance: TargetProvenance): Words {
  return { id: 'chart.insurance.deadlineLegend', values: { kind: { provenance } } }
}

/** The legend, on the panel and the slide in their own words: days taken, the year, the deadline. */
function legend(
  days: Parameters<typeof targetLegend>[0],
  reached: Words,
  band: Words,
): LegendSpec[] {
  return [
    { key: 'value', kind: 'bar', label: reached, colour: 'var(--chart-3)' },
    { key: 'band', kind: 'band', label: band },
    ...targetLegend(days, deadlineName),
  ]
}

export function insuranceFamily({ kpis, money, rate }: FamilyInput): FamilySpec {
  const goal = insuranceGoal(kpis.rows, money)
  const { premiums, daysToGoal } = goal
  const title: Words = { id: 'chart.insurance.title' }
  const [first] = premiums
  const daysEarly: Words = {
    id: 'chart.insurance.daysEarly',
    values: { count: goal.daysEarly, days: { integer: goal.daysEarly } },
  }
  const lowerName = (p: NamedPoint): Arg => {
    const id = premiumMessage[p.key]
    return id ? { words: { id }, inSentence: true } : p.name
  }
  const sameValue = premiums.every(
    (p) =>
      first && p.value === first.value && p.unit === first.unit && p.qualifier === first.qualifier,
  )
  const reached: Arg = sameValue
    ? {
        words: {
          id: 'chart.insurance.eachReached',
          values: { names: { list: premiums.map(lowerName) }, value: first ? phraseOf(first) : '' },
        },
      }
    : {
        list: premiums.map((p) => ({
          words: {
            id: 'chart.insurance.lineReached',
            values: { name: lowerName(p), value: phraseOf(p) },
          },
        })),
      }
  const unit: Arg = first ? { currency: first.unit } : ''
  const daysRow: BulletRowSpec = bulletRow(
    daysToGoal,
    { words: { id: 'chart.insurance.daysTaken' } },
    { words: { id: 'chart.insurance.days' } },
    {
      annotation:
        daysToGoal.target === undefined
          ? undefined
          : { from: daysToGoal.value, to: daysToGoal.target, text: daysEarly },
    },
  )
  const reachedOn = { date: goal.reachedOn }
  const early = { count: goal.daysEarly, days: { integer: goal.daysEarly } }
  return {
    key: 'insurance',
    events: [daysToGoal.event],
    figures: [],
    panel: {
      title,
      summary: {
        id: 'chart.insurance.summary',
        values: {
          reached,
          date: reachedOn,
          days: { integer: daysToGoal.value },
          early: { integer: goal.daysEarly },
          deadline: { date: goal.deadline },
        },
        capitalise: true,
      },
      legend: legend(
        [daysToGoal],
        { id: 'chart.insurance.reached' },
        { id: 'chart.insurance.band' },
      ),
      notes: [{ id: 'chart.insurance.noAmounts' }],
      conversion: conversionOf(premiums, rate),
      table: {
        caption: { id: 'chart.insurance.caption', values: { title: { words: title } } },
        rows: [
          ...premiums.map((p) =>
            tableRow(p, premiumName(p), {
              words: { id: 'chart.insurance.by', values: { date: reachedOn } },
            }),
          ),
          tableRow(
            daysToGoal,
            { words: { id: 'chart.insurance.daysTakenRow' } },
            { words: daysEarly },
          ),
        ],
      },
      plots: [
        {
          kind: 'bullet',
          label: { id: 'chart.insurance.daysPlot', values: { title: { words: title } } },
          tick: 'count',
          colour: 'var(--chart-3)',
          extraTicks: daysToGoal.target === undefined ? [] : [daysToGoal.target],
          rows: [daysRow],
        },
      ],
    },
    slides: [
      {
        key: 'insurance',
        event: daysToGoal.event,
        title: {
          id: 'present.chart.insurance.title',
          values: { unit, date: reachedOn, ...early },
        },
        lead: { id: 'present.chart.insurance.lead', values: { date: reachedOn, ...early } },
        legend: legend(
          [daysToGoal],
          { id: 'present.chart.insurance.reached' },
          { id: 'present.chart.insurance.band' },
        ),
        plot: {
          kind: 'bullet',
          label: {
            id: 'present.chart.insurance.title',
            values: { unit, date: reachedOn, ...early },
          },
          tick: 'count',
          colour: 'var(--chart-3)',
          extraTicks: daysToGoal.target === undefined ? [] : [daysToGoal.target],
          rows: [daysRow],
        },
      },
    ],
  }
}

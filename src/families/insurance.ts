/** Family 4, insurance's "Double 10 billion": new and renewal premiums against the goal, and the days it took. */
import { insuranceGoal, type NamedPoint } from '@/domain/chart-data'
import { panelLayout } from './layout'
import {
  bulletRow,
  conversionOf,
  type FamilyInput,
  nameOf,
  phraseOf,
  tableRow,
  targetLegend,
} from './points'
import type { Arg, BulletRowSpec, FamilySpec, Words } from './spec'

const PREMIUMS_HEIGHT = 170
/** The two subtitles and the gap between the plots. */
const STACK_CHROME = 56

/** Catalog ids of the two premium lines: full, short, and on a slide. */
const premiumMessage: Record<string, { name: string; short: string; slide: string }> = {
  new: {
    name: 'chart.insurance.new',
    short: 'chart.insurance.newShort',
    slide: 'present.chart.insurance.new',
  },
  renewal: {
    name: 'chart.insurance.renewal',
    short: 'chart.insurance.renewalShort',
    slide: 'present.chart.insurance.renewal',
  },
}

function premiumName(p: NamedPoint, which: 'name' | 'short' | 'slide'): Arg {
  const id = premiumMessage[p.key]?.[which]
  return id ? { words: { id } } : which === 'short' ? p.shortName : p.name
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
    const id = premiumMessage[p.key]?.name
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
  const premiumRows = premiums.map((p) =>
    bulletRow(p, premiumName(p, 'name'), premiumName(p, 'short'), {
      openEnded: p.qualifier === 'more-than',
    }),
  )
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
      legend: [
        {
          key: 'value',
          kind: 'bar',
          label: { id: 'chart.insurance.reached' },
          colour: 'var(--chart-3)',
        },
        { key: 'band', kind: 'band', label: { id: 'chart.insurance.band' } },
        ...targetLegend([...premiums, daysToGoal], (provenance) =>
          provenance === 'stated'
            ? { id: 'chart.insurance.goalLegend', values: { kind: { provenance } } }
            : { id: 'chart.insurance.deadlineLegend', values: { kind: { provenance } } },
        ),
      ],
      notes: [{ id: 'chart.insurance.arrowNote' }],
      conversion: conversionOf(premiums, rate),
      table: {
        caption: { id: 'chart.insurance.caption', values: { title: { words: title } } },
        rows: [
          ...premiums.map((p) =>
            tableRow(p, premiumName(p, 'name'), {
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
          subtitle: { id: 'chart.insurance.premiumsSubtitle', values: { unit } },
          label: { id: 'chart.insurance.premiumsPlot', values: { title: { words: title } } },
          height: PREMIUMS_HEIGHT,
          tick: 'count',
          colour: 'var(--chart-3)',
          extraTicks: [],
          rows: premiumRows,
        },
        {
          kind: 'bullet',
          subtitle: { id: 'chart.insurance.daysSubtitle' },
          label: { id: 'chart.insurance.daysPlot', values: { title: { words: title } } },
          height: panelLayout('insurance').plotHeight - PREMIUMS_HEIGHT - STACK_CHROME,
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
        legend: [
          {
            key: 'value',
            kind: 'bar',
            label: { id: 'present.chart.insurance.reached' },
            colour: 'var(--chart-3)',
          },
          { key: 'band', kind: 'band', label: { id: 'present.chart.insurance.band' } },
          ...targetLegend(
            premiums,
            (provenance) => ({
              id: 'present.chart.insurance.goal',
              values: { kind: { provenance } },
            }),
            false,
          ),
        ],
        plot: {
          kind: 'bullet',
          label: {
            id: 'present.chart.insurance.title',
            values: { unit, date: reachedOn, ...early },
          },
          tick: 'count',
          colour: 'var(--chart-3)',
          extraTicks: [],
          rows: premiums.map((p) =>
            bulletRow(p, premiumName(p, 'slide'), undefined, {
              label: nameOf(p),
              openEnded: p.qualifier === 'more-than',
            }),
          ),
        },
      },
    ],
  }
}

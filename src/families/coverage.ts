/**
 * Family 5, rollout coverage: the provinces with same-day newspapers and the units the inspection
 * tour covered. Both goals are stated in words only, so each figure is drawn as a count, never as
 * a share of a total the release does not give (31 provinces is context; "all" is not 136 of 136).
 */
import { measuredOn, rolloutCoverage } from '@/domain/chart-data'
import { panelLayout } from './layout'
import { bulletRow, type FamilyInput, labelOf, phraseOf, tableRow, verdictOf } from './points'
import type { Arg, FamilySpec, Words } from './spec'

const PROVINCES_HEIGHT = 80
/** The two subtitles and the gap between the plots. */
const STACK_CHROME = 56

export function coverageFamily({ kpis }: FamilyInput): FamilySpec {
  const coverage = rolloutCoverage(kpis.rows, kpis.dataset)
  const { newspapers, provincesContext, unitsInspected, unitsReinspected, teams, groups } = coverage
  const title: Words = { id: 'chart.coverage.title' }
  const words = (id: string): Arg => ({ words: { id } })
  const measured = { date: measuredOn(newspapers) }
  const crews = { teams: phraseOf(teams), groups: phraseOf(groups) }
  const whole = { integer: provincesContext ?? 0 }
  const reinspected = unitsReinspected.point
  const ofUnits = (id: string): Arg => ({
    words: {
      id,
      values: { value: labelOf(reinspected), whole: { integer: unitsReinspected.whole } },
    },
  })
  // One sentence per goal: the goal's own label may hold a colon, so a list of them reads badly.
  const verdicts: Words[] = [newspapers, unitsInspected].flatMap((p) => {
    const verdict = verdictOf(p)
    const goal = p.targetDetail?.goal
    return verdict && goal
      ? [{ id: 'chart.coverage.goalVerdict', values: { goal: { text: goal }, verdict } }]
      : []
  })
  const unitRows = [
    bulletRow(unitsInspected, words('chart.coverage.units'), words('chart.coverage.unitsShort')),
    bulletRow(
      reinspected,
      words('chart.coverage.reinspected'),
      words('chart.coverage.reinspectedShort'),
      {
        valueText: ofUnits('chart.coverage.ofWhole'),
      },
    ),
  ]
  const countLegend = (id: string) => ({
    key: 'count',
    kind: 'bar' as const,
    label: { id },
    colour: 'var(--chart-1)',
  })
  return {
    key: 'coverage',
    events: [...new Set([newspapers.event, unitsInspected.event])],
    figures: [],
    panel: {
      title,
      summary: {
        id: 'chart.coverage.summary',
        values: {
          provinces: labelOf(newspapers),
          whole,
          date: measured,
          units: labelOf(unitsInspected),
          reinspected: labelOf(reinspected),
        },
      },
      legend: [countLegend('chart.coverage.counted')],
      notes: [
        ...(verdicts.length > 0 ? [{ id: 'chart.coverage.verdicts' }, ...verdicts] : []),
        { id: 'chart.coverage.note', values: crews },
      ],
      table: {
        caption: { id: 'chart.caption.eachFigure', values: { title: { words: title } } },
        rows: [
          tableRow(newspapers, undefined, {
            words: {
              id: 'chart.coverage.provincesBy',
              values: { value: labelOf(newspapers), whole, date: measured },
            },
          }),
          tableRow(unitsInspected),
          tableRow(reinspected, undefined, ofUnits('chart.coverage.unitsOf')),
          tableRow(teams),
          tableRow(groups),
        ],
      },
      plots: [
        {
          kind: 'bullet',
          subtitle: { id: 'chart.coverage.provincesSubtitle', values: { date: measured } },
          label: { id: 'chart.coverage.provincesPlot', values: { title: { words: title } } },
          height: PROVINCES_HEIGHT,
          tick: 'count',
          colour: 'var(--chart-1)',
          extraTicks: [],
          rows: [
            bulletRow(
              newspapers,
              words('chart.coverage.provinces'),
              words('chart.coverage.provincesShort'),
            ),
          ],
        },
        {
          kind: 'bullet',
          subtitle: { id: 'chart.coverage.unitsSubtitle' },
          label: { id: 'chart.coverage.unitsPlot', values: { title: { words: title } } },
          height: panelLayout('coverage').plotHeight - PROVINCES_HEIGHT - STACK_CHROME,
          tick: 'count',
          colour: 'var(--chart-1)',
          extraTicks: [],
          rows: unitRows,
        },
      ],
    },
    slides: [
      {
        key: 'inspection',
        event: unitsInspected.event,
        title: { id: 'present.chart.inspection.title' },
        legend: [countLegend('present.chart.inspection.units')],
        plot: {
          kind: 'bullet',
          label: { id: 'present.chart.inspection.title' },
          tick: 'count',
          colour: 'var(--chart-1)',
          extraTicks: [],
          rows: [
            bulletRow(unitsInspected, words('present.chart.inspection.units')),
            bulletRow(reinspected, words('present.chart.inspection.twice'), undefined, {
              valueText: ofUnits('present.chart.ofWhole'),
            }),
          ],
        },
      },
      {
        key: 'newspapers',
        event: newspapers.event,
        title: { id: 'present.chart.newspapers.title', values: { date: measured } },
        legend: [countLegend('present.chart.newspapers.reached')],
        plot: {
          kind: 'bullet',
          label: { id: 'present.chart.newspapers.title', values: { date: measured } },
          tick: 'count',
          colour: 'var(--chart-1)',
          extraTicks: [],
          rows: [bulletRow(newspapers, words('present.chart.newspapers.row'))],
        },
      },
    ],
  }
}

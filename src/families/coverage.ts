/** Family 5, rollout coverage: provinces with the newspapers, units inspected and inspected twice, as shares of their wholes. */
import { measuredOn, rolloutCoverage } from '@/domain/chart-data'
import {
  bulletRow,
  type FamilyInput,
  labelOf,
  phraseOf,
  shareOf,
  slideTargetName,
  tableRow,
  targetLegend,
} from './points'
import type { Arg, FamilySpec, Words } from './spec'

export function coverageFamily({ kpis }: FamilyInput): FamilySpec {
  const coverage = rolloutCoverage(kpis.rows, kpis.dataset)
  const { newspapers, unitsInspected, unitsReinspected, teams, groups } = coverage
  const title: Words = { id: 'chart.coverage.title' }
  const words = (id: string): Arg => ({ words: { id } })
  const shares = [
    {
      key: 'newspapers',
      label: 'chart.coverage.provinces',
      short: 'chart.coverage.provincesShort',
      coverage: newspapers,
    },
    {
      key: 'units',
      label: 'chart.coverage.units',
      short: 'chart.coverage.unitsShort',
      coverage: unitsInspected,
    },
    {
      key: 'reinspected',
      label: 'chart.coverage.reinspected',
      short: 'chart.coverage.reinspectedShort',
      coverage: unitsReinspected,
    },
  ]
  const measured = { date: measuredOn(newspapers.point) }
  const crews = { teams: phraseOf(teams), groups: phraseOf(groups) }
  const inspected = [
    { key: 'units', label: words('present.chart.inspection.units'), coverage: unitsInspected },
    { key: 'twice', label: words('present.chart.inspection.twice'), coverage: unitsReinspected },
  ]
  const p = newspapers.point
  const whole = { integer: newspapers.whole }
  return {
    key: 'coverage',
    events: [...new Set(shares.map((s) => s.coverage.point.event))],
    figures: [],
    panel: {
      title,
      summary: {
        id: 'chart.coverage.summary',
        values: {
          provinces: labelOf(newspapers.point),
          whole: { integer: newspapers.whole },
          date: measured,
          units: labelOf(unitsInspected.point),
          reinspected: labelOf(unitsReinspected.point),
        },
      },
      legend: [
        {
          key: 'share',
          kind: 'bar',
          label: { id: 'chart.coverage.shareCovered' },
          colour: 'var(--chart-1)',
        },
        ...targetLegend(shares.map((s) => s.coverage.point)),
      ],
      notes: [{ id: 'chart.coverage.note', values: crews }],
      table: {
        caption: { id: 'chart.caption.eachFigure', values: { title: { words: title } } },
        rows: [
          tableRow(newspapers.point, undefined, {
            words: {
              id: 'chart.coverage.provincesBy',
              values: { value: labelOf(newspapers.point), whole, date: measured },
            },
          }),
          tableRow(unitsInspected.point),
          tableRow(unitsReinspected.point, undefined, {
            words: {
              id: 'chart.coverage.unitsOf',
              values: {
                value: labelOf(unitsReinspected.point),
                whole: { integer: unitsReinspected.whole },
              },
            },
          }),
          tableRow(teams),
          tableRow(groups),
        ],
      },
      plots: [
        {
          kind: 'share-of-whole',
          label: { id: 'chart.coverage.plotLabel', values: { title: { words: title } } },
          tick: 'share',
          series: [
            { key: 'share', label: { id: 'chart.coverage.series' }, colour: 'var(--chart-1)' },
          ],
          categories: shares.map((s) => ({
            key: s.key,
            label: words(s.label),
            shortLabel: words(s.short),
            values: { share: shareOf(s.coverage, 'chart.coverage.ofWhole') },
          })),
        },
      ],
    },
    slides: [
      {
        key: 'inspection',
        event: unitsInspected.point.event,
        title: { id: 'present.chart.inspection.title' },
        legend: [
          {
            key: 'share',
            kind: 'bar',
            label: { id: 'present.chart.inspection.covered' },
            colour: 'var(--chart-1)',
          },
          ...targetLegend(
            inspected.map((s) => s.coverage.point),
            slideTargetName,
            false,
          ),
        ],
        plot: {
          kind: 'share-of-whole',
          label: { id: 'present.chart.inspection.title' },
          tick: 'share',
          series: [
            {
              key: 'share',
              label: { id: 'present.chart.inspection.series' },
              colour: 'var(--chart-1)',
            },
          ],
          categories: inspected.map((s) => ({
            key: s.key,
            label: s.label,
            shortLabel: s.label,
            values: { share: shareOf(s.coverage, 'present.chart.ofWhole', s.label) },
          })),
        },
      },
      {
        key: 'newspapers',
        event: p.event,
        title: { id: 'present.chart.newspapers.title', values: { whole } },
        legend: [
          {
            key: 'value',
            kind: 'bar',
            label: { id: 'present.chart.newspapers.reached' },
            colour: 'var(--chart-1)',
          },
          { key: 'band', kind: 'band', label: { id: 'present.chart.legend.band' } },
          ...targetLegend([p], slideTargetName, false),
        ],
        plot: {
          kind: 'bullet',
          label: { id: 'present.chart.newspapers.title', values: { whole } },
          tick: 'count',
          colour: 'var(--chart-1)',
          extraTicks: p.target === undefined ? [] : [p.target],
          rows: [
            bulletRow(p, words('present.chart.newspapers.row'), undefined, {
              valueText: {
                words: { id: 'present.chart.ofWhole', values: { value: labelOf(p), whole } },
              },
              openEnded: p.qualifier === 'more-than',
            }),
          ],
        },
      },
    ],
  }
}

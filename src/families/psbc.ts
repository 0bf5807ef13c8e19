/** Family 3, the PSBC preferred-share issue: the amount raised against its target, with the records it claims. */
import { preferredShareIssue } from '@/domain/chart-data'
import {
  bandLegend,
  bulletRow,
  conversionOf,
  type FamilyInput,
  phraseOf,
  slideTargetName,
  tableRow,
  targetLegend,
} from './points'
import type { FamilySpec, Words } from './spec'

export function psbcFamily({ kpis, money, rate }: FamilyInput): FamilySpec {
  const { issue, issuedOn, claims } = preferredShareIssue(kpis.rows, money)
  const title: Words = { id: 'chart.psbc.title' }
  const facts = { value: phraseOf(issue), date: { date: issuedOn } }
  const unit = { currency: issue.unit }
  const openEnded = issue.qualifier === 'more-than'
  return {
    key: 'psbc',
    events: [issue.event],
    figures: [],
    panel: {
      title,
      summary:
        claims.length === 0
          ? { id: 'chart.psbc.summary', values: facts }
          : {
              id: 'chart.psbc.summaryClaims',
              values: { ...facts, count: claims.length, records: { integer: claims.length } },
            },
      legend: [
        { key: 'value', kind: 'bar', label: { id: 'chart.psbc.issued' }, colour: 'var(--chart-1)' },
        ...bandLegend([issue]),
        ...targetLegend([issue]),
      ],
      notes: [],
      claims:
        claims.length > 0
          ? { title: { id: 'chart.psbc.claims' }, items: claims.map((c) => c.text) }
          : undefined,
      conversion: conversionOf([issue], rate),
      table: {
        caption: { id: 'chart.psbc.caption', values: { title: { words: title } } },
        rows: [tableRow(issue, { words: { id: 'chart.psbc.rowLabel' } }, { date: issuedOn })],
      },
      plots: [
        {
          kind: 'bullet',
          label: { id: 'chart.psbc.plotLabel', values: { title: { words: title } } },
          tick: 'count',
          colour: 'var(--chart-1)',
          extraTicks: [],
          rows: [
            bulletRow(issue, { words: { id: 'chart.psbc.issuedIn', values: { unit } } }, unit, {
              openEnded,
            }),
          ],
        },
      ],
    },
    slides: [
      {
        key: 'psbc',
        event: issue.event,
        title: { id: 'present.chart.psbc.title' },
        legend: [
          {
            key: 'value',
            kind: 'bar',
            label: { id: 'present.chart.psbc.issued' },
            colour: 'var(--chart-1)',
          },
          ...bandLegend([issue], true),
          ...targetLegend([issue], slideTargetName),
        ],
        plot: {
          kind: 'bullet',
          label: { id: 'present.chart.psbc.title' },
          tick: 'count',
          colour: 'var(--chart-1)',
          extraTicks: [],
          rows: [
            bulletRow(
              issue,
              { words: { id: 'present.chart.psbc.row', values: { unit } } },
              undefined,
              { openEnded },
            ),
          ],
        },
      },
    ],
  }
}

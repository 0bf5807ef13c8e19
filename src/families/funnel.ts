/** Family 1, the innovation funnel: participants → submissions → golden ideas, on a log scale. */
import { type FunnelStage, type FunnelStageKey, innovationFunnel } from '@/domain/chart-data'
import {
  againstTarget,
  type FamilyInput,
  nameOf,
  phraseOf,
  slideTargetName,
  tableRow,
  targetLegend,
} from './points'
import type { FamilySpec, Words } from './spec'

const stageMessage: Record<FunnelStageKey, string> = {
  participants: 'chart.funnel.participants',
  submissions: 'chart.funnel.submissions',
  'golden-ideas': 'chart.funnel.goldenIdeas',
}

const slideStageMessage: Record<FunnelStageKey, string> = {
  participants: 'present.chart.funnel.participants',
  submissions: 'present.chart.funnel.submissions',
  'golden-ideas': 'present.chart.funnel.goldenIdeas',
}

export function funnelFamily({ kpis }: FamilyInput): FamilySpec {
  const funnel = innovationFunnel(kpis.rows)
  const { participants, submissions, goldenIdeas, stages } = funnel
  const title: Words = { id: 'chart.funnel.title' }
  const name = (stage: FunnelStage) => ({ words: { id: stageMessage[stage.key] } })
  const slideName = (stage: FunnelStage) => ({ words: { id: slideStageMessage[stage.key] } })
  return {
    key: 'funnel',
    events: [participants.event],
    figures: [],
    panel: {
      title,
      summary: {
        id: 'chart.funnel.summary',
        values: {
          participants: phraseOf(participants),
          submissions: phraseOf(submissions),
          golden: phraseOf(goldenIdeas),
        },
        capitalise: true,
      },
      legend: [
        {
          key: 'count',
          kind: 'bar',
          label: { id: 'chart.funnel.reached' },
          colour: 'var(--chart-1)',
        },
        ...targetLegend(stages),
      ],
      notes: [{ id: 'chart.funnel.logNote' }],
      table: {
        caption: { id: 'chart.funnel.caption', values: { title: { words: title } } },
        rows: stages.map((stage) =>
          tableRow(
            stage,
            name(stage),
            stage.shareOfPrevious === undefined
              ? undefined
              : {
                  words: {
                    id: 'chart.funnel.shareOfPrevious',
                    values: { percent: { percent: stage.shareOfPrevious, digits: 1 } },
                  },
                },
          ),
        ),
      },
      plots: [
        {
          kind: 'log-funnel',
          label: { id: 'chart.funnel.plotLabel', values: { title: { words: title } } },
          tick: 'count',
          series: [
            { key: 'count', label: { id: 'chart.funnel.reached' }, colour: 'var(--chart-1)' },
          ],
          categories: stages.map((stage) => ({
            key: stage.id,
            label: name(stage),
            shortLabel: name(stage),
            values: { count: againstTarget(stage, nameOf(stage)) },
          })),
        },
      ],
    },
    slides: [
      {
        key: 'funnel',
        event: participants.event,
        title: { id: 'present.chart.funnel.title' },
        lead: { id: 'present.chart.funnel.logScale' },
        legend: [
          {
            key: 'count',
            kind: 'bar',
            label: { id: 'present.chart.funnel.series' },
            colour: 'var(--chart-1)',
          },
          ...targetLegend(stages, slideTargetName),
        ],
        plot: {
          kind: 'log-funnel',
          label: { id: 'present.chart.funnel.title' },
          tick: 'count',
          series: [
            {
              key: 'count',
              label: { id: 'present.chart.funnel.series' },
              colour: 'var(--chart-1)',
            },
          ],
          categories: stages.map((stage) => ({
            key: stage.id,
            label: slideName(stage),
            shortLabel: slideName(stage),
            values: { count: againstTarget(stage, slideName(stage)) },
          })),
        },
      },
    ],
  }
}

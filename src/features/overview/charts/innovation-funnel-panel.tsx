import { useLingui } from '@lingui/react'
import { TargetBarChart } from '@/components/charts/target-bar-chart'
import { type FunnelStageKey, innovationFunnel } from '@/domain/chart-data'
import { useLocale } from '@/i18n/locale'
import { formatPercent } from '@/lib/format'
import { ChartPanel, usePanelLayout } from './chart-panel'
import {
  capitalise,
  countTick,
  type PanelProps,
  phrase,
  tableRow,
  targeted,
  targetLegend,
} from './present'

/** Catalog ids of the funnel's stages. */
const stageMessage: Record<FunnelStageKey, string> = {
  participants: 'chart.funnel.participants',
  submissions: 'chart.funnel.submissions',
  'golden-ideas': 'chart.funnel.goldenIdeas',
}

export function InnovationFunnelPanel({ kpis, filter }: PanelProps) {
  const { _ } = useLingui()
  const locale = useLocale()
  const { title, plotHeight } = usePanelLayout('funnel')
  const funnel = innovationFunnel(kpis.rows, locale)
  const { participants, submissions, goldenIdeas } = funnel
  const reached = _('chart.funnel.reached')
  const summary = capitalise(
    _('chart.funnel.summary', {
      participants: phrase(participants, locale),
      submissions: phrase(submissions, locale),
      golden: phrase(goldenIdeas, locale),
    }),
  )
  return (
    <ChartPanel
      title={title}
      summary={summary}
      plotHeight={plotHeight}
      legend={[
        { key: 'count', kind: 'bar', label: reached, colour: 'var(--chart-1)' },
        ...targetLegend(funnel.stages, locale),
      ]}
      notes={<p>{_('chart.funnel.logNote')}</p>}
      caption={_('chart.funnel.caption', { title })}
      rows={funnel.stages.map((stage) =>
        tableRow(
          stage,
          locale,
          _(stageMessage[stage.key]),
          stage.shareOfPrevious === undefined
            ? undefined
            : _('chart.funnel.shareOfPrevious', {
                percent: formatPercent(stage.shareOfPrevious, locale, 1),
              }),
        ),
      )}
    >
      <TargetBarChart
        label={_('chart.funnel.plotLabel', { title })}
        scale="log"
        height={plotHeight}
        series={[{ key: 'count', label: reached, colour: 'var(--chart-1)' }]}
        formatTick={countTick(locale)}
        filter={filter}
        categories={funnel.stages.map((stage) => ({
          key: stage.id,
          label: _(stageMessage[stage.key]),
          shortLabel: _(stageMessage[stage.key]),
          values: { count: targeted(stage, locale) },
        }))}
      />
    </ChartPanel>
  )
}

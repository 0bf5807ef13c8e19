import { useLingui } from '@lingui/react'
import { TargetBarChart } from '@/components/charts/target-bar-chart'
import {
  type AwardScheme,
  type AwardSchemeKey,
  type AwardTier,
  awardsByTier,
  type ChartPoint,
} from '@/domain/chart-data'
import { useLocale } from '@/i18n/locale'
import { formatInteger, formatPercent } from '@/lib/format'
import { ChartPanel, usePanelLayout } from './chart-panel'
import {
  countTick,
  inSentence,
  joinList,
  type PanelProps,
  tableRow,
  targeted,
  targetLegend,
} from './present'

const colours = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)']

/** Catalog ids of the award schemes and prize tiers (full, and short for narrow charts). */
const schemeMessage: Record<AwardSchemeKey, string> = {
  'science-tech': 'chart.awards.scheme.science-tech',
  management: 'chart.awards.scheme.management',
}
const tierMessage: Record<AwardTier['key'], string> = {
  first: 'chart.awards.tier.first',
  second: 'chart.awards.tier.second',
  third: 'chart.awards.tier.third',
  gadgets: 'chart.awards.tier.gadgets',
}
const tierShortMessage: Record<AwardTier['key'], string> = {
  first: 'chart.awards.tierShort.first',
  second: 'chart.awards.tierShort.second',
  third: 'chart.awards.tierShort.third',
  gadgets: 'chart.awards.tierShort.gadgets',
}

function schemePoints(scheme: AwardScheme): ChartPoint[] {
  return Object.values(scheme.byTier).filter((p) => p !== undefined)
}

export function AwardsPanel({ kpis, filter }: PanelProps) {
  const { _ } = useLingui()
  const locale = useLocale()
  const { title, plotHeight } = usePanelLayout('awards')
  const awards = awardsByTier(kpis.rows, locale)
  const points = awards.schemes.flatMap(schemePoints)
  const schemeName = (scheme: AwardScheme) => _(schemeMessage[scheme.key])
  const prize = (scheme: AwardScheme, tier: AwardTier) =>
    _('chart.awards.prize', {
      scheme: schemeName(scheme),
      tier: inSentence(_(tierMessage[tier.key]), locale),
    })
  const series = awards.schemes.map((scheme, i) => ({
    key: scheme.key,
    label: schemeName(scheme),
    colour: colours[i % colours.length] ?? 'var(--chart-1)',
  }))
  const allIllustrative = points.every((p) => p.targetProvenance === 'illustrative')
  // The release lists the science scheme's 30 gadgets beside its prizes, not as prizes.
  const gadgetsOf = (scheme: AwardScheme) => scheme.byTier.gadgets?.value ?? 0
  const summary = _('chart.awards.summary', {
    schemes: joinList(
      awards.schemes.map((s) =>
        _('chart.awards.schemeClause', {
          scheme: inSentence(schemeName(s), locale),
          total: formatInteger(s.total - gadgetsOf(s), locale),
          gadgets: gadgetsOf(s),
        }),
      ),
      locale,
    ),
    illustrative: allIllustrative ? 'yes' : 'no',
  })

  return (
    <ChartPanel
      title={title}
      summary={summary}
      plotHeight={plotHeight}
      legend={[
        ...awards.schemes.map((scheme, i) => ({
          key: scheme.key,
          kind: 'bar' as const,
          label: _('chart.awards.legendTotal', {
            scheme: schemeName(scheme),
            total: formatInteger(scheme.total, locale),
          }),
          colour: series[i]?.colour ?? 'var(--chart-1)',
        })),
        ...targetLegend(points, locale),
      ]}
      caption={_('chart.awards.caption', { title })}
      rows={awards.schemes.flatMap((scheme) =>
        awards.tiers.flatMap((tier) => {
          const p = scheme.byTier[tier.key]
          return p ? [tableRow(p, locale, prize(scheme, tier))] : []
        }),
      )}
      totals={awards.schemes.map((scheme) => ({
        key: `${scheme.key}-total`,
        label: _('chart.awards.total', { scheme: schemeName(scheme) }),
        value: formatInteger(scheme.total, locale),
        target:
          scheme.targetTotal === undefined ? undefined : formatInteger(scheme.targetTotal, locale),
        attainment:
          scheme.totalAttainment === undefined
            ? undefined
            : allIllustrative
              ? _('kpi.ofReference', { percent: formatPercent(scheme.totalAttainment, locale) })
              : formatPercent(scheme.totalAttainment, locale),
      }))}
    >
      <TargetBarChart
        label={_('chart.awards.plotLabel', { title })}
        height={plotHeight}
        series={series}
        formatTick={countTick(locale)}
        filter={filter}
        categories={awards.tiers.map((tier) => ({
          key: tier.key,
          label: _(tierMessage[tier.key]),
          shortLabel: _(tierShortMessage[tier.key]),
          values: Object.fromEntries(
            awards.schemes.flatMap((scheme) => {
              const p = scheme.byTier[tier.key]
              return p ? [[scheme.key, targeted(p, locale, prize(scheme, tier))]] : []
            }),
          ),
        }))}
      />
    </ChartPanel>
  )
}

import { ChartFigure } from '../../../components/charts/chart-figure'
import { ChartLegend } from '../../../components/charts/chart-legend'
import { ChartTable } from '../../../components/charts/chart-table'
import { TargetBarChart } from '../../../components/charts/target-bar-chart'
import { type AwardScheme, awardsByTier, type ChartPoint } from '../../../domain/chart-data'
import { formatInteger, formatPercent } from '../../../lib/format'
import { panelLayout } from './panel-layout'
import { countTick, type PanelProps, tableRow, targeted, targetLegend } from './present'

const colours = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)']

function schemePoints(scheme: AwardScheme): ChartPoint[] {
  return Object.values(scheme.byTier).filter((p) => p !== undefined)
}

export function AwardsPanel({ kpis }: PanelProps) {
  const { title, plotHeight } = panelLayout('awards')
  const awards = awardsByTier(kpis.rows)
  const points = awards.schemes.flatMap(schemePoints)
  const series = awards.schemes.map((scheme, i) => ({
    key: scheme.key,
    label: scheme.name,
    colour: colours[i % colours.length] ?? 'var(--chart-1)',
  }))
  const met = points.filter((p) => p.status === 'met').length
  const allIllustrative = points.every((p) => p.targetProvenance === 'illustrative')
  const schemeClauses = awards.schemes.map(
    (s) => `${s.name.toLowerCase()} ${formatInteger(s.total, 'en')} in ${s.tierCount} tiers`,
  )
  const summary = `Prizes awarded: ${schemeClauses.join(' and ')}; ${met} of ${points.length} tiers reach their ${allIllustrative ? 'illustrative ' : ''}target.`

  return (
    <ChartFigure
      title={title}
      summary={summary}
      plotHeight={plotHeight}
      legend={
        <ChartLegend
          items={[
            ...awards.schemes.map((scheme, i) => ({
              key: scheme.key,
              kind: 'bar' as const,
              label: `${scheme.name}: ${formatInteger(scheme.total, 'en')} in total`,
              colour: series[i]?.colour ?? 'var(--chart-1)',
            })),
            ...targetLegend(points),
          ]}
        />
      }
      table={
        <ChartTable
          caption={`${title}: each tier against its target, with each scheme's total`}
          rows={awards.schemes.flatMap((scheme) =>
            awards.tiers.flatMap((tier) => {
              const p = scheme.byTier[tier.key]
              return p ? [tableRow(p, `${scheme.name}: ${tier.name.toLowerCase()}`)] : []
            }),
          )}
          totals={awards.schemes.map((scheme) => ({
            key: `${scheme.key}-total`,
            label: `${scheme.name}: total`,
            value: formatInteger(scheme.total, 'en'),
            target:
              scheme.targetTotal === undefined
                ? undefined
                : formatInteger(scheme.targetTotal, 'en'),
            attainment:
              scheme.totalAttainment === undefined
                ? undefined
                : formatPercent(scheme.totalAttainment, 'en'),
          }))}
        />
      }
    >
      <TargetBarChart
        label={`${title}, grouped bar chart`}
        height={plotHeight}
        series={series}
        formatTick={countTick}
        categories={awards.tiers.map((tier) => ({
          key: tier.key,
          label: tier.name,
          shortLabel: tier.shortName,
          values: Object.fromEntries(
            awards.schemes.flatMap((scheme) => {
              const p = scheme.byTier[tier.key]
              return p
                ? [[scheme.key, targeted(p, `${scheme.name}: ${tier.name.toLowerCase()}`)]]
                : []
            }),
          ),
        }))}
      />
    </ChartFigure>
  )
}

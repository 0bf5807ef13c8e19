import { useMemo } from 'react'
import { BulletChart } from '@/components/charts/bullet-chart'
import type { MarkFilter } from '@/components/charts/chart-types'
import { TargetBarChart } from '@/components/charts/target-bar-chart'
import { useLocale } from '@/i18n/locale'
import { type PlotView, ticks } from './render'

/** A family's plot drawn by its kind: bullets or target bars, with the family's axis ticks. */
export function PlotChart({
  plot,
  label,
  height,
  filter,
  alignWith,
}: {
  plot: PlotView
  label: string
  height: number
  filter?: MarkFilter
  /** Other bullet plots of the same panel, whose row labels the axis leaves room for. */
  alignWith?: readonly PlotView[]
}) {
  const locale = useLocale()
  const tick = ticks[plot.tick]
  // One function per tick kind and language, so the axis keeps it between renders.
  const formatTick = useMemo(() => (value: number) => tick(value, locale), [tick, locale])
  if (plot.kind === 'bullet') {
    return (
      <BulletChart
        label={label}
        height={height}
        colour={plot.colour}
        formatTick={formatTick}
        filter={filter}
        extraTicks={plot.extraTicks}
        rows={plot.rows}
        alignWith={alignWith?.flatMap((other) => (other.kind === 'bullet' ? other.rows : []))}
      />
    )
  }
  return (
    <TargetBarChart
      label={label}
      scale={plot.scale}
      height={height}
      series={plot.series}
      formatTick={formatTick}
      filter={filter}
      categories={plot.categories}
    />
  )
}

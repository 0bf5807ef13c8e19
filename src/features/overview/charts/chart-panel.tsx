import { useLingui } from '@lingui/react'
import type { ComponentProps } from 'react'
import { ChartFigure } from '@/components/charts/chart-figure'
import { ChartLegend, type LegendItem } from '@/components/charts/chart-legend'
import { ChartTable } from '@/components/charts/chart-table'
import type { ChartTableRow } from '@/components/charts/chart-types'
import { type ChartPanelKey, panelLayout } from './panel-layout'

/** A panel's title in the reader's language, and the plot height its card reserves. */
export function usePanelLayout(key: ChartPanelKey): { title: string; plotHeight: number } {
  const { _ } = useLingui()
  const layout = panelLayout(key)
  return { title: _(layout.title), plotHeight: layout.plotHeight }
}

/**
 * An overview panel charting figures against their targets: the figure with its legend and
 * notes, whose "Show as table" view lists the same figures (`rows`, then `totals`).
 */
export function ChartPanel({
  legend,
  caption,
  rows,
  totals,
  ...figure
}: Omit<ComponentProps<typeof ChartFigure>, 'legend' | 'table'> & {
  legend: readonly LegendItem[]
  /** The table's caption. */
  caption: string
  rows: readonly ChartTableRow[]
  totals?: readonly ChartTableRow[]
}) {
  return (
    <ChartFigure
      {...figure}
      legend={<ChartLegend items={legend} />}
      table={<ChartTable caption={caption} rows={rows} totals={totals} />}
    />
  )
}

import { useLingui } from '@lingui/react'
import type { CSSProperties } from 'react'
import type { Dataset } from '@/domain/schema'
import { panelLayouts, panelSizeStyle } from '@/families/layout'
import './charts.css'

/**
 * The chart grids the build drew into the prerendered page (scripts/prerender.ts), one per
 * language, if the page came with them: looked for while the skeleton first renders, before
 * React's first commit replaces the prerendered page. The panels show each plot's drawing until
 * their live chart has drawn (chart-panels.tsx).
 */
export let builtChartGrids: NodeListOf<Element> | undefined

/**
 * Stands in for the chart panels while their chunk loads: the same grid of cards at the same
 * heights, so the page does not move when the charts arrive. Imports nothing from recharts.
 */
export function ChartPanelsSkeleton({ dataset }: { dataset: Dataset }) {
  const { _ } = useLingui()
  builtChartGrids ??= document.querySelectorAll('#root [data-static-charts]')
  return (
    <div className="chart-grid" role="status">
      <span className="visually-hidden">{_('loading.charts')}</span>
      {panelLayouts(dataset).map((layout) => (
        <div
          key={layout.key}
          aria-hidden="true"
          className={`chart-card chart-card-skeleton${layout.wide ? ' chart-card-wide' : ''}`}
          style={panelSizeStyle(layout) as CSSProperties}
        >
          <div className="skeleton short" />
          <div className="skeleton" />
          <div className="skeleton chart-skeleton-plot" />
        </div>
      ))}
    </div>
  )
}

import type { CSSProperties } from 'react'
import { useDatasetKey } from '@/api/dataset-key'
import { urlWithDataset } from '@/api/dataset-url'
import { useOtherPeriods } from '@/api/other-periods'
import { ChartExportStamp } from '@/components/charts/chart-export'
import type { MarkFilter } from '@/components/charts/chart-types'
import { PanelBoundary } from '@/components/charts/panel-boundary'
import { StaticPlot, staticPlot } from '@/components/charts/static-plots'
import { timelineHeight } from '@/components/charts/timeline-chart'
import { conversionRate } from '@/domain/chart-data'
import { type CurrencyChoice, cnyPerUsd } from '@/domain/currency'
import type { Kpis } from '@/domain/kpis'
import { FamilyPanel } from '@/families/family-panel'
import { type PanelLayout, panelLayouts, panelSizeStyle } from '@/families/layout'
import type { FamilyInput } from '@/families/points'
import { familySpec } from '@/families/registry'
import { say } from '@/families/say'
import { exportStamp, stampTexts } from '@/i18n/export-table'
import { useLocale } from '@/i18n/locale'
import { useNavigate } from '@/lib/router/react'
import { useUrlFilters } from '@/lib/use-url-filters'
import { useAsBuilt } from './as-built'
import { builtChartGrids } from './chart-panels-skeleton'
import { TimelinePanel } from './charts/timeline-panel'
import './charts.css'

export interface ChartPanelsProps {
  kpis: Kpis
  /** undefined: money as the source states it; otherwise converted at the dataset's rate. */
  currency: CurrencyChoice
  /** The analyst's filtered view: panels of events outside it are left out, and the timeline shows its milestones. */
  view?: Kpis
}

/**
 * A family's panel: its spec is built here, inside the panel's error boundary, so a family whose
 * figures are missing says so in place and the others carry on.
 */
function Panel({
  layout,
  input,
  plotHeight,
  filter,
}: {
  layout: PanelLayout
  input: FamilyInput
  plotHeight: number
  filter: MarkFilter
}) {
  const spec = familySpec(layout, input)
  return spec.timeline ? (
    <TimelinePanel spec={spec} plotHeight={plotHeight} filter={filter} />
  ) : (
    <FamilyPanel panel={spec.panel} plotHeight={plotHeight} filter={filter} />
  )
}

/**
 * The event filter of the URL as the charts use it: a mark filters the overview to its event, and
 * a mark of an event already in the filter takes that event out again.
 */
export function useEventFilter(): MarkFilter {
  const navigate = useNavigate()
  const { events } = useUrlFilters()
  return {
    events: events ?? [],
    toggle: (event) =>
      void navigate({
        to: '/',
        search: (prev) => {
          const rest = (prev.events ?? []).filter((n) => n !== event)
          const removing = rest.length < (prev.events ?? []).length
          return { ...prev, events: removing ? (rest.length > 0 ? rest : undefined) : [event] }
        },
        resetScroll: false,
      }),
  }
}

/** One chart per family of results, each against its targets; loaded in its own chunk. */
export default function ChartPanels({ kpis, currency, view = kpis }: ChartPanelsProps) {
  const locale = useLocale()
  const datasetKey = useDatasetKey()
  const filter = useEventFilter()
  // Where the view is the one the build drew, each plot shows the prerendered page's drawing until
  // its live chart has drawn.
  const asBuilt = useAsBuilt(kpis.dataset.id, currency)
  const grid = asBuilt
    ? [...(builtChartGrids ?? [])].find((g) => g.closest(`[data-prerender-lang="${locale}"]`))
    : undefined
  // A family's drawing stands in for its chart, marks and all, until the reader reaches for it; the
  // timeline's (no recharts: it costs little to draw) only until its own has drawn.
  const drawingOf = (layout: PanelLayout) => {
    const drawing = grid && staticPlot(grid, layout.key)
    return drawing && !layout.timeline ? { ...drawing, filter } : drawing
  }
  const money = { currency, rate: cnyPerUsd(kpis.dataset) }
  // Another published dataset's figure beside the same metric's; nothing with one dataset.
  const others = useOtherPeriods(true)
  const rate = conversionRate(kpis.dataset)
  const inView = new Set(view.rows.map((r) => r.metric.event))
  const lanes = new Set(view.dataset.milestones.map((m) => m.event)).size
  const shown = panelLayouts(kpis.dataset).filter((layout) =>
    layout.timeline ? view.dataset.milestones.length > 0 : layout.events.some((n) => inView.has(n)),
  )
  // Each chart can be saved as a PNG stamped with where it comes from.
  const url = urlWithDataset(window.location.href, datasetKey)
  const stamp = stampTexts(exportStamp(kpis.dataset, url), locale)
  return (
    <ChartExportStamp.Provider value={stamp}>
      <div className="chart-grid">
        {shown.map((layout) => {
          const plotHeight = layout.timeline
            ? timelineHeight(lanes, layout.plotHeight)
            : layout.plotHeight
          return (
            <div
              key={layout.key}
              data-panel={layout.key}
              className={`chart-card skip-offscreen${layout.wide ? ' chart-card-wide' : ''}`}
              style={panelSizeStyle(layout, plotHeight) as CSSProperties}
            >
              <PanelBoundary title={say(layout.title, locale)}>
                <StaticPlot.Provider value={drawingOf(layout)}>
                  <Panel
                    layout={layout}
                    input={{
                      kpis: layout.timeline ? view : kpis,
                      money,
                      rate,
                      others,
                    }}
                    plotHeight={plotHeight}
                    filter={filter}
                  />
                </StaticPlot.Provider>
              </PanelBoundary>
            </div>
          )
        })}
      </div>
    </ChartExportStamp.Provider>
  )
}

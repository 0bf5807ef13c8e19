import { useEffect } from 'react'
import { ChartFigure } from '@/components/charts/chart-figure'
import { ChartLegend } from '@/components/charts/chart-legend'
import { ChartTable } from '@/components/charts/chart-table'
import type { MarkFilter } from '@/components/charts/chart-types'
import type { Locale } from '@/domain/locale'
import { useLocale } from '@/i18n/locale'
import { LivePlotChart, prefetchPlotChart } from './live-plot'
import { conversionText, legendItems, type PlotView, plotView, tableRow } from './render'
import { say } from './say'
import type { PanelSpec, PlotSpec } from './spec'

function Plot({
  plot,
  view,
  others,
  height,
  filter,
  locale,
}: {
  plot: PlotSpec
  view: PlotView
  others: readonly PlotView[]
  height: number
  filter: MarkFilter
  locale: Locale
}) {
  return (
    <LivePlotChart
      plot={view}
      label={say(plot.label, locale)}
      height={height}
      filter={filter}
      alignWith={others}
    />
  )
}

/**
 * A family's overview panel, drawn from its spec: the figure with its legend and notes, its plots
 * (stacked, each under its subtitle, bullet axes aligned), and the table of the same figures.
 */
export function FamilyPanel({
  panel,
  plotHeight,
  filter,
}: {
  panel: PanelSpec
  plotHeight: number
  filter: MarkFilter
}) {
  const locale = useLocale()
  // The plot code is fetched once a panel is on the page, for the first chart a reader wakes.
  useEffect(prefetchPlotChart, [])
  const title = say(panel.title, locale)
  const { notes, claims, conversion } = panel
  const hasNotes = notes.length > 0 || claims !== undefined || conversion !== undefined
  const views = panel.plots.map((plot) => plotView(plot, locale))
  return (
    <ChartFigure
      title={title}
      summary={say(panel.summary, locale)}
      plotHeight={plotHeight}
      legend={<ChartLegend items={legendItems(panel.legend, locale)} />}
      notes={
        hasNotes && (
          <>
            {notes
              .map((note) => say(note, locale))
              .map((text) => (
                // Two notes may share an id (one per goal), never their words.
                <p key={text}>{text}</p>
              ))}
            {claims && (
              <div className="chart-claims">
                <p className="chart-claims-title">{say(claims.title, locale)}</p>
                <ul>
                  {claims.items.map((claim) => (
                    <li key={claim.en}>
                      <span aria-hidden="true">★ </span>
                      {claim[locale]}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {conversion && <p className="chart-conversion">{conversionText(conversion, locale)}</p>}
          </>
        )
      }
      table={
        <ChartTable
          caption={say(panel.table.caption, locale)}
          rows={panel.table.rows.map((row) => tableRow(row, locale))}
          totals={panel.table.totals?.map((row) => tableRow(row, locale))}
        />
      }
    >
      {panel.plots.map((plot, i) => (
        <PlotWithSubtitle
          // A data family's plots, one per unit, share their label: the position tells them apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: plots come from the spec in a fixed order.
          key={i}
          plot={plot}
          view={views[i] as PlotView}
          others={views.filter((_, j) => j !== i)}
          height={plot.height ?? plotHeight}
          filter={filter}
          locale={locale}
        />
      ))}
    </ChartFigure>
  )
}

function PlotWithSubtitle(props: Parameters<typeof Plot>[0]) {
  const { subtitle } = props.plot
  return (
    <>
      {subtitle && <p className="chart-subtitle">{say(subtitle, props.locale)}</p>}
      <Plot {...props} />
    </>
  )
}

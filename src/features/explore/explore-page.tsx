import { useRouterState } from '@tanstack/react-router'
import { useMemo, useState } from 'react'
import { useKpis } from '../../api/queries'
import type { SortColumn } from '../../app/search'
import { PanelError, PanelLoading } from '../../components/panel-state'
import { cnyPerUsd } from '../../domain/currency'
import { filterRows, hasActiveFilters } from '../../domain/filters'
import { exportStamp, stampLines } from '../../lib/export'
import { formatDate, formatInteger } from '../../lib/format'
import { ActiveFilters } from './active-filters'
import { AttainmentChart } from './attainment-chart'
import { ExportControls } from './export-controls'
import { facetCounts } from './facet-counts'
import { filterChips } from './filter-chips'
import { FilterPanel } from './filter-panel'
import { MetricDrawer } from './metric-drawer'
import { MetricTable } from './metric-table'
import { SavedViews } from './saved-views'
import { sortRows } from './sort-rows'
import { TargetFileControls } from './target-file-controls'
import { useExploreSearch } from './use-explore-search'
import './explore.css'

/** The analyst workspace: filter, sort, read the source, try other targets, export. */
export function ExplorePage() {
  const query = useKpis()
  const { search, filters, update } = useExploreSearch()
  const href = useRouterState({ select: (s) => s.location.href })
  const [filtersOpen, setFiltersOpen] = useState(false)
  const kpis = query.data

  const filtered = useMemo(() => (kpis ? filterRows(kpis.rows, filters) : []), [kpis, filters])
  const counts = useMemo(() => facetCounts(kpis?.rows ?? [], filters), [kpis, filters])
  const sorted = useMemo(
    () => sortRows(filtered, search.sort, search.dir),
    [filtered, search.sort, search.dir],
  )

  if (!kpis) {
    return (
      <section aria-labelledby="explore-heading">
        <h1 id="explore-heading">Explore the metrics</h1>
        {query.isError ? (
          <PanelError
            title="Couldn't load the 2017 dataset"
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : (
          <PanelLoading label="Loading the 2017 dataset…" minHeight={800} />
        )}
      </section>
    )
  }

  const { dataset } = kpis
  const url = `${window.location.origin}${href}`
  const stamp = exportStamp(dataset, url)
  const stampText = stampLines(stamp).map(([label, text]) => `${label}: ${text}`)
  const chips = filterChips(filters, dataset.events)
  const active = hasActiveFilters(filters)
  const onSort = (column: SortColumn) =>
    update({
      sort: column,
      dir: search.sort === column && search.dir !== 'desc' ? 'desc' : 'asc',
    })
  const viewParams = {
    categories: search.categories,
    events: search.events,
    statuses: search.statuses,
    provenance: search.provenance,
    flagged: search.flagged,
    q: search.q,
    sort: search.sort,
    dir: search.dir,
  }
  const globalParams = { theme: search.theme, currency: search.currency, lang: search.lang }

  return (
    <div className="explore">
      <header className="explore-head">
        <h1 id="explore-heading">Explore the metrics</h1>
        <p className="lede">
          Filter and sort all {formatInteger(kpis.rows.length, 'en')} figures of “
          {dataset.sources[0]?.title}”, read the sentence behind each one, try your own targets, and
          export what you see. Everything you choose is in the address, so a copied link opens the
          same view.
        </p>
        <div className="print-stamp">
          {stampText.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      </header>

      <div className="explore-layout">
        <aside className="explore-side" aria-label="Filters and saved views">
          <a className="skip-to-results" href="#metrics-section">
            Skip to the results
          </a>
          <button
            type="button"
            className="filters-toggle button secondary"
            aria-expanded={filtersOpen}
            aria-controls="explore-filters"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            <span aria-hidden="true">{filtersOpen ? '▾' : '▸'} </span>
            Filters and saved views{chips.length > 0 && ` (${chips.length} active)`}
          </button>
          <div id="explore-filters" className="filters-collapsible" data-open={filtersOpen}>
            <h2 className="side-heading">Filters</h2>
            <FilterPanel
              filters={filters}
              events={dataset.events}
              counts={counts}
              update={update}
            />
            <SavedViews viewParams={viewParams} globalParams={globalParams} />
          </div>
        </aside>

        <div className="explore-main">
          <section
            id="metrics-section"
            aria-labelledby="table-heading"
            className="explore-section"
            tabIndex={-1}
          >
            <div className="section-head">
              <h2 id="table-heading">Metrics</h2>
              <ExportControls rows={sorted} dataset={dataset} url={url} />
            </div>
            <ActiveFilters
              chips={chips}
              shown={sorted.length}
              total={kpis.rows.length}
              update={update}
            />
            <MetricTable
              rows={sorted}
              total={kpis.rows.length}
              currency={search.currency}
              rate={cnyPerUsd(dataset)}
              sort={search.sort}
              dir={search.dir ?? 'asc'}
              onSort={onSort}
            />
            <p className="muted small">
              Data as of {formatDate(dataset.asOf, 'en')}, version {dataset.version}.{' '}
              {active
                ? 'Exports contain the filtered rows in this order.'
                : 'Exports contain every row in this order.'}
            </p>
          </section>

          <section aria-labelledby="chart-heading" className="explore-section">
            <h2 id="chart-heading">Attainment</h2>
            <AttainmentChart
              rows={sorted}
              stamp={stampText}
              fileName={`${dataset.id}-attainment.png`}
            />
          </section>

          <section aria-labelledby="targets-heading" className="explore-section">
            <h2 id="targets-heading">What-if targets</h2>
            <p className="lede">
              Targets you set are marked <strong>Analyst</strong> and change status and attainment
              everywhere in the dashboard at once. They stay on this device until you reset them.
            </p>
            <TargetFileControls dataset={dataset} />
          </section>
        </div>
      </div>

      {search.metric !== undefined && (
        <MetricDrawer
          kpis={kpis}
          id={search.metric}
          currency={search.currency}
          onClose={() => update({ metric: undefined })}
        />
      )}
    </div>
  )
}

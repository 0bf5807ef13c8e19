import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react'
import { useDatasetKey, yearParam } from '@/api/dataset-key'
import { urlWithDataset } from '@/api/dataset-url'
import { useOtherPeriods } from '@/api/other-periods'
import { useKpis } from '@/api/queries'
import { DatasetWaiting, PanelError, PanelLoading, StaleNotice } from '@/components/panel-state'
import { PrintPageStamp } from '@/components/print-page-stamp'
import { cnyPerUsd } from '@/domain/currency'
import { filterRows, hasActiveFilters, matchingMilestones } from '@/domain/filters'
import { exportStamp, stampTexts } from '@/i18n/export-table'
import { useLanguage } from '@/i18n/locale'
import { slot, withElements } from '@/i18n/rich-text'
import { formatDate, formatInteger } from '@/lib/format'
import { Link, useHref } from '@/lib/router/react'
import { ActiveFilters } from './active-filters'
import { AttainmentChart } from './attainment-chart'
import { ExportControls } from './export-controls'
import { facetCounts } from './facet-counts'
import { filterChips } from './filter-chips'
import { FilterPanel } from './filter-panel'
import { MetricDrawer } from './metric-drawer'
import { MetricTable } from './metric-table'
import { SavedViews } from './saved-views'
import type { SortColumn } from './search'
import { sortRows } from './sort-rows'
import { TargetFileControls } from './target-file-controls'
import { useExploreSearch } from './use-explore-search'
import './explore.css'

/** The analyst workspace: filter, sort, read the source, try other targets, export. */
export function ExplorePage() {
  const [_, locale] = useLanguage()
  const query = useKpis()
  const datasetKey = useDatasetKey()
  const { search, filters, update } = useExploreSearch()
  const href = useHref()
  const [filtersOpen, setFiltersOpen] = useState(false)
  const kpis = query.data
  const otherPeriods = useOtherPeriods(kpis !== undefined)

  // A filter's click paints the control at once (the checkbox, the search box); every figure the
  // filters change (counts, chips, result count, table, chart, export stamps) follows in one
  // deferred render that yields to input, so no paint mixes two states.
  const shownFilters = useDeferredValue(filters)
  const shownHref = useDeferredValue(href)
  const filtered = useMemo(
    () => (kpis ? filterRows(kpis.rows, shownFilters) : []),
    [kpis, shownFilters],
  )
  const counts = useMemo(() => facetCounts(kpis?.rows ?? [], shownFilters), [kpis, shownFilters])
  const sorted = useMemo(
    () => sortRows(filtered, search.sort, search.dir, locale),
    [filtered, search.sort, search.dir, locale],
  )
  // A sort's click likewise: the table and the chart follow it in the deferred render. The
  // dataset's arrival is not deferred: the table would first show the rows of no dataset, none.
  const shown = useDeferredValue(kpis ? sorted : undefined) ?? sorted
  const shownSort = useDeferredValue(search.sort)
  const shownDir = useDeferredValue(search.dir)
  // The same function across renders, so the table (memo) renders only when its rows do.
  const sortBy = useRef<(column: SortColumn) => void>(() => undefined)
  const onSort = useCallback((column: SortColumn) => sortBy.current(column), [])

  if (!kpis) {
    return (
      <section aria-labelledby="explore-heading">
        <h1 id="explore-heading">{_('explore.title')}</h1>
        <DatasetWaiting fetching={query.isFetching} failureCount={query.failureCount} />
        {query.isError ? (
          <PanelError
            title={_('error.title')}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : (
          <PanelLoading label={_('loading.dataset')} minHeight={800} />
        )}
      </section>
    )
  }

  const { dataset } = kpis
  const url = urlWithDataset(`${window.location.origin}${shownHref}`, datasetKey)
  const stampText = stampTexts(exportStamp(dataset, url), locale)
  const chips = filterChips(shownFilters, dataset.events, locale)
  const active = hasActiveFilters(shownFilters)
  sortBy.current = (column: SortColumn) =>
    update({
      sort: column,
      dir: search.sort === column && search.dir !== 'desc' ? 'desc' : 'asc',
    })
  // A saved view reopens the dataset it was saved on.
  const viewParams = {
    year: yearParam(datasetKey),
    categories: search.categories,
    events: search.events,
    statuses: search.statuses,
    provenance: search.provenance,
    flagged: search.flagged,
    q: search.q,
    sort: search.sort,
    dir: search.dir,
  }
  // A name or phrase that only the milestones carry (the leaders' event has no figures).
  const milestoneHits = matchingMilestones(dataset, shownFilters.q)
  const globalParams = { theme: search.theme, currency: search.currency, lang: search.lang }

  return (
    <div className="explore">
      <header className="explore-head">
        <h1 id="explore-heading">{_('explore.title')}</h1>
        <p className="lede">
          {withElements(
            _('explore.lede', {
              count: formatInteger(kpis.rows.length, locale),
              source: slot('source'),
            }),
            { source: <cite lang="en">{dataset.sources[0]?.title}</cite> },
          )}
        </p>
        <DatasetWaiting
          fetching={query.isFetching}
          failureCount={query.failureCount}
          updatedAt={query.dataUpdatedAt}
        />
        {query.isError && (
          <StaleNotice
            updatedAt={query.dataUpdatedAt}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
        {/* Printed at the foot of every page, as the overview's report: filters, then the source. */}
        <PrintPageStamp
          lines={[
            active
              ? _('overview.filtered', { shown: filtered.length, total: kpis.rows.length })
              : _('print.noFilters', { total: kpis.rows.length }),
            ...stampText,
          ]}
          size="A4 landscape"
        />
      </header>

      <div className="explore-layout">
        <aside className="explore-side" aria-label={_('explore.side')}>
          <a className="skip-to-results" href="#metrics-section">
            {_('explore.skipToResults')}
          </a>
          <button
            type="button"
            className="filters-toggle button secondary"
            aria-expanded={filtersOpen}
            aria-controls="explore-filters"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            <span aria-hidden="true">{filtersOpen ? '▾' : '▸'} </span>
            {chips.length > 0
              ? _('explore.filtersToggleActive', { count: formatInteger(chips.length, locale) })
              : _('explore.side')}
          </button>
          <div id="explore-filters" className="filters-collapsible" data-open={filtersOpen}>
            <h2 className="side-heading">{_('explore.filters')}</h2>
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
              <h2 id="table-heading">{_('explore.metrics')}</h2>
              <ExportControls rows={sorted} dataset={dataset} url={url} />
            </div>
            <ActiveFilters
              chips={chips}
              shown={sorted.length}
              total={kpis.rows.length}
              update={update}
            />
            <MetricTable
              rows={shown}
              total={kpis.rows.length}
              currency={search.currency}
              rate={cnyPerUsd(dataset)}
              sort={shownSort}
              dir={shownDir ?? 'asc'}
              onSort={onSort}
              otherPeriods={otherPeriods}
            />
            {milestoneHits.length > 0 && (
              <div className="milestone-hits">
                <p>{_('explore.milestoneHits', { count: milestoneHits.length })}</p>
                <ul>
                  {milestoneHits.map((m) => (
                    <li key={m.id}>
                      <Link
                        to="/"
                        search={{
                          year: search.year,
                          lang: search.lang,
                          theme: search.theme,
                          event: m.event,
                        }}
                      >
                        {_('explore.milestoneHit', {
                          number: m.event,
                          date: formatDate(m.date, locale),
                          label: m.label[locale],
                        })}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <p className="muted small">
              {_('explore.asOf', {
                date: formatDate(dataset.asOf, locale),
                version: dataset.version,
              })}
              {locale === 'en' ? ' ' : ''}
              {active ? _('explore.exportsFiltered') : _('explore.exportsAll')}
            </p>
          </section>

          <section aria-labelledby="chart-heading" className="explore-section">
            <h2 id="chart-heading">{_('table.attainment')}</h2>
            <AttainmentChart
              rows={shown}
              stamp={stampText}
              fileName={`${dataset.id}-attainment.png`}
            />
          </section>

          <section aria-labelledby="targets-heading" className="explore-section">
            <h2 id="targets-heading">{_('explore.whatIf')}</h2>
            <p className="lede">
              {withElements(_('explore.whatIfLede', { analyst: slot('analyst') }), {
                analyst: <strong>{_('provenance.analyst')}</strong>,
              })}
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
          otherPeriods={otherPeriods.get(search.metric)}
        />
      )}
    </div>
  )
}

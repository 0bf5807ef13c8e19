import { lazy, memo, Suspense, useDeferredValue, useMemo } from 'react'
import { useKpis } from '@/api/queries'
import { DatasetWaiting, PanelError, PanelLoading, StaleNotice } from '@/components/panel-state'
import { placeHeld } from '@/components/place-held'
import { PrerenderedContent } from '@/components/prerendered-content'
import { WhenVisible } from '@/components/when-visible'
import type { CurrencyChoice } from '@/domain/currency'
import { filterKpis, hasActiveFilters } from '@/domain/filters'
import type { Kpis } from '@/domain/kpis'
import { withCatalogParts } from '@/i18n/i18n'
import { useLanguage } from '@/i18n/locale'
import { slot, withElements } from '@/i18n/rich-text'
import { formatDate, formatPeriod } from '@/lib/format'
import { Link, useSearch } from '@/lib/router/react'
import { filterSearch } from '@/lib/search-params'
import { useUrlFilters } from '@/lib/use-url-filters'
import { ChartPanelsSkeleton } from './chart-panels-skeleton'
import { prerenderedCharts } from './drawn-charts'
import { KpiCards } from './kpi-cards'
import { PrerenderedCharts } from './prerendered-charts'
import { QualityNotice } from './quality-notice'
import { Scorecard } from './scorecard'

// Charts (when scrolled near), the full metric table and the event detail load in their own
// chunks, after the headline figures are on screen, each with the catalog parts it shows.
const ChartPanels = lazy(() => withCatalogParts(import('./chart-panels'), 'charts', 'shared'))
const MetricList = lazy(() =>
  withCatalogParts(import('./metric-list'), 'charts', 'shared').then((m) => ({
    default: m.MetricList,
  })),
)
const EventCards = lazy(() =>
  withCatalogParts(import('./event-cards'), 'charts').then((m) => ({ default: m.EventCards })),
)
const EventDetail = lazy(() =>
  withCatalogParts(import('./event-detail'), 'charts', 'shared').then((m) => ({
    default: m.EventDetail,
  })),
)

const PrintButton = lazy(() =>
  withCatalogParts(import('./print-button'), 'charts').then((m) => ({ default: m.PrintButton })),
)
/**
 * The print button's room while its part loads (styles.css): the prerendered page shows the
 * button, so without it everything below moved down when it came (a layout shift at every load).
 */
const printButtonRoom = <p className="no-print print-button-room" />

export function Overview() {
  const [_, locale] = useLanguage()
  const search = useSearch()
  const filters = useUrlFilters()
  const query = useKpis()
  const kpis = query.data
  // The currency control answers the reader at once; every figure follows in one deferred,
  // interruptible render, so a figure and its unit always change together, never half-converted.
  const currency = useDeferredValue(search.currency)
  const view = useMemo(() => kpis && filterKpis(kpis, filters), [kpis, filters])

  const waiting = (
    <DatasetWaiting
      fetching={query.isFetching}
      failureCount={query.failureCount}
      updatedAt={kpis ? query.dataUpdatedAt : undefined}
    />
  )
  if (!kpis && !query.isError) {
    // A slow first answer: the prerendered figures (if the page had them) stay meanwhile.
    return (
      <>
        {waiting}
        <PrerenderedContent
          fallback={
            <section aria-labelledby="overview-heading">
              <h1 id="overview-heading">{_('overview.titleWaiting')}</h1>
              <PanelLoading label={_('loading.dataset')} minHeight={1200} />
            </section>
          }
        />
      </>
    )
  }
  if (!kpis || !view) {
    return (
      <section aria-labelledby="overview-heading">
        <h1 id="overview-heading">{_('overview.titleWaiting')}</h1>
        <PanelError
          title={_('error.title')}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      </section>
    )
  }

  const filtered = hasActiveFilters(filters)
  const clearFilters = Object.fromEntries(Object.keys(filterSearch).map((key) => [key, undefined]))
  return (
    <>
      <section aria-labelledby="overview-heading" className="overview-head">
        <h1 id="overview-heading">
          {_('overview.title', { period: formatPeriod(kpis.dataset.period, locale) })}
        </h1>
        <p className="lede">
          {withElements(
            _('overview.lede', {
              count: kpis.rows.length,
              organisation: kpis.dataset.organisation[locale],
              source: slot('source'),
              date: formatDate(kpis.dataset.asOf, locale),
            }),
            { source: <cite lang="en">{kpis.dataset.sources[0]?.title}</cite> },
          )}
        </p>
        <Suspense fallback={printButtonRoom}>
          <PrintButton />
        </Suspense>
        {waiting}
        {query.isError && (
          <StaleNotice
            updatedAt={query.dataUpdatedAt}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
        {filtered && (
          <div className="filter-bar" role="status">
            <p>{_('overview.filtered', { shown: view.rows.length, total: kpis.rows.length })}</p>
            <Link to="/explore" search={(prev) => prev}>
              {_('overview.editFilters')}
            </Link>
            <Link to="/" search={(prev) => ({ ...prev, ...clearFilters })}>
              {_('overview.clearFilters')}
            </Link>
          </div>
        )}
        <Scorecard kpis={view} />
        <QualityNotice kpis={view} />
      </section>
      <Figures kpis={kpis} view={view} currency={currency} />
      {search.event !== undefined && (
        <Suspense fallback={null}>
          <EventDetail
            key={search.event}
            kpis={kpis}
            number={search.event}
            currency={search.currency}
          />
        </Suspense>
      )}
    </>
  )
}

/**
 * The overview's figures in the currency given: rendered again only when the data, the filters or
 * the (deferred) currency change, not on any other change of the URL.
 */
const Figures = memo(function Figures({
  kpis,
  view,
  currency,
}: {
  kpis: Kpis
  view: Kpis
  currency: CurrencyChoice
}) {
  const [_, locale] = useLanguage()
  // While the build renders the page, its drawings of the charts stand in for them. (`drawn &&`
  // rather than `drawn?.`: in the browser `drawn` is known undefined, so the bundle drops the branch.)
  const drawn = prerenderedCharts()
  return (
    <>
      <section
        aria-labelledby="headline-heading"
        className="section skip-offscreen"
        style={placeHeld(1000)}
      >
        <h2 id="headline-heading">{_('overview.headline')}</h2>
        <KpiCards kpis={view} currency={currency} />
      </section>

      <section aria-labelledby="charts-heading" className="section">
        <h2 id="charts-heading">{_('overview.charts')}</h2>
        {drawn && drawn.locale === locale ? (
          <PrerenderedCharts grid={drawn.grid} />
        ) : (
          <WhenVisible placeholder={<ChartPanelsSkeleton dataset={kpis.dataset} />}>
            <Suspense fallback={<ChartPanelsSkeleton dataset={kpis.dataset} />}>
              <ChartPanels kpis={kpis} view={view} currency={currency} />
            </Suspense>
          </WhenVisible>
        )}
      </section>

      <section
        aria-labelledby="events-heading"
        className="section skip-offscreen"
        style={placeHeld(1200)}
      >
        <h2 id="events-heading">{_('overview.events')}</h2>
        <Suspense fallback={<PanelLoading label={_('loading.dataset')} minHeight={640} />}>
          <EventCards kpis={view} currency={currency} />
        </Suspense>
      </section>

      <section
        className="section skip-offscreen"
        aria-labelledby="metrics-heading"
        style={placeHeld(3000)}
      >
        <h2 id="metrics-heading" className="visually-hidden">
          {_('overview.allMetrics')}
        </h2>
        <Suspense fallback={<PanelLoading label={_('loading.metricTable')} minHeight={1600} />}>
          <MetricList kpis={view} total={kpis.rows.length} currency={currency} />
        </Suspense>
      </section>
    </>
  )
})

import { useLingui } from '@lingui/react'
import { Link, useSearch } from '@tanstack/react-router'
import { lazy, Suspense } from 'react'
import { useKpis } from '@/api/queries'
import { DatasetWaiting, PanelError, PanelLoading, StaleNotice } from '@/components/panel-state'
import { AdoptedNodes, PrerenderedContent } from '@/components/prerendered-content'
import { WhenVisible } from '@/components/when-visible'
import { filterKpis, hasActiveFilters } from '@/domain/filters'
import { withCatalogParts } from '@/i18n/i18n'
import { useLocale } from '@/i18n/locale'
import { slot, withElements } from '@/i18n/rich-text'
import { formatDate, formatPeriod } from '@/lib/format'
import { filterSearch } from '@/lib/search-params'
import { useUrlFilters } from '@/lib/use-url-filters'
import { ChartPanelsSkeleton } from './chart-panels-skeleton'
import { prerenderedCharts } from './drawn-charts'
import { KpiCards } from './kpi-cards'
import { QualityNotice } from './quality-notice'
import { Scorecard } from './scorecard'

// Charts (when scrolled near), the parts below the headline figures and the event detail load in
// their own chunks, after the headline figures are on screen, each with the catalog parts it shows.
const ChartPanels = lazy(() => withCatalogParts(import('./chart-panels'), 'charts', 'shared'))
const laterPart = <K extends keyof typeof import('./later-parts')>(name: K) =>
  lazy(() =>
    withCatalogParts(import('./later-parts'), 'charts', 'shared').then((m) => ({
      default: m[name],
    })),
  )
const MetricList = laterPart('MetricList')
const EventCards = laterPart('EventCards')
const PrintButton = laterPart('PrintButton')
const EventDetail = laterPart('EventDetail')

/** The chart grids the build drew (one per language), taken while the prerendered page is there. */
let builtGrids: Element[] | undefined

/**
 * The build's chart grid in `locale`, if the page came with one: first read in the overview's
 * first render, which runs before React's first commit replaces the prerendered page.
 */
function staticGrid(locale: string): Element | undefined {
  builtGrids ??= [...document.querySelectorAll('#root [data-static-charts]')]
  return builtGrids.find((grid) => grid.getAttribute('data-static-charts') === locale)
}

export function Overview() {
  const { _ } = useLingui()
  const locale = useLocale()
  const search = useSearch({ strict: false })
  const filters = useUrlFilters()
  const query = useKpis()
  const kpis = query.data
  const builtGrid = staticGrid(locale)

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
  if (!kpis) {
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

  const currency = search.currency
  const filtered = hasActiveFilters(filters)
  const view = filterKpis(kpis, filters)
  // While the build renders the page, its drawings of the charts stand in for them.
  const drawn = prerenderedCharts()
  const chartsWaiting = builtGrid ? (
    <AdoptedNodes nodes={[builtGrid]} className="charts-waiting" />
  ) : (
    <ChartPanelsSkeleton dataset={kpis.dataset} />
  )
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
        <Suspense fallback={null}>
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

      <section aria-labelledby="headline-heading" className="section">
        <h2 id="headline-heading">{_('overview.headline')}</h2>
        <KpiCards kpis={view} currency={currency} />
      </section>

      <section aria-labelledby="charts-heading" className="section">
        <h2 id="charts-heading">{_('overview.charts')}</h2>
        {drawn?.locale === locale ? (
          // The build draws the grid (static SVG: the app's own panels at fixed widths), so the
          // charts are in the first paint, before any script runs and with scripts off.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: drawn by the build from the dataset, not user input
          <div data-static-charts={locale} dangerouslySetInnerHTML={{ __html: drawn.grid }} />
        ) : (
          // Where the page came with the build's drawings, they stay on screen until the panels
          // arrive, and then in each panel until the reader reaches for it (chart-panels.tsx).
          <WhenVisible placeholder={chartsWaiting}>
            <Suspense fallback={chartsWaiting}>
              <ChartPanels kpis={kpis} view={view} currency={currency} drawings={builtGrid} />
            </Suspense>
          </WhenVisible>
        )}
      </section>

      <section aria-labelledby="events-heading" className="section">
        <h2 id="events-heading">{_('overview.events')}</h2>
        <Suspense fallback={<PanelLoading label={_('loading.dataset')} minHeight={640} />}>
          <EventCards kpis={view} currency={currency} />
        </Suspense>
      </section>

      <section className="section" aria-labelledby="metrics-heading">
        <h2 id="metrics-heading" className="visually-hidden">
          {_('overview.allMetrics')}
        </h2>
        <Suspense fallback={<PanelLoading label={_('loading.metricTable')} minHeight={1600} />}>
          <MetricList kpis={view} total={kpis.rows.length} currency={currency} />
        </Suspense>
      </section>

      {search.event !== undefined && (
        <Suspense fallback={null}>
          <EventDetail key={search.event} kpis={kpis} number={search.event} currency={currency} />
        </Suspense>
      )}
    </>
  )
}

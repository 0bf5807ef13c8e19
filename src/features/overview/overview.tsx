import { useSearch } from '@tanstack/react-router'
import { lazy, Suspense } from 'react'
import { useKpis } from '../../api/queries'
import { PanelError, PanelLoading, StaleNotice } from '../../components/panel-state'
import { formatDate } from '../../lib/format'
import { ChartPanelsSkeleton } from './chart-panels-skeleton'
import { EventCards } from './event-cards'
import { KpiCards } from './kpi-cards'
import { QualityNotice } from './quality-notice'

// Charts, the full metric table and the event detail load in their own chunks, after the
// headline figures are on screen.
const ChartPanels = lazy(() => import('./chart-panels'))
const MetricList = lazy(() => import('./metric-list').then((m) => ({ default: m.MetricList })))
const EventDetail = lazy(() => import('./event-detail').then((m) => ({ default: m.EventDetail })))

export function Overview() {
  const search = useSearch({ strict: false })
  const query = useKpis()
  const kpis = query.data

  if (!kpis) {
    return (
      <section aria-labelledby="overview-heading">
        <h1 id="overview-heading">2017 in figures</h1>
        {query.isError ? (
          <PanelError
            title="Couldn't load the 2017 dataset"
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : (
          <PanelLoading label="Loading the 2017 dataset…" minHeight={1200} />
        )}
      </section>
    )
  }

  const currency = search.currency
  return (
    <>
      <section aria-labelledby="overview-heading" className="overview-head">
        <h1 id="overview-heading">2017 in figures</h1>
        <p className="lede">
          {kpis.rows.length} figures from China Post's “{kpis.dataset.sources[0]?.title}” (
          {formatDate(kpis.dataset.asOf, 'en')}), each against its target.
        </p>
        {query.isError && (
          <StaleNotice
            updatedAt={query.dataUpdatedAt}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
        <QualityNotice kpis={kpis} />
      </section>

      <section aria-labelledby="headline-heading" className="section">
        <h2 id="headline-heading">Headline results</h2>
        <KpiCards kpis={kpis} currency={currency} />
      </section>

      <section aria-labelledby="charts-heading" className="section">
        <h2 id="charts-heading">Results against targets</h2>
        <Suspense fallback={<ChartPanelsSkeleton />}>
          <ChartPanels kpis={kpis} currency={currency} />
        </Suspense>
      </section>

      <section aria-labelledby="events-heading" className="section">
        <h2 id="events-heading">The ten events</h2>
        <EventCards kpis={kpis} currency={currency} />
      </section>

      <section className="section" aria-labelledby="metrics-heading">
        <h2 id="metrics-heading" className="visually-hidden">
          Every metric
        </h2>
        <Suspense fallback={<PanelLoading label="Loading the metric table…" minHeight={1600} />}>
          <MetricList kpis={kpis} currency={currency} />
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

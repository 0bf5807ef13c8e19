import { useSearch } from '@tanstack/react-router'
import { lazy, Suspense } from 'react'
import { useKpis } from '../../api/queries'
import { PanelError, PanelLoading } from '../../components/panel-state'
import { formatDate } from '../../lib/format'
import { ChartPanelsSkeleton } from './chart-panels-skeleton'
import { EventCards } from './event-cards'
import { EventDetail } from './event-detail'
import { KpiCards } from './kpi-cards'
import { MetricList } from './metric-list'
import { QualityNotice } from './quality-notice'

// Charts load in their own chunk, after the headline figures are on screen.
const ChartPanels = lazy(() => import('./chart-panels'))

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
        <MetricList kpis={kpis} currency={currency} />
      </section>

      {search.event !== undefined && (
        <EventDetail key={search.event} kpis={kpis} number={search.event} currency={currency} />
      )}
    </>
  )
}

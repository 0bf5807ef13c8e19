import { ProvenanceBadge, StatusBadge } from '@/components/status-badge'
import { TargetText } from '@/components/target-text'
import { type CurrencyChoice, cnyPerUsd } from '@/domain/currency'
import type { Kpis } from '@/domain/kpis'
import type { MetricRow } from '@/domain/metric-rows'
import { deadlineText } from '@/i18n/labels'
import { useLanguage } from '@/i18n/locale'
import { targetHeadline } from '@/i18n/target-words'
import { displayMetricValue } from '@/lib/display'
import { formatPercent } from '@/lib/format'

/** The event key figures, in event order: the headline row an executive reads first. */
export function headlineRows(kpis: Kpis): MetricRow[] {
  // A search per event, not an index of every row: a large dataset has 100,000, on every render.
  return kpis.dataset.events.flatMap(
    (event) => kpis.rows.find((row) => row.metric.id === event.keyMetric) ?? [],
  )
}

/** Bar scale: attainment up to 150% fits; the target sits at two thirds of the track (its place is
 * in views.css, `.meter-target`, so no script sets it). */
const METER_MAX = 1.5

function AttainmentMeter({ attainment }: { attainment: number }) {
  const fill = Math.min(attainment, METER_MAX) / METER_MAX
  return (
    <div className="meter" aria-hidden="true">
      <div className="meter-fill" style={{ width: `${fill * 100}%` }} />
      <div className="meter-target" />
    </div>
  )
}

/** What a headline card draws: the row, and money as the reader chose. */
interface CardProps {
  row: MetricRow
  currency: CurrencyChoice
  rate: number | undefined
}

function KpiCard({ row, currency, rate }: CardProps) {
  const [_, locale] = useLanguage()
  const { metric } = row
  const headingId = `kpi-${metric.id}`
  return (
    <article className={`kpi-card kpi-${row.status}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="kpi-label">
        {metric.label[locale]}
      </h3>
      <p className="kpi-value">{displayMetricValue(metric, currency, rate, locale).text}</p>
      <p className="kpi-target">
        {row.target ? (
          <>
            <TargetText
              target={row.target}
              currency={currency}
              rate={rate}
              words={targetHeadline}
            />{' '}
            <ProvenanceBadge target={row.target} />
          </>
        ) : (
          _('kpi.noTarget')
        )}
      </p>
      {row.attainment !== undefined && (
        <div className="kpi-attainment">
          <AttainmentMeter attainment={row.attainment} />
          <span>{_('kpi.ofTarget', { percent: formatPercent(row.attainment, locale) })}</span>
        </div>
      )}
      {row.referenceShare !== undefined && (
        <p className="kpi-reference">
          {_('kpi.ofReference', { percent: formatPercent(row.referenceShare, locale) })}
        </p>
      )}
      {row.daysEarly !== undefined && <p className="kpi-deadline">{deadlineText(row.daysEarly)}</p>}
      <StatusBadge status={row.status} />
    </article>
  )
}

export function KpiCards({ kpis, currency }: { kpis: Kpis; currency: CurrencyChoice }) {
  const rate = cnyPerUsd(kpis.dataset)
  return (
    <div className="kpi-grid">
      {headlineRows(kpis).map((row) => (
        <KpiCard key={row.metric.id} row={row} currency={currency} rate={rate} />
      ))}
    </div>
  )
}

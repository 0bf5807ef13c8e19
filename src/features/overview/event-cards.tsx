import { EventMeta } from '@/components/event-meta'
import { type CurrencyChoice, cnyPerUsd } from '@/domain/currency'
import type { Kpis } from '@/domain/kpis'
import { metricsById } from '@/domain/metrics-by-id'
import { useLanguage } from '@/i18n/locale'
import { displayMetricValue } from '@/lib/display'
import { formatPeriod } from '@/lib/format'
import { Link } from '@/lib/router/react'

/** The ten events as cards; each opens its detail (and puts ?event=n in the URL). */
export function EventCards({ kpis, currency }: { kpis: Kpis; currency: CurrencyChoice }) {
  const [_, locale] = useLanguage()
  const rate = cnyPerUsd(kpis.dataset)
  const metrics = metricsById(kpis.dataset)
  const findingsByEvent = (n: number) => kpis.findings.filter((f) => f.event === n).length
  return (
    <ol className="event-grid">
      {kpis.dataset.events.map((event) => {
        const key = event.keyMetric ? metrics.get(event.keyMetric) : undefined
        const findings = findingsByEvent(event.number)
        return (
          <li key={event.number} className="event-card">
            <EventMeta number={event.number} category={event.category}>
              {formatPeriod(event.period, locale)}
            </EventMeta>
            <h3>
              <Link
                to="/"
                search={(prev) => ({ ...prev, event: event.number })}
                className="event-link"
                resetScroll={false}
              >
                {event.title[locale]}
              </Link>
            </h3>
            <p className="event-key">
              {key ? (
                <>
                  <strong>{displayMetricValue(key, currency, rate, locale).text}</strong>{' '}
                  {key.label[locale]}
                </>
              ) : (
                _('event.noFigures')
              )}
            </p>
            {findings > 0 && (
              <p className="event-flag">
                <span aria-hidden="true">⚠ </span>
                {_('event.findings', { count: findings })}
              </p>
            )}
          </li>
        )
      })}
    </ol>
  )
}

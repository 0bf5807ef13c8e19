import { Link } from '@tanstack/react-router'
import { cnyPerUsd } from '../../domain/currency'
import type { Kpis } from '../../domain/kpis'
import { type CurrencyChoice, displayMetricValue } from '../../lib/display'
import { formatPeriod } from '../../lib/format'

/** The ten events as cards; each opens its detail (and puts ?event=n in the URL). */
export function EventCards({ kpis, currency }: { kpis: Kpis; currency: CurrencyChoice }) {
  const rate = cnyPerUsd(kpis.dataset)
  const metrics = new Map(kpis.dataset.metrics.map((m) => [m.id, m]))
  const findingsByEvent = (n: number) => kpis.findings.filter((f) => f.event === n).length
  return (
    <ol className="event-grid">
      {kpis.dataset.events.map((event) => {
        const key = event.keyMetric ? metrics.get(event.keyMetric) : undefined
        const findings = findingsByEvent(event.number)
        return (
          <li key={event.number} className="event-card">
            <p className="event-meta">
              <span className="event-number">{event.number}</span>
              <span className={`category category-${event.category}`}>{event.category}</span>
              <span>{formatPeriod(event.period, 'en')}</span>
            </p>
            <h3>
              <Link
                to="/"
                search={(prev) => ({ ...prev, event: event.number })}
                className="event-link"
                resetScroll={false}
              >
                {event.title.en}
              </Link>
            </h3>
            <p className="event-key">
              {key ? (
                <>
                  <strong>{displayMetricValue(key, currency, rate).text}</strong>{' '}
                  {key.label.en.toLowerCase()}
                </>
              ) : (
                'No figures in the release'
              )}
            </p>
            {findings > 0 && (
              <p className="event-flag">
                <span aria-hidden="true">⚠ </span>
                {findings} data-quality {findings === 1 ? 'finding' : 'findings'}
              </p>
            )}
          </li>
        )
      })}
    </ol>
  )
}

import { useNavigate } from '@tanstack/react-router'
import { useEffect, useRef } from 'react'
import { ProvenanceBadge, StatusBadge } from '../../components/status-badge'
import { cnyPerUsd } from '../../domain/currency'
import type { Kpis } from '../../domain/kpis'
import { findingMessage } from '../../domain/quality-messages'
import { type CurrencyChoice, displayMetricValue, displayTargetValue } from '../../lib/display'
import { formatDate, formatPercent, formatPeriod } from '../../lib/format'

const severityText = { error: 'Error', warning: 'Warning', info: 'Note' }

/** One event in full: its figures against targets, milestones, verbatim quotes and findings. */
export function EventDetail({
  kpis,
  number,
  currency,
}: {
  kpis: Kpis
  number: number
  currency: CurrencyChoice
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const navigate = useNavigate()
  const event = kpis.dataset.events.find((e) => e.number === number)

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])

  if (!event) return null
  const rate = cnyPerUsd(kpis.dataset)
  const rows = kpis.rows.filter((r) => r.metric.event === number)
  const milestones = kpis.dataset.milestones.filter((m) => m.event === number)
  const findings = kpis.findings.filter((f) => f.event === number)
  const quotes = [
    event.headline,
    ...new Set([
      ...rows.flatMap((r) => [
        r.metric.provenance.quote,
        ...(r.metric.provenance.supporting ?? []),
      ]),
      ...milestones.map((m) => m.provenance.quote),
    ]),
  ]
  const close = () =>
    void navigate({
      to: '/',
      search: (prev) => ({ ...prev, event: undefined }),
      resetScroll: false,
    })

  return (
    <dialog
      ref={dialog}
      className="event-dialog"
      aria-labelledby="event-dialog-title"
      onClose={close}
    >
      <div className="dialog-body">
        <header className="dialog-header">
          <p className="event-meta">
            <span className="event-number">{event.number}</span>
            <span className={`category category-${event.category}`}>{event.category}</span>
            <span>{formatPeriod(event.period, 'en')}</span>
          </p>
          <h2 id="event-dialog-title">{event.title.en}</h2>
          <button type="button" className="dialog-close" onClick={() => dialog.current?.close()}>
            Close<span className="visually-hidden"> event {event.number}</span>
          </button>
        </header>
        <p>{event.summary.en}</p>

        {rows.length > 0 && (
          <section aria-labelledby="event-figures">
            <h3 id="event-figures">Figures</h3>
            <ul className="figure-list">
              {rows.map((row) => (
                <li key={row.metric.id}>
                  <span className="figure-label">{row.metric.label.en}</span>
                  <strong>{displayMetricValue(row.metric, currency, rate).text}</strong>
                  {row.target && (
                    <span>
                      target {displayTargetValue(row.target, currency, rate)}{' '}
                      <ProvenanceBadge target={row.target} />
                      {row.attainment !== undefined && ` · ${formatPercent(row.attainment, 'en')}`}
                    </span>
                  )}
                  <StatusBadge status={row.status} />
                </li>
              ))}
            </ul>
          </section>
        )}

        {milestones.length > 0 && (
          <section aria-labelledby="event-dates">
            <h3 id="event-dates">Dates</h3>
            <ul className="milestone-list">
              {milestones.map((m) => (
                <li key={m.id}>
                  <time dateTime={m.date}>{formatDate(m.date, 'en')}</time> {m.label.en}
                </li>
              ))}
            </ul>
          </section>
        )}

        {findings.length > 0 && (
          <section aria-labelledby="event-findings">
            <h3 id="event-findings">Data quality</h3>
            <ul className="finding-list">
              {findings.map((f) => (
                <li key={f.id} className={`finding finding-${f.severity}`}>
                  <strong>{severityText[f.severity]}:</strong> {findingMessage(f, kpis.dataset)}
                </li>
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby="event-quotes">
          <h3 id="event-quotes">What the source says</h3>
          {quotes.map((quote) => (
            <blockquote key={quote} lang="en" className="source-quote">
              {quote}
            </blockquote>
          ))}
        </section>
      </div>
    </dialog>
  )
}

import { EventMeta } from '@/components/event-meta'
import { ModalDialog, ModalDialogClose } from '@/components/modal-dialog'
import { ProvenanceBadge, StatusBadge } from '@/components/status-badge'
import { type CurrencyChoice, cnyPerUsd } from '@/domain/currency'
import type { Kpis } from '@/domain/kpis'
import { severityMessage } from '@/i18n/labels'
import { useLanguage } from '@/i18n/locale'
import { findingMessage } from '@/i18n/quality-messages'
import { displayMetricValue, displayTargetValue } from '@/lib/display'
import { formatDate, formatPercent, formatPeriod } from '@/lib/format'
import { useNavigate } from '@/lib/router/react'

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
  const [_, locale] = useLanguage()
  const navigate = useNavigate()
  const event = kpis.dataset.events.find((e) => e.number === number)

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
    <ModalDialog className="event-dialog" labelledBy="event-dialog-title" onClose={close}>
      <div className="dialog-body">
        <header className="dialog-header">
          <EventMeta number={event.number} category={event.category}>
            {formatPeriod(event.period, locale)}
          </EventMeta>
          <h2 id="event-dialog-title">{event.title[locale]}</h2>
          <ModalDialogClose>
            <span aria-hidden="true">{_('event.close')}</span>
            <span className="visually-hidden">
              {_('event.closeName', { number: event.number })}
            </span>
          </ModalDialogClose>
        </header>
        <p>{event.summary[locale]}</p>

        {rows.length > 0 && (
          <section aria-labelledby="event-figures">
            <h3 id="event-figures">{_('event.figures')}</h3>
            <ul className="figure-list">
              {rows.map((row) => (
                <li key={row.metric.id}>
                  <span className="figure-label">{row.metric.label[locale]}</span>
                  <strong>{displayMetricValue(row.metric, currency, rate, locale).text}</strong>
                  {row.target && (
                    <span>
                      {_('event.target', {
                        value: displayTargetValue(row.target, currency, rate, locale),
                      })}{' '}
                      <ProvenanceBadge target={row.target} />
                      {row.attainment !== undefined &&
                        ` · ${formatPercent(row.attainment, locale)}`}
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
            <h3 id="event-dates">{_('event.dates')}</h3>
            <ul className="milestone-list">
              {milestones.map((m) => (
                <li key={m.id}>
                  <time dateTime={m.date}>{formatDate(m.date, locale)}</time> {m.label[locale]}
                </li>
              ))}
            </ul>
          </section>
        )}

        {findings.length > 0 && (
          <section aria-labelledby="event-findings">
            <h3 id="event-findings">{_('event.dataQuality')}</h3>
            <ul className="finding-list">
              {findings.map((f) => (
                <li key={f.id} className={`finding finding-${f.severity}`}>
                  <strong>{_(severityMessage[f.severity])}:</strong>{' '}
                  {findingMessage(f, kpis.dataset, locale)}
                </li>
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby="event-quotes">
          <h3 id="event-quotes">{_('event.quotes')}</h3>
          <p className="cited-by">{_('source.quoteLabel')}</p>
          {quotes.map((quote) => (
            <blockquote key={quote} lang="en" className="source-quote">
              {quote}
            </blockquote>
          ))}
        </section>
      </div>
    </ModalDialog>
  )
}

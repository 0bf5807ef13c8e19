import { Link } from '@tanstack/react-router'
import { useEffect, useRef } from 'react'
import { provenanceHelp, provenanceText, StatusBadge } from '../../components/status-badge'
import { cnyPerUsd } from '../../domain/currency'
import type { Kpis } from '../../domain/kpis'
import type { MetricRow } from '../../domain/metric-rows'
import { findingMessage } from '../../domain/quality-messages'
import type { TargetKind } from '../../domain/schema'
import { type CurrencyChoice, displayMetricValue, displayTargetValue } from '../../lib/display'
import { formatDate, formatPercent, formatPeriod, formatValue } from '../../lib/format'
import { metricTriggerId } from './metric-table'
import { passagesFor } from './source-passage'
import { TargetEditor } from './target-editor'

const kindText: Record<TargetKind, string> = {
  reach: 'at least',
  'stay-above': 'more than',
  'stay-below': 'at most',
}

const severityText = { error: 'Error', warning: 'Warning', info: 'Note' }
const severityIcon = { error: '✖', warning: '⚠', info: 'ℹ' }

function Figures({
  row,
  currency,
  rate,
}: {
  row: MetricRow
  currency: CurrencyChoice
  rate: number | undefined
}) {
  const { metric, target } = row
  const value = displayMetricValue(metric, currency, rate)
  return (
    <dl className="figure-grid">
      <div>
        <dt>Value</dt>
        <dd className="figure-big">{value.text}</dd>
        {value.converted && <dd className="muted">converted at {rate} CNY/USD</dd>}
      </div>
      <div>
        <dt>Target</dt>
        <dd className="figure-big">
          {target ? `${kindText[target.kind]} ${displayTargetValue(target, currency, rate)}` : '—'}
        </dd>
        {target && (
          <dd>
            <span className={`provenance provenance-${target.provenance}`}>
              {provenanceText[target.provenance]}
            </span>
            {target.due && <span className="muted"> · due {formatDate(target.due, 'en')}</span>}
          </dd>
        )}
      </div>
      <div>
        <dt>Attainment</dt>
        <dd className="figure-big">
          {row.attainment === undefined ? '—' : formatPercent(row.attainment, 'en')}
        </dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={row.status} />
        </dd>
      </div>
      <div>
        <dt>Period</dt>
        <dd>{formatPeriod(metric.period, 'en')}</dd>
      </div>
      <div>
        <dt>Unit</dt>
        <dd>
          {metric.unit}
          {metric.higherIsBetter ? ', higher is better' : ', lower is better'}
        </dd>
      </div>
    </dl>
  )
}

/**
 * One metric in full, with its own URL (?metric=<id>): figures, the sentence of the release that
 * states it (marked within its paragraph), where its target comes from, data-quality findings,
 * a what-if target, and the other figures of the same event.
 */
export function MetricDrawer({
  kpis,
  id,
  currency,
  onClose,
}: {
  kpis: Kpis
  id: string
  currency: CurrencyChoice
  onClose: () => void
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const row = kpis.rows.find((r) => r.metric.id === id)

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])

  // Switching metric inside the drawer: start reading at the new heading.
  const shownId = useRef(id)
  useEffect(() => {
    if (shownId.current !== id) {
      shownId.current = id
      heading.current?.focus()
    }
  }, [id])

  const close = () => {
    onClose()
    // Back to the row the drawer was opened from, when it is on screen.
    requestAnimationFrame(() => document.getElementById(metricTriggerId(id))?.focus())
  }

  const { dataset } = kpis
  const rate = cnyPerUsd(dataset)
  const metric = row?.metric
  const target = row?.target
  const event = row?.event
  const passages = metric
    ? passagesFor(dataset.sources, [
        metric.provenance.quote,
        ...(metric.provenance.supporting ?? []),
      ])
    : []
  const reference = target?.reference
    ? dataset.reference.find((r) => r.id === target.reference)
    : undefined
  const related = row
    ? kpis.rows.filter((r) => r.metric.event === row.metric.event && r !== row)
    : []
  const source = dataset.sources[0]

  return (
    <dialog
      ref={dialog}
      className="metric-drawer"
      aria-labelledby="metric-drawer-title"
      onClose={close}
    >
      <div className="drawer-body">
        <header className="drawer-header">
          {metric && (
            <p className="event-meta">
              <span className="event-number" title={`Event ${metric.event}`}>
                {metric.event}
              </span>
              <span className={`category category-${metric.category}`}>{metric.category}</span>
              <span>{event?.title.en}</span>
            </p>
          )}
          <h2 id="metric-drawer-title" ref={heading} tabIndex={-1}>
            {metric ? metric.label.en : 'Metric not found'}
          </h2>
          {metric && (
            <p lang="zh-CN" className="muted drawer-zh">
              {metric.label['zh-CN']}
            </p>
          )}
          <button type="button" className="dialog-close" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </header>

        {!row || !metric ? (
          <p>
            No metric has the id <code>{id}</code> in the {dataset.id} dataset. It may have been
            renamed; close this panel to see every metric.
          </p>
        ) : (
          <>
            <Figures row={row} currency={currency} rate={rate} />

            {row.findings.length > 0 && (
              <section aria-labelledby="drawer-findings">
                <h3 id="drawer-findings">Data quality</h3>
                <ul className="finding-list">
                  {row.findings.map((f) => (
                    <li key={f.id} className={`finding finding-${f.severity}`}>
                      <strong>
                        <span aria-hidden="true">{severityIcon[f.severity]} </span>
                        {severityText[f.severity]}:
                      </strong>{' '}
                      {findingMessage(f, dataset)}
                    </li>
                  ))}
                </ul>
              </section>
            )}

            <section aria-labelledby="drawer-source">
              <h3 id="drawer-source">What the source says</h3>
              {passages.map((passage) => (
                <blockquote
                  key={passage.segments.map((s) => s.text).join('')}
                  lang="en"
                  className="source-passage"
                >
                  <p>
                    {passage.segments.map((segment, i) =>
                      segment.marked ? (
                        // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional.
                        <mark key={i}>{segment.text}</mark>
                      ) : (
                        // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional.
                        <span key={i}>{segment.text}</span>
                      ),
                    )}
                  </p>
                </blockquote>
              ))}
              {source && (
                <p className="muted small">
                  {source.publisher}, “{source.title}”, {formatDate(source.published, 'en')}. The
                  marked sentences state this figure.
                </p>
              )}
              {metric.claims?.map((claim) => (
                <p key={claim.quote} className="claim">
                  <strong>The release claims:</strong> {claim.text.en}
                </p>
              ))}
            </section>

            <section aria-labelledby="drawer-target">
              <h3 id="drawer-target">Target</h3>
              {target ? (
                <>
                  <p>
                    <strong>{provenanceHelp[target.provenance]}</strong> {target.basis.en}
                  </p>
                  {target.quote && (
                    <blockquote lang="en" className="source-quote">
                      {target.quote}
                    </blockquote>
                  )}
                  {reference && (
                    <p className="reference-fact">
                      <strong>Reference fact:</strong> {reference.label.en}:{' '}
                      {reference.unit === 'CNY/USD'
                        ? `${reference.value} CNY/USD`
                        : formatValue(
                            reference.value,
                            reference.unit === 'percent' ? 'percent' : 'count',
                            'en',
                          )}
                      . <span className="muted">{reference.source}</span>
                    </p>
                  )}
                </>
              ) : (
                <p>The release publishes no target for this figure.</p>
              )}
              <TargetEditor key={`${metric.id}:${target?.value}:${target?.provenance}`} row={row} />
            </section>

            {related.length > 0 && (
              <section aria-labelledby="drawer-related">
                <h3 id="drawer-related">Other figures from event {metric.event}</h3>
                <ul className="related-list">
                  {related.map((r) => (
                    <li key={r.metric.id}>
                      <Link
                        to="/explore"
                        search={(prev) => ({ ...prev, metric: r.metric.id })}
                        resetScroll={false}
                      >
                        {r.metric.label.en}
                      </Link>{' '}
                      <span className="muted">
                        {displayMetricValue(r.metric, currency, rate).text}
                      </span>{' '}
                      <StatusBadge status={r.status} />
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
      </div>
    </dialog>
  )
}

import { lazy, Suspense, useEffect, useRef } from 'react'
import { EventMeta } from '@/components/event-meta'
import { useUnitText } from '@/components/metric-cells'
import { ModalDialog, ModalDialogClose } from '@/components/modal-dialog'
import { provenanceHelpMessage, StatusBadge } from '@/components/status-badge'
import { TargetText } from '@/components/target-text'
import type { OtherPeriodFigure } from '@/domain/comparison'
import { type CurrencyChoice, cnyPerUsd, isCnyPerUsd } from '@/domain/currency'
import type { Kpis } from '@/domain/kpis'
import type { Locale } from '@/domain/locale'
import type { MetricRow } from '@/domain/metric-rows'
import { quoteStatesValue } from '@/domain/stated-figure'
import { provenanceMessage, severityMessage } from '@/i18n/labels'
import { useLanguage } from '@/i18n/locale'
import { findingMessage } from '@/i18n/quality-messages'
import { slot, withElements } from '@/i18n/rich-text'
import { targetWithKind } from '@/i18n/target-kind'
import { displayMetricValue } from '@/lib/display'
import { formatDate, formatPercent, formatPeriod, formatRate, formatValue } from '@/lib/format'
import { Link } from '@/lib/router/react'
import { metricTriggerId } from './metric-table'
import { passagesFor } from './source-passage'
import { TargetEditor } from './target-editor'

/** The other periods' section, loaded only when there is one to show. */
const OtherPeriodsSection = lazy(() =>
  import('./other-periods').then((m) => ({ default: m.OtherPeriodsSection })),
)

const severityIcon = { error: '✖', warning: '⚠', info: 'ℹ' }

/** The label in the other language, for a reader who works in both. */
const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'zh-CN' : 'en')

function Figures({
  row,
  currency,
  rate,
}: {
  row: MetricRow
  currency: CurrencyChoice
  rate: number | undefined
}) {
  const [_, locale] = useLanguage()
  const { metric, target } = row
  const value = displayMetricValue(metric, currency, rate, locale)
  const unit = useUnitText(metric, false, currency)
  return (
    <dl className="figure-grid">
      <div>
        <dt>{_('table.value')}</dt>
        <dd className="figure-big">{value.text}</dd>
        {value.converted && rate !== undefined && (
          <dd className="muted">
            {_('explore.drawer.convertedAt', { rate: formatRate(rate, locale) })}
          </dd>
        )}
      </div>
      <div>
        <dt>{_('table.target')}</dt>
        <dd className="figure-big">
          {target ? (
            <TargetText target={target} currency={currency} rate={rate} words={targetWithKind} />
          ) : (
            '—'
          )}
        </dd>
        {target && (
          <dd>
            <span className={`provenance provenance-${target.provenance}`}>
              {_(provenanceMessage[target.provenance])}
            </span>
            {target.due && (
              <span className="muted">
                {' · '}
                {_('explore.drawer.due', { date: formatDate(target.due, locale) })}
              </span>
            )}
          </dd>
        )}
      </div>
      <div>
        <dt>{_('table.attainment')}</dt>
        <dd className="figure-big">
          {row.attainment === undefined ? '—' : formatPercent(row.attainment, locale)}
        </dd>
      </div>
      <div>
        <dt>{_('table.status')}</dt>
        <dd>
          <StatusBadge status={row.status} />
          {row.status === 'unjudgeable' && (
            <p className="muted">{_('targetInput.zeroJudgesNothing')}</p>
          )}
        </dd>
      </div>
      <div>
        <dt>{_('explore.drawer.period')}</dt>
        <dd>{formatPeriod(metric.period, locale)}</dd>
      </div>
      <div>
        <dt>{_('table.unit')}</dt>
        <dd>
          {_('explore.drawer.unitDirection', {
            unit,
            better: metric.higherIsBetter ? 'higher' : 'lower',
          })}
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
  otherPeriods,
}: {
  kpis: Kpis
  id: string
  currency: CurrencyChoice
  onClose: () => void
  /** This metric in other datasets, where they define it the same way. */
  otherPeriods: readonly OtherPeriodFigure[] | undefined
}) {
  const [_, locale] = useLanguage()
  // Between a bold lead-in and its text: Chinese runs on after its full-width colon.
  const space = locale === 'en' ? ' ' : ''
  const heading = useRef<HTMLHeadingElement>(null)
  const row = kpis.rows.find((r) => r.metric.id === id)

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
    <ModalDialog className="metric-drawer" labelledBy="metric-drawer-title" onClose={close}>
      <div className="drawer-body">
        <header className="drawer-header">
          {metric && (
            <EventMeta
              number={metric.event}
              category={metric.category}
              numberTitle={_('explore.drawer.event', { number: metric.event })}
            >
              {event?.title[locale]}
            </EventMeta>
          )}
          <h2 id="metric-drawer-title" ref={heading} tabIndex={-1}>
            {metric ? metric.label[locale] : _('explore.drawer.notFound')}
          </h2>
          {metric && (
            <p lang={otherLocale(locale)} className="muted drawer-other-label">
              {metric.label[otherLocale(locale)]}
            </p>
          )}
          <ModalDialogClose>{_('explore.close')}</ModalDialogClose>
        </header>

        {!row || !metric ? (
          <p>
            {withElements(
              _('explore.drawer.notFoundBody', { id: slot('id'), dataset: dataset.id }),
              { id: <code>{id}</code> },
            )}
          </p>
        ) : (
          <>
            <Figures row={row} currency={currency} rate={rate} />

            {otherPeriods && (
              <Suspense fallback={null}>
                <OtherPeriodsSection figures={otherPeriods} currency={currency} />
              </Suspense>
            )}

            {row.findings.length > 0 && (
              <section aria-labelledby="drawer-findings">
                <h3 id="drawer-findings">{_('table.dataQuality')}</h3>
                <ul className="finding-list">
                  {row.findings.map((f) => (
                    <li key={f.id} className={`finding finding-${f.severity}`}>
                      <strong>
                        <span aria-hidden="true">{severityIcon[f.severity]} </span>
                        {_('explore.drawer.severity', { severity: _(severityMessage[f.severity]) })}
                      </strong>
                      {space}
                      {findingMessage(f, dataset, locale)}
                    </li>
                  ))}
                </ul>
              </section>
            )}

            <section aria-labelledby="drawer-source">
              <h3 id="drawer-source">{_('explore.drawer.source')}</h3>
              {locale !== 'en' && <p className="muted small">{_('source.quoteLabel')}</p>}
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
                  {withElements(
                    _(
                      quoteStatesValue(metric)
                        ? 'explore.drawer.sourceLine'
                        : 'explore.drawer.sourceLineImplied',
                      {
                        publisher: slot('publisher'),
                        title: slot('title'),
                        date: formatDate(source.published, locale),
                      },
                    ),
                    {
                      publisher: source.publisher[locale],
                      title: <cite lang="en">{source.title}</cite>,
                    },
                  )}
                </p>
              )}
              {metric.claims?.map((claim) => (
                <p key={claim.quote} className="claim">
                  <strong>{_('explore.drawer.claims')}</strong>
                  {space}
                  {claim.text[locale]}
                </p>
              ))}
            </section>

            <section aria-labelledby="drawer-target">
              <h3 id="drawer-target">{_('table.target')}</h3>
              {target ? (
                <>
                  <p>
                    <strong>{_(provenanceHelpMessage[target.provenance])}</strong>
                    {space}
                    {target.basis[locale]}
                  </p>
                  {target.quote && (
                    <blockquote lang="en" className="source-quote">
                      {target.quote}
                    </blockquote>
                  )}
                  {reference && (
                    <p className="reference-fact">
                      <strong>{_('explore.drawer.referenceFact')}</strong>
                      {space}
                      {_('explore.drawer.referenceValue', {
                        label: reference.label[locale],
                        value: isCnyPerUsd(reference)
                          ? _('explore.drawer.rate', {
                              rate: formatRate(reference.value, locale),
                            })
                          : formatValue(
                              reference.value,
                              reference.unit === 'percent' ? 'percent' : 'count',
                              locale,
                            ),
                      })}
                      {space}
                      <span className="muted">{reference.source[locale]}</span>
                    </p>
                  )}
                </>
              ) : (
                <p>{_('explore.drawer.noTarget')}</p>
              )}
              <TargetEditor key={`${metric.id}:${target?.value}:${target?.provenance}`} row={row} />
            </section>

            {related.length > 0 && (
              <section aria-labelledby="drawer-related">
                <h3 id="drawer-related">{_('explore.drawer.related', { number: metric.event })}</h3>
                <ul className="related-list">
                  {related.map((r) => (
                    <li key={r.metric.id}>
                      <Link
                        to="/explore"
                        search={(prev) => ({ ...prev, metric: r.metric.id })}
                        resetScroll={false}
                      >
                        {r.metric.label[locale]}
                      </Link>{' '}
                      <span className="muted">
                        {displayMetricValue(r.metric, currency, rate, locale).text}
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
    </ModalDialog>
  )
}

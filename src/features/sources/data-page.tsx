import { useLingui } from '@lingui/react'
import { useKpis } from '@/api/queries'
import { DatasetWaiting, PanelError, PanelLoading, StaleNotice } from '@/components/panel-state'
import { placeHeld } from '@/components/place-held'
import { PrerenderedContent } from '@/components/prerendered-content'
import { TableHead } from '@/components/table-head'
import { WordsAround } from '@/components/words-around'
import { isCnyPerUsd } from '@/domain/currency'
import type { Kpis } from '@/domain/kpis'
import { type Unit, units } from '@/domain/schema'
import { provenanceMessage, severityMessage } from '@/i18n/labels'
import { useLanguage } from '@/i18n/locale'
import { findingMessage } from '@/i18n/quality-messages'
import { displayTargetValue } from '@/lib/display'
import { formatDate, formatRate, formatValue } from '@/lib/format'

/** Which records cite each sentence of the source, in the order the sentences appear. */
function useQuotesWithCitations(kpis: Kpis) {
  const [_, locale] = useLanguage()
  const { dataset } = kpis
  const labels = new Map(dataset.metrics.map((m) => [m.id, m.label[locale]]))
  const citations = new Map<string, string[]>()
  const cite = (quote: string, by: string) =>
    citations.set(quote, [...(citations.get(quote) ?? []), by])
  for (const e of dataset.events) cite(e.headline, _('data.cite.headline', { number: e.number }))
  for (const m of dataset.metrics) {
    cite(m.provenance.quote, m.label[locale])
    for (const q of m.provenance.supporting ?? []) {
      cite(q, _('data.cite.supporting', { label: m.label[locale] }))
    }
  }
  for (const m of dataset.milestones) {
    cite(
      m.provenance.quote,
      _('data.cite.milestone', { date: formatDate(m.date, locale), label: m.label[locale] }),
    )
  }
  for (const t of dataset.targets) {
    if (t.quote) cite(t.quote, _('data.cite.target', { label: labels.get(t.metric) ?? t.metric }))
  }
  const text = dataset.sources.map((s) => s.text).join('\n')
  return [...citations.entries()]
    .map(([quote, by]) => ({ quote, by: [...new Set(by)], at: text.indexOf(quote) }))
    .sort((a, b) => a.at - b.at)
}

function DataQuality({ kpis }: { kpis: Kpis }) {
  const [_, locale] = useLanguage()
  const { dataset, findings } = kpis
  const subjectLabel = (id: string) =>
    dataset.metrics.find((m) => m.id === id)?.label[locale] ??
    dataset.milestones.find((m) => m.id === id)?.label[locale] ??
    id
  return (
    <section aria-labelledby="findings-heading" className="section">
      <h2 id="findings-heading">{_('data.findings', { count: findings.length })}</h2>
      <p>{_('data.findingsIntro')}</p>
      <ol className="finding-cards">
        {findings.map((f) => (
          <li key={f.id} id={`finding-${f.id}`} className={`finding-card finding-${f.severity}`}>
            <p className="finding-title">
              <strong>
                {_('data.findingTitle', {
                  severity: _(severityMessage[f.severity]),
                  event: f.event,
                  subject: subjectLabel(f.subject.id),
                })}
              </strong>
              {/* The rule's id helps an analyst reading English; a Chinese page shows none. */}
              {locale === 'en' && (
                <>
                  {' '}
                  <span className="rule-id">({f.rule})</span>
                </>
              )}
            </p>
            <p>{findingMessage(f, dataset, locale)}</p>
            <blockquote lang="en" className="source-quote">
              {f.quote}
            </blockquote>
          </li>
        ))}
      </ol>
    </section>
  )
}

function Targets({ kpis }: { kpis: Kpis }) {
  const [_, locale] = useLanguage()
  const { dataset } = kpis
  const labels = new Map(dataset.metrics.map((m) => [m.id, m.label[locale]]))
  return (
    <section
      aria-labelledby="targets-heading"
      className="section skip-offscreen"
      style={placeHeld(3000)}
    >
      <h2 id="targets-heading">{_('data.targets')}</h2>
      <section
        className="table-scroll"
        aria-labelledby="targets-heading"
        // Scrolls sideways on a phone: a tab stop, so the keyboard can scroll it too.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the region scrolls; keyboard users need to focus it.
        tabIndex={0}
      >
        <table className="data-table">
          <caption>{_('data.targetsCaption')}</caption>
          <TableHead
            columns={[_('table.metric'), _('table.target'), _('data.provenance'), _('data.basis')]}
          />
          <tbody>
            {dataset.targets.map((t) => (
              <tr key={t.metric}>
                <th scope="row">{labels.get(t.metric) ?? t.metric}</th>
                <td className="num">{displayTargetValue(t, undefined, undefined, locale)}</td>
                <td>{_(provenanceMessage[t.provenance])}</td>
                <td>{t.basis[locale]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  )
}

/** A reference fact's unit as the format module knows it ("provinces", "days"); else a count. */
function referenceUnit(unit: string): Unit {
  return units.find((u) => u === unit) ?? 'count'
}

function ReferenceFacts({ kpis }: { kpis: Kpis }) {
  const [_, locale] = useLanguage()
  return (
    <section
      aria-labelledby="reference-heading"
      className="section skip-offscreen"
      style={placeHeld(400)}
    >
      <h2 id="reference-heading">{_('data.reference')}</h2>
      <dl className="reference-list">
        {kpis.dataset.reference.map((r) => (
          <div key={r.id}>
            <dt>{r.label[locale]}</dt>
            <dd>
              <strong>
                {isCnyPerUsd(r)
                  ? _('data.rate', { rate: formatRate(r.value, locale) })
                  : formatValue(r.value, referenceUnit(r.unit), locale)}
              </strong>
              <span className="reference-source">{r.source[locale]}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

function SourceQuotes({ kpis }: { kpis: Kpis }) {
  const { _ } = useLingui()
  const quotes = useQuotesWithCitations(kpis)
  return (
    <section
      aria-labelledby="quotes-heading"
      className="section skip-offscreen"
      style={placeHeld(4000)}
    >
      <h2 id="quotes-heading">{_('data.quotes', { count: quotes.length })}</h2>
      <p className="cited-by">{_('source.quoteLabel')}</p>
      <ol className="quote-list">
        {quotes.map(({ quote, by }) => (
          <li key={quote}>
            <blockquote lang="en" className="source-quote">
              {quote}
            </blockquote>
            <p className="cited-by">
              {_('data.citedBy', { list: by.join(_('data.citedBy.separator')) })}
            </p>
          </li>
        ))}
      </ol>
    </section>
  )
}

export function DataPage() {
  const [_, locale] = useLanguage()
  const query = useKpis()
  const kpis = query.data
  return (
    <>
      <h1>{_('data.title')}</h1>
      <DatasetWaiting
        fetching={query.isFetching}
        failureCount={query.failureCount}
        updatedAt={kpis ? query.dataUpdatedAt : undefined}
      />
      {!kpis ? (
        query.isError ? (
          <PanelError
            title={_('error.title')}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : (
          // A slow first answer: the prerendered sections (if the page had them) stay meanwhile.
          <PrerenderedContent
            fallback={<PanelLoading label={_('loading.dataset')} minHeight={800} />}
          />
        )
      ) : (
        <>
          {query.isError && (
            <StaleNotice
              updatedAt={query.dataUpdatedAt}
              error={query.error}
              onRetry={() => void query.refetch()}
            />
          )}
          {kpis.dataset.sources.map((source) => (
            <section key={source.id} aria-labelledby={`source-${source.id}`} className="section">
              <h2 id={`source-${source.id}`}>
                <WordsAround say={(title) => _('data.source', { title })}>
                  <span lang="en">{source.title}</span>
                </WordsAround>
              </h2>
              <p>
                {_('data.published', {
                  publisher: source.publisher[locale],
                  date: formatDate(source.published, locale),
                })}
                {/* Chinese sentences follow each other without a space. */}
                {locale === 'en' ? ' ' : ''}
                {source.attribution[locale]}
              </p>
              <p>
                {_('data.datasetVersion', {
                  id: kpis.dataset.id,
                  version: kpis.dataset.version,
                  date: formatDate(kpis.dataset.asOf, locale),
                })}
              </p>
              <details className="source-text">
                <summary>{_('data.readFull')}</summary>
                <pre lang="en">{source.text}</pre>
              </details>
            </section>
          ))}
          <DataQuality kpis={kpis} />
          <Targets kpis={kpis} />
          <ReferenceFacts kpis={kpis} />
          <SourceQuotes kpis={kpis} />
        </>
      )}
    </>
  )
}

import { useKpis } from '../../api/queries'
import { PanelError, PanelLoading } from '../../components/panel-state'
import { provenanceText } from '../../components/status-badge'
import type { Kpis } from '../../domain/kpis'
import { findingMessage } from '../../domain/quality-messages'
import { formatDate, formatInteger, formatValue } from '../../lib/format'

const severityText = { error: 'Error', warning: 'Warning', info: 'Note' }

/** Which records cite each sentence of the source, in the order the sentences appear. */
function quotesWithCitations(kpis: Kpis) {
  const { dataset } = kpis
  const citations = new Map<string, string[]>()
  const cite = (quote: string, by: string) =>
    citations.set(quote, [...(citations.get(quote) ?? []), by])
  for (const e of dataset.events) cite(e.headline, `Event ${e.number} headline`)
  for (const m of dataset.metrics) {
    cite(m.provenance.quote, m.label.en)
    for (const q of m.provenance.supporting ?? []) cite(q, `${m.label.en} (supporting)`)
  }
  for (const m of dataset.milestones)
    cite(m.provenance.quote, `${formatDate(m.date, 'en')}: ${m.label.en}`)
  for (const t of dataset.targets) if (t.quote) cite(t.quote, `Target for ${t.metric}`)
  const text = dataset.sources.map((s) => s.text).join('\n')
  return [...citations.entries()]
    .map(([quote, by]) => ({ quote, by: [...new Set(by)], at: text.indexOf(quote) }))
    .sort((a, b) => a.at - b.at)
}

function DataQuality({ kpis }: { kpis: Kpis }) {
  const { dataset, findings } = kpis
  const subjectLabel = (id: string) =>
    dataset.metrics.find((m) => m.id === id)?.label.en ??
    dataset.milestones.find((m) => m.id === id)?.label.en ??
    id
  return (
    <section aria-labelledby="findings-heading" className="section">
      <h2 id="findings-heading">Data-quality findings ({findings.length})</h2>
      <p>
        The dataset is checked against itself: currency conversions against the documented rate,
        parts against wholes, computed figures against their dates, dates in order, and who each
        sentence credits. The dashboard keeps every figure as the source states it and shows the
        finding beside it.
      </p>
      <ol className="finding-cards">
        {findings.map((f) => (
          <li key={f.id} className={`finding-card finding-${f.severity}`}>
            <p className="finding-title">
              <strong>{severityText[f.severity]}</strong> · event {f.event} ·{' '}
              {subjectLabel(f.subject.id)} <span className="rule-id">({f.rule})</span>
            </p>
            <p>{findingMessage(f, dataset)}</p>
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
  const { dataset } = kpis
  const labels = new Map(dataset.metrics.map((m) => [m.id, m.label.en]))
  return (
    <section aria-labelledby="targets-heading" className="section">
      <h2 id="targets-heading">Where each target comes from</h2>
      <div className="table-scroll">
        <table className="data-table">
          <caption>Targets and their provenance</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Target</th>
              <th scope="col">Provenance</th>
              <th scope="col">Basis</th>
            </tr>
          </thead>
          <tbody>
            {dataset.targets.map((t) => (
              <tr key={t.metric}>
                <th scope="row">{labels.get(t.metric) ?? t.metric}</th>
                <td className="num">{formatValue(t.value, t.unit, 'en')}</td>
                <td>{provenanceText[t.provenance]}</td>
                <td>{t.basis.en}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

function ReferenceFacts({ kpis }: { kpis: Kpis }) {
  return (
    <section aria-labelledby="reference-heading" className="section">
      <h2 id="reference-heading">Reference facts (not in the release)</h2>
      <dl className="reference-list">
        {kpis.dataset.reference.map((r) => (
          <div key={r.id}>
            <dt>{r.label.en}</dt>
            <dd>
              <strong>
                {formatInteger(r.value, 'en')} {r.unit}
              </strong>{' '}
              — {r.source}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

function SourceQuotes({ kpis }: { kpis: Kpis }) {
  const quotes = quotesWithCitations(kpis)
  return (
    <section aria-labelledby="quotes-heading" className="section">
      <h2 id="quotes-heading">Every quoted sentence ({quotes.length})</h2>
      <ol className="quote-list">
        {quotes.map(({ quote, by }) => (
          <li key={quote}>
            <blockquote lang="en" className="source-quote">
              {quote}
            </blockquote>
            <p className="cited-by">Cited by: {by.join('; ')}</p>
          </li>
        ))}
      </ol>
    </section>
  )
}

export function DataPage() {
  const query = useKpis()
  const kpis = query.data
  return (
    <>
      <h1>Sources and data quality</h1>
      {!kpis ? (
        query.isError ? (
          <PanelError
            title="Couldn't load the 2017 dataset"
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : (
          <PanelLoading label="Loading the 2017 dataset…" minHeight={800} />
        )
      ) : (
        <>
          {kpis.dataset.sources.map((source) => (
            <section key={source.id} aria-labelledby={`source-${source.id}`} className="section">
              <h2 id={`source-${source.id}`}>Source: {source.title}</h2>
              <p>
                {source.publisher}, published {formatDate(source.published, 'en')}.{' '}
                {source.attribution}
              </p>
              <p>
                Dataset {kpis.dataset.id}, version {kpis.dataset.version}, as of{' '}
                {formatDate(kpis.dataset.asOf, 'en')}.
              </p>
              <details className="source-text">
                <summary>Read the full release as published</summary>
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

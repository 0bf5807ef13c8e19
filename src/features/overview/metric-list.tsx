import { useKpis } from '../../api/queries'
import { PanelError, PanelLoading } from '../../components/panel-state'
import { ProvenanceBadge, StatusBadge } from '../../components/status-badge'
import type { MetricRow } from '../../domain/metric-rows'
import { findingMessage } from '../../domain/quality-messages'
import type { Dataset } from '../../domain/schema'
import { formatPercent, formatPeriod, formatQualified, formatValue } from '../../lib/format'

const severityText = {
  error: 'Data-quality error',
  warning: 'Data-quality warning',
  info: 'Data-quality note',
}

function MetricTableRow({ row, dataset }: { row: MetricRow; dataset: Dataset }) {
  const { metric, target } = row
  return (
    <tr>
      <th scope="row">
        {metric.label.en}
        <span className="cell-sub">
          Event {metric.event} · {metric.category}
        </span>
      </th>
      <td className="num">{formatQualified(metric.value, metric.unit, metric.qualifier, 'en')}</td>
      <td>{metric.unit}</td>
      <td className="num">
        {target ? (
          <>
            {formatValue(target.value, target.unit, 'en')}{' '}
            <ProvenanceBadge provenance={target.provenance} />
          </>
        ) : (
          '—'
        )}
      </td>
      <td className="num">
        {row.attainment === undefined ? '—' : formatPercent(row.attainment, 'en')}
      </td>
      <td>
        <StatusBadge status={row.status} />
      </td>
      <td>{formatPeriod(metric.period, 'en')}</td>
      <td>
        {row.findings.length === 0
          ? '—'
          : row.findings.map((f) => (
              <p key={f.id} className={`finding finding-${f.severity}`}>
                <strong>{severityText[f.severity]}:</strong> {findingMessage(f, dataset)}
              </p>
            ))}
      </td>
    </tr>
  )
}

/** Every metric with value, unit, target, status and data-quality flags. */
export function MetricList() {
  const query = useKpis()
  if (query.data === undefined) {
    if (query.isError) {
      return (
        <PanelError
          title="Couldn't load the 2017 dataset"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )
    }
    return <PanelLoading label="Loading the 2017 dataset…" minHeight={480} />
  }
  const { dataset, rows } = query.data
  return (
    <section aria-labelledby="metrics-heading">
      <h1 id="metrics-heading">{dataset.title.en}</h1>
      <div className="table-scroll">
        <table className="data-table">
          <caption>Every metric in the 2017 dataset</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Value</th>
              <th scope="col">Unit</th>
              <th scope="col">Target</th>
              <th scope="col">Attainment</th>
              <th scope="col">Status</th>
              <th scope="col">Date</th>
              <th scope="col">Data quality</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <MetricTableRow key={row.metric.id} row={row} dataset={dataset} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

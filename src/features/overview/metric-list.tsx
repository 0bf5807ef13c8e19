import { InfoTip } from '../../components/info-tip'
import { ProvenanceBadge, StatusBadge } from '../../components/status-badge'
import { cnyPerUsd } from '../../domain/currency'
import type { Kpis } from '../../domain/kpis'
import type { MetricRow } from '../../domain/metric-rows'
import { findingMessage, findingSummary } from '../../domain/quality-messages'
import type { Dataset } from '../../domain/schema'
import { type CurrencyChoice, displayMetricValue, displayTargetValue } from '../../lib/display'
import { formatPercent, formatPeriod } from '../../lib/format'

const severityText = {
  error: 'Data-quality error',
  warning: 'Data-quality warning',
  info: 'Data-quality note',
}

function MetricTableRow({
  row,
  dataset,
  currency,
  rate,
}: {
  row: MetricRow
  dataset: Dataset
  currency: CurrencyChoice
  rate: number | undefined
}) {
  const { metric, target } = row
  const value = displayMetricValue(metric, currency, rate)
  return (
    <tr>
      <th scope="row">
        {metric.label.en}
        <span className="cell-sub">
          Event {metric.event} · {metric.category}
        </span>
      </th>
      <td className="num">{value.text}</td>
      <td>{value.converted ? `${currency} (converted)` : metric.unit}</td>
      <td className="num">
        {target ? (
          <>
            {displayTargetValue(target, currency, rate)} <ProvenanceBadge target={target} />
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
      <td className="date-cell">{formatPeriod(metric.period, 'en')}</td>
      <td className="quality-cell">
        {row.findings.length === 0
          ? '—'
          : row.findings.map((f) => (
              <p key={f.id} className={`finding finding-${f.severity}`}>
                <InfoTip
                  className="finding-tip"
                  label={<strong>{severityText[f.severity]}</strong>}
                >
                  {findingMessage(f, dataset)}
                </InfoTip>{' '}
                {findingSummary(f)}
              </p>
            ))}
      </td>
    </tr>
  )
}

/** Every metric with value, unit, target, status and data-quality flags. */
export function MetricList({ kpis, currency }: { kpis: Kpis; currency: CurrencyChoice }) {
  const { dataset, rows } = kpis
  const rate = cnyPerUsd(dataset)
  return (
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
            <MetricTableRow
              key={row.metric.id}
              row={row}
              dataset={dataset}
              currency={currency}
              rate={rate}
            />
          ))}
        </tbody>
      </table>
    </div>
  )
}

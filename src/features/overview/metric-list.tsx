import { useLingui } from '@lingui/react'
import { memo } from 'react'
import { InfoTip } from '@/components/info-tip'
import { ProvenanceBadge, StatusBadge } from '@/components/status-badge'
import type { CurrencyChoice } from '@/domain/currency'
import { cnyPerUsd } from '@/domain/currency'
import type { Kpis } from '@/domain/kpis'
import type { MetricRow } from '@/domain/metric-rows'
import type { Dataset } from '@/domain/schema'
import { categoryMessage, severityLongMessage, unitMessage } from '@/i18n/labels'
import { useLocale } from '@/i18n/locale'
import { findingMessage } from '@/i18n/quality-messages'
import { findingSummary } from '@/i18n/quality-summary'
import { displayMetricValue, displayTargetValue } from '@/lib/display'
import { formatPercent, formatPeriod } from '@/lib/format'

const MetricTableRow = memo(function MetricTableRow({
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
  const { _ } = useLingui()
  const locale = useLocale()
  const { metric, target } = row
  const value = displayMetricValue(metric, currency, rate, locale)
  return (
    <tr>
      <th scope="row">
        {metric.label[locale]}
        <span className="cell-sub">
          {_('table.eventCategory', {
            number: metric.event,
            category: _(categoryMessage[metric.category]),
          })}
        </span>
      </th>
      <td className="num">{value.text}</td>
      <td>
        {value.converted && currency
          ? _('table.converted', { currency })
          : _(unitMessage[metric.unit])}
      </td>
      <td className="num">
        {target ? (
          <>
            {displayTargetValue(target, currency, rate, locale)} <ProvenanceBadge target={target} />
          </>
        ) : (
          '—'
        )}
      </td>
      <td className="num">
        {row.attainment === undefined ? '—' : formatPercent(row.attainment, locale)}
      </td>
      <td>
        <StatusBadge status={row.status} />
      </td>
      <td className="date-cell">{formatPeriod(metric.period, locale)}</td>
      <td className="quality-cell">
        {row.findings.length === 0
          ? '—'
          : row.findings.map((f) => (
              <p key={f.id} className={`finding finding-${f.severity}`}>
                <InfoTip
                  className="finding-tip"
                  label={<strong>{_(severityLongMessage[f.severity])}</strong>}
                >
                  {findingMessage(f, dataset, locale)}
                </InfoTip>{' '}
                {findingSummary(f, locale)}
              </p>
            ))}
      </td>
    </tr>
  )
})

/** Every metric with value, unit, target, status and data-quality flags. */
export function MetricList({ kpis, currency }: { kpis: Kpis; currency: CurrencyChoice }) {
  const { _ } = useLingui()
  const locale = useLocale()
  const { dataset, rows } = kpis
  const rate = cnyPerUsd(dataset)
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{_('table.caption', { period: formatPeriod(dataset.period, locale) })}</caption>
        <thead>
          <tr>
            <th scope="col">{_('table.metric')}</th>
            <th scope="col">{_('table.value')}</th>
            <th scope="col">{_('table.unit')}</th>
            <th scope="col">{_('table.target')}</th>
            <th scope="col">{_('table.attainment')}</th>
            <th scope="col">{_('table.status')}</th>
            <th scope="col">{_('table.date')}</th>
            <th scope="col">{_('table.dataQuality')}</th>
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

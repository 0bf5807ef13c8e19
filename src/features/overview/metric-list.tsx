import { memo, useId, useState } from 'react'
import { LARGE_DATASET } from '@/api/client'
import { useDatasetKey } from '@/api/dataset-key'
import { urlWithDataset } from '@/api/dataset-url'
import { InfoTip } from '@/components/info-tip'
import { EventCategoryLine, useUnitText } from '@/components/metric-cells'
import { PeriodText } from '@/components/period-text'
import { PrintPageStamp } from '@/components/print-page-stamp'
import { ProvenanceBadge, StatusBadge } from '@/components/status-badge'
import { TableHead } from '@/components/table-head'
import { type CurrencyChoice, cnyPerUsd } from '@/domain/currency'
import type { Kpis } from '@/domain/kpis'
import type { MetricRow } from '@/domain/metric-rows'
import type { Dataset } from '@/domain/schema'
import { exportStamp, stampTexts } from '@/i18n/export-table'
import { severityLongMessage } from '@/i18n/labels'
import { useLanguage, useLocale } from '@/i18n/locale'
import { findingMessage } from '@/i18n/quality-messages'
import { findingSummary } from '@/i18n/quality-summary'
import { displayMetricValue, displayTargetValue } from '@/lib/display'
import { formatInteger, formatPercent, formatPeriod } from '@/lib/format'
import { Link } from '@/lib/router/react'

/** Column headers and where they show: `wide-only` columns fold into the row's details on a phone. */
const headers: [id: string, className?: string][] = [
  ['table.metric'],
  ['table.value'],
  ['table.unit', 'wide-only unit-col'],
  ['table.target', 'wide-only'],
  ['table.attainment', 'wide-only'],
  ['table.status'],
  ['table.date', 'wide-only'],
  ['table.dataQuality', 'wide-only'],
]
const COLUMNS = headers.length

interface RowProps {
  row: MetricRow
  dataset: Dataset
  currency: CurrencyChoice
  rate: number | undefined
}

function TargetText({ row, currency, rate }: Omit<RowProps, 'dataset'>) {
  const locale = useLocale()
  if (!row.target) return <>—</>
  return (
    <>
      {displayTargetValue(row.target, currency, rate, locale)}{' '}
      <ProvenanceBadge target={row.target} />
    </>
  )
}

function Findings({ row, dataset }: Pick<RowProps, 'row' | 'dataset'>) {
  const [_, locale] = useLanguage()
  if (row.findings.length === 0) return <>—</>
  return (
    <>
      {row.findings.map((f) => (
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
    </>
  )
}

/**
 * On a phone the row shows metric, value and status; the other columns open under it on demand,
 * and a data-quality finding is named in the metric cell so it is never hidden behind the button.
 */
const MetricTableRow = memo(function MetricTableRow({ row, dataset, currency, rate }: RowProps) {
  const [_, locale] = useLanguage()
  const detailsId = useId()
  const [open, setOpen] = useState(false)
  const { metric } = row
  const value = displayMetricValue(metric, currency, rate, locale)
  const unit = useUnitText(metric, value.converted, currency)
  const worst = row.findings[0]
  return (
    <>
      <tr>
        <th scope="row">
          {metric.label[locale]}
          <EventCategoryLine metric={metric} />
          {worst && (
            <span className={`cell-sub narrow-only finding-flag finding-${worst.severity}`}>
              {_(severityLongMessage[worst.severity])}
            </span>
          )}
          <button
            type="button"
            className="link-button row-details-toggle narrow-only"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen((o) => !o)}
          >
            {_('table.details')}
          </button>
        </th>
        <td className="num">
          {value.text}
          <span className="cell-sub mid-only">{unit}</span>
        </td>
        <td className="wide-only unit-col">{unit}</td>
        <td className="num target-col wide-only">
          <TargetText row={row} currency={currency} rate={rate} />
        </td>
        <td className="num wide-only">
          {row.attainment === undefined ? '—' : formatPercent(row.attainment, locale)}
        </td>
        <td>
          <StatusBadge status={row.status} />
        </td>
        <td className="date-cell wide-only">
          <PeriodText period={metric.period} />
        </td>
        <td className="quality-cell wide-only">
          <Findings row={row} dataset={dataset} />
        </td>
      </tr>
      <tr id={detailsId} className="row-details narrow-only" hidden={!open}>
        <td colSpan={COLUMNS}>
          {open && (
            <dl>
              <div>
                <dt>{_('table.target')}</dt>
                <dd>
                  <TargetText row={row} currency={currency} rate={rate} />
                </dd>
              </div>
              <div>
                <dt>{_('table.attainment')}</dt>
                <dd>
                  {row.attainment === undefined ? '—' : formatPercent(row.attainment, locale)}
                </dd>
              </div>
              <div>
                <dt>{_('table.date')}</dt>
                <dd>
                  <PeriodText period={metric.period} />
                </dd>
              </div>
              <div>
                <dt>{_('table.dataQuality')}</dt>
                <dd>
                  <Findings row={row} dataset={dataset} />
                </dd>
              </div>
            </dl>
          )}
        </td>
      </tr>
    </>
  )
})

/**
 * Rows the overview lists. A release has tens of metrics; a dataset of thousands is read in
 * /explore (search, filters, sorting, a windowed table), and listing all of them here would hold
 * the page for as long as it takes to draw them (about a minute for 100,000).
 */
export const OVERVIEW_ROWS = 100

/** Every metric with value, unit, target, status and data-quality flags (the first 100). */
export function MetricList({
  kpis,
  total,
  currency,
}: {
  kpis: Kpis
  /** Metrics before the filters, to say in print how many the filters left. */
  total: number
  currency: CurrencyChoice
}) {
  const [_, locale] = useLanguage()
  const datasetKey = useDatasetKey()
  const { dataset } = kpis
  const rows = kpis.rows.slice(0, OVERVIEW_ROWS)
  const more = kpis.rows.length - rows.length
  const period = formatPeriod(dataset.period, locale)
  const totalText = formatInteger(kpis.rows.length, locale)
  const rate = cnyPerUsd(dataset)
  // Printed at the foot of every page of the report: the filters, then where it comes from.
  const printStamp = [
    kpis.rows.length < total
      ? _('overview.filtered', { shown: kpis.rows.length, total })
      : _('print.noFilters', { total }),
    ...stampTexts(exportStamp(dataset, urlWithDataset(window.location.href, datasetKey)), locale),
  ]
  return (
    <>
      {more > 0 && (
        <p className="table-more">
          {_('table.firstOnly', { shownText: formatInteger(rows.length, locale), totalText })}{' '}
          <Link to="/explore" search={(prev) => prev}>
            {_('table.allInExplore', { totalText })}
          </Link>
        </p>
      )}
      {/* Its own paragraph: after the link, which ends without a full stop, it read as one run-on sentence. */}
      {more > 0 && dataset.metrics.length > LARGE_DATASET && (
        <p className="table-more">{_('table.notOffline')}</p>
      )}
      <div className="table-scroll metric-list">
        <PrintPageStamp lines={printStamp} size="A4 landscape" />
        <table className="data-table">
          <caption>
            {more > 0
              ? _('table.captionFirst', {
                  period,
                  shownText: formatInteger(rows.length, locale),
                  totalText,
                })
              : _('table.caption', { period })}
          </caption>
          <TableHead columns={headers.map(([id, className]) => ({ label: _(id), className }))} />
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
    </>
  )
}

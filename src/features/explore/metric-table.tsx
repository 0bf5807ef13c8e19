import { Link } from '@tanstack/react-router'
import { useRef, useState } from 'react'
import type { SortColumn } from '../../app/search'
import { ProvenanceBadge, StatusBadge } from '../../components/status-badge'
import type { MetricRow } from '../../domain/metric-rows'
import { type CurrencyChoice, displayMetricValue, displayTargetValue } from '../../lib/display'
import { formatInteger, formatPercent, formatPeriod } from '../../lib/format'
import type { SortDirection } from './sort-rows'
import { TargetEditor } from './target-editor'
import { useVirtualRows, VIRTUAL_ROW_HEIGHT } from './use-virtual-rows'

/** Most telling first: on a laptop the last columns scroll, the metric name stays put. */
const columns: { key: SortColumn; label: string; numeric?: boolean }[] = [
  { key: 'label', label: 'Metric' },
  { key: 'value', label: 'Value', numeric: true },
  { key: 'target', label: 'Target', numeric: true },
  { key: 'attainment', label: 'Attainment', numeric: true },
  { key: 'status', label: 'Status' },
  { key: 'provenance', label: 'Provenance' },
  { key: 'event', label: 'Event', numeric: true },
  { key: 'category', label: 'Category' },
  { key: 'unit', label: 'Unit' },
  { key: 'date', label: 'Date' },
]

const severityIcon = { error: '✖', warning: '⚠', info: 'ℹ' }

/** The id of the link that opens a metric's drawer, to give focus back to it on close. */
export const metricTriggerId = (id: string) => `metric-open-${id.replaceAll('.', '-')}`

function SortHeader({
  column,
  sort,
  dir,
  onSort,
}: {
  column: (typeof columns)[number]
  sort: SortColumn | undefined
  dir: SortDirection
  onSort: (column: SortColumn) => void
}) {
  const active = sort === column.key
  return (
    <th
      scope="col"
      aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
      className={column.numeric ? 'num' : undefined}
    >
      <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
        {column.label}
        <span aria-hidden="true" className={active ? 'sort-icon active' : 'sort-icon'}>
          {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  )
}

function TargetCell({
  row,
  currency,
  rate,
  editable,
}: {
  row: MetricRow
  currency: CurrencyChoice
  rate: number | undefined
  editable: boolean
}) {
  const [editing, setEditing] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  if (editing) {
    return (
      <TargetEditor
        row={row}
        compact
        autoFocus
        onDone={() => {
          setEditing(false)
          requestAnimationFrame(() => button.current?.focus())
        }}
      />
    )
  }
  return (
    <span className="target-cell">
      <span>{row.target ? displayTargetValue(row.target, currency, rate) : '—'}</span>
      {editable && (
        <button
          ref={button}
          type="button"
          className="icon-button no-print"
          aria-label={`Edit target for ${row.metric.label.en}`}
          title="Edit target"
          onClick={() => setEditing(true)}
        >
          <span aria-hidden="true">✎</span>
        </button>
      )}
    </span>
  )
}

function Row({
  row,
  rowIndex,
  currency,
  rate,
  virtual,
}: {
  row: MetricRow
  /** Position among all rows (the header is 1), when only a window of rows is rendered. */
  rowIndex: number | undefined
  currency: CurrencyChoice
  rate: number | undefined
  virtual: boolean
}) {
  const { metric, target } = row
  const value = displayMetricValue(metric, currency, rate)
  const worst = row.findings[0]
  return (
    <tr aria-rowindex={rowIndex} style={virtual ? { height: VIRTUAL_ROW_HEIGHT } : undefined}>
      <th scope="row">
        <Link
          id={metricTriggerId(metric.id)}
          to="/explore"
          search={(prev) => ({ ...prev, metric: metric.id })}
          resetScroll={false}
          className="metric-link"
        >
          {metric.label.en}
        </Link>
        {worst && (
          <span className={`flag flag-${worst.severity}`}>
            <span aria-hidden="true">{severityIcon[worst.severity]} </span>
            {row.findings.length === 1 ? '1 finding' : `${row.findings.length} findings`}
          </span>
        )}
      </th>
      <td className="num">{value.text}</td>
      <td className="num">
        <TargetCell row={row} currency={currency} rate={rate} editable={!virtual} />
      </td>
      <td className="num">
        {row.attainment === undefined ? '—' : formatPercent(row.attainment, 'en')}
      </td>
      <td>
        <StatusBadge status={row.status} />
      </td>
      <td>{target ? <ProvenanceBadge target={target} /> : <span className="muted">None</span>}</td>
      <td className="num">{metric.event}</td>
      <td className="capitalize">{metric.category}</td>
      <td>{value.converted ? `${currency} (converted)` : metric.unit}</td>
      <td className="date-cell">{formatPeriod(metric.period, 'en')}</td>
    </tr>
  )
}

/**
 * The filtered metrics, sortable by every column. Past a few hundred rows only the rows in view
 * are rendered, in a scroll box of its own, so ten thousand rows stay fast.
 */
export function MetricTable({
  rows,
  total,
  currency,
  rate,
  sort,
  dir,
  onSort,
}: {
  rows: readonly MetricRow[]
  total: number
  currency: CurrencyChoice
  rate: number | undefined
  sort: SortColumn | undefined
  dir: SortDirection
  onSort: (column: SortColumn) => void
}) {
  const scroller = useRef<HTMLElement>(null)
  const rowWindow = useVirtualRows(rows.length, scroller)
  const shown = rows.slice(rowWindow.start, rowWindow.end)
  const sortedBy = columns.find((c) => c.key === sort)
  return (
    <section
      ref={scroller}
      className={
        rowWindow.virtual ? 'table-scroll explore-table virtual' : 'table-scroll explore-table'
      }
      // A scroll box must be reachable by keyboard to scroll it.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the region scrolls; keyboard users need to focus it.
      tabIndex={0}
      aria-label="Metrics table"
    >
      <table className="data-table" aria-rowcount={rowWindow.virtual ? rows.length + 1 : undefined}>
        <caption>
          Metrics: {formatInteger(rows.length, 'en')} of {formatInteger(total, 'en')}
          {sortedBy &&
            `, sorted by ${sortedBy.label.toLowerCase()} ${dir === 'asc' ? 'ascending' : 'descending'}`}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <SortHeader key={column.key} column={column} sort={sort} dir={dir} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rowWindow.padTop > 0 && <tr className="spacer" style={{ height: rowWindow.padTop }} />}
          {shown.map((row, i) => (
            <Row
              key={row.metric.id}
              rowIndex={rowWindow.virtual ? rowWindow.start + i + 2 : undefined}
              row={row}
              currency={currency}
              rate={rate}
              virtual={rowWindow.virtual}
            />
          ))}
          {rowWindow.padBottom > 0 && (
            <tr className="spacer" style={{ height: rowWindow.padBottom }} />
          )}
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="empty">
                No metric matches these filters.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  )
}

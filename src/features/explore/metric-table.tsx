import { useLingui } from '@lingui/react'
import { lazy, memo, Suspense, useRef, useState } from 'react'
import { EventCategoryLine, useUnitText } from '@/components/metric-cells'
import { PeriodText } from '@/components/period-text'
import { ProvenanceBadge, StatusBadge } from '@/components/status-badge'
import type { OtherPeriodFigure } from '@/domain/comparison'
import type { CurrencyChoice } from '@/domain/currency'
import type { MetricRow } from '@/domain/metric-rows'
import { categoryMessage } from '@/i18n/labels'
import { useLanguage } from '@/i18n/locale'
import { displayMetricValue, displayTargetValue } from '@/lib/display'
import { formatInteger, formatPercent } from '@/lib/format'
import { Link } from '@/lib/router/react'
import { columnMessage } from './messages'
import type { SortColumn } from './search'
import type { SortDirection } from './sort-rows'
import { TargetEditor } from './target-editor'
import { useVirtualRows, VIRTUAL_ROW_HEIGHT } from './use-virtual-rows'

/** Other periods' lines under a value, loaded only when there is one to show. */
const OtherPeriodLines = lazy(() =>
  import('./other-periods').then((m) => ({ default: m.OtherPeriodLines })),
)

/**
 * Most telling first. The page is the only scroll region, so the table fits its width: on a wide
 * screen every column shows; on a laptop (`wide` columns hidden) provenance, event, category and
 * unit move into the target, metric and value cells; on a phone (`laptop` columns hidden too) a
 * row is metric, value and status, and its drawer holds the rest.
 */
const columns: { key: SortColumn; numeric?: boolean; shownFrom?: 'laptop' | 'wide' }[] = [
  { key: 'label' },
  { key: 'value', numeric: true },
  { key: 'target', numeric: true, shownFrom: 'laptop' },
  { key: 'attainment', numeric: true, shownFrom: 'laptop' },
  { key: 'status' },
  { key: 'provenance', shownFrom: 'wide' },
  { key: 'event', numeric: true, shownFrom: 'wide' },
  { key: 'category', shownFrom: 'wide' },
  { key: 'unit', shownFrom: 'wide' },
  { key: 'date', shownFrom: 'laptop' },
]

const columnClass = (column: (typeof columns)[number]) =>
  [column.numeric ? 'num' : '', column.shownFrom ? `from-${column.shownFrom}` : '']
    .filter(Boolean)
    .join(' ') || undefined

const columnOf = (key: SortColumn) => columns.find((c) => c.key === key) ?? { key }

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
  const { _ } = useLingui()
  const active = sort === column.key
  return (
    <th
      scope="col"
      aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
      className={columnClass(column)}
    >
      <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
        {_(columnMessage[column.key])}
        <span aria-hidden="true" className={active ? 'sort-icon active' : 'sort-icon'}>
          {/* Arrows, not triangles: ▼ is the "Below target" icon. */}
          {active ? (dir === 'asc' ? '↑' : '↓') : '↕'}
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
  const [_, locale] = useLanguage()
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
      <span>{row.target ? displayTargetValue(row.target, currency, rate, locale) : '—'}</span>
      {editable && (
        <button
          ref={button}
          type="button"
          className="icon-button no-print"
          aria-label={_('explore.editTargetFor', { label: row.metric.label[locale] })}
          title={_('explore.editTarget')}
          onClick={() => setEditing(true)}
        >
          <span aria-hidden="true">✎</span>
        </button>
      )}
    </span>
  )
}

const Row = memo(function Row({
  row,
  rowIndex,
  currency,
  rate,
  virtual,
  others,
}: {
  row: MetricRow
  /** Position among all rows (the header is 1), when only a window of rows is rendered. */
  rowIndex: number | undefined
  currency: CurrencyChoice
  rate: number | undefined
  /** Only rows in view are rendered, one line high: the drawer holds the rest. */
  virtual: boolean
  /** The same figure in other periods (same definition), if any dataset has it. */
  others: readonly OtherPeriodFigure[] | undefined
}) {
  const [_, locale] = useLanguage()
  const { metric, target } = row
  const value = displayMetricValue(metric, currency, rate, locale)
  const worst = row.findings[0]
  const unit = useUnitText(metric, value.converted, currency)
  // Provenance, event, category and unit also go in other cells, which CSS shows where the
  // wide-screen columns hide (table.css): CSS picks, so the build's prerender fits every screen.
  const folded = !virtual
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
          {metric.label[locale]}
        </Link>
        {folded && <EventCategoryLine metric={metric} className="folded-only" />}
        {worst && (
          <span className={`flag flag-${worst.severity}`}>
            <span aria-hidden="true">{severityIcon[worst.severity]} </span>
            {_('explore.findings', {
              count: row.findings.length,
              countText: formatInteger(row.findings.length, locale),
            })}
          </span>
        )}
      </th>
      <td className={columnClass(columnOf('value'))}>
        {value.text}
        {folded && <span className="cell-sub folded-only">{unit}</span>}
        {/* A virtual row has a fixed height: the drawer still shows the other periods. */}
        {others && !virtual && (
          <Suspense fallback={null}>
            <OtherPeriodLines figures={others} currency={currency} />
          </Suspense>
        )}
      </td>
      <td className={`target-col ${columnClass(columnOf('target'))}`}>
        <TargetCell row={row} currency={currency} rate={rate} editable={!virtual} />
        {folded && target && (
          <span className="cell-sub folded-only">
            <ProvenanceBadge target={target} />
          </span>
        )}
      </td>
      <td className={columnClass(columnOf('attainment'))}>
        {row.attainment === undefined ? '—' : formatPercent(row.attainment, locale)}
      </td>
      <td>
        <StatusBadge status={row.status} />
      </td>
      <td className={columnClass(columnOf('provenance'))}>
        {target ? (
          <ProvenanceBadge target={target} />
        ) : (
          <span className="muted">{_('explore.provenance.none')}</span>
        )}
      </td>
      <td className={columnClass(columnOf('event'))}>{formatInteger(metric.event, locale)}</td>
      <td className={columnClass(columnOf('category'))}>{_(categoryMessage[metric.category])}</td>
      <td className={columnClass(columnOf('unit'))}>{unit}</td>
      <td className={`date-cell ${columnClass(columnOf('date'))}`}>
        <PeriodText period={metric.period} />
      </td>
    </tr>
  )
})

/**
 * The filtered metrics, sortable by every column. Past a few hundred rows only the rows in view
 * are rendered, in a scroll box of its own, so ten thousand rows stay fast.
 */
export const MetricTable = memo(function MetricTable({
  rows,
  total,
  currency,
  rate,
  sort,
  dir,
  onSort,
  otherPeriods,
}: {
  rows: readonly MetricRow[]
  total: number
  currency: CurrencyChoice
  rate: number | undefined
  sort: SortColumn | undefined
  dir: SortDirection
  onSort: (column: SortColumn) => void
  otherPeriods: ReadonlyMap<string, readonly OtherPeriodFigure[]>
}) {
  const [_, locale] = useLanguage()
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
      // Only the virtual table is a scroll box of its own; a scroll box must be reachable by keyboard.
      tabIndex={rowWindow.virtual ? 0 : undefined}
      aria-label={_('explore.table.region')}
    >
      <table className="data-table" aria-rowcount={rowWindow.virtual ? rows.length + 1 : undefined}>
        <caption>
          {sortedBy
            ? _('explore.table.captionSorted', {
                shown: formatInteger(rows.length, locale),
                total: formatInteger(total, locale),
                column: _(columnMessage[sortedBy.key]).toLocaleLowerCase(locale),
                dir,
              })
            : _('explore.table.caption', {
                shown: formatInteger(rows.length, locale),
                total: formatInteger(total, locale),
              })}
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
              others={otherPeriods.get(row.metric.id)}
            />
          ))}
          {rowWindow.padBottom > 0 && (
            <tr className="spacer" style={{ height: rowWindow.padBottom }} />
          )}
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="empty">
                {_('explore.table.empty')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  )
})

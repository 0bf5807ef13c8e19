import { useLingui } from '@lingui/react'
import { ProvenanceBadge, StatusBadge } from '@/components/status-badge'
import { TableHead } from '@/components/table-head'
import type { ChartTableRow } from './chart-types'

function Row({ row, header = 'th' }: { row: ChartTableRow; header?: 'th' | 'td' }) {
  const Label = header
  return (
    <tr>
      <Label scope={header === 'th' ? 'row' : undefined}>
        {row.label}
        {row.detail && <span className="cell-sub">{row.detail}</span>}
      </Label>
      <td className="num">
        {row.value}
        {row.otherPeriods?.map((text) => (
          <span key={text} className="cell-sub">
            {text}
          </span>
        ))}
      </td>
      <td className="num">
        {row.target ?? '—'}
        {row.targetDetail && (
          <span className="cell-badge">
            <ProvenanceBadge target={row.targetDetail} />
          </span>
        )}
      </td>
      <td className="num">{row.attainment ?? '—'}</td>
      <td>{row.status ? <StatusBadge status={row.status} /> : '—'}</td>
    </tr>
  )
}

/** A chart's figures as a table: value, target with its provenance, attainment, status. */
export function ChartTable({
  caption,
  rows,
  totals = [],
}: {
  caption: string
  rows: readonly ChartTableRow[]
  totals?: readonly ChartTableRow[]
}) {
  const { _ } = useLingui()
  return (
    <div className="table-scroll">
      <table className="data-table chart-table">
        <caption>{caption}</caption>
        <TableHead
          columns={[
            _('chart.table.figure'),
            _('table.value'),
            _('chart.table.target'),
            _('table.attainment'),
            _('table.status'),
          ]}
        />
        <tbody>
          {rows.map((row) => (
            <Row key={row.key} row={row} />
          ))}
        </tbody>
        {totals.length > 0 && (
          <tfoot>
            {totals.map((row) => (
              <Row key={row.key} row={row} />
            ))}
          </tfoot>
        )}
      </table>
    </div>
  )
}

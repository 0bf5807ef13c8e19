import { ProvenanceBadge, StatusBadge } from '../status-badge'
import type { ChartTableRow } from './chart-types'

function Row({ row, header = 'th' }: { row: ChartTableRow; header?: 'th' | 'td' }) {
  const Label = header
  return (
    <tr>
      <Label scope={header === 'th' ? 'row' : undefined}>
        {row.label}
        {row.detail && <span className="cell-sub">{row.detail}</span>}
      </Label>
      <td className="num">{row.value}</td>
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
  return (
    <div className="table-scroll">
      <table className="data-table chart-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Value</th>
            <th scope="col">Target (provenance)</th>
            <th scope="col">Attainment</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
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

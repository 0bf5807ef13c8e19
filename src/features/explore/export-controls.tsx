import type { MetricRow } from '../../domain/metric-rows'
import type { Dataset } from '../../domain/schema'
import { exportFileName, exportStamp, metricTable, toCsv, toJson } from '../../lib/export'
import { downloadText } from './download'

/** Downloads of the filtered, sorted table, stamped with the view's URL, as-of date and source. */
export function ExportControls({
  rows,
  dataset,
  url,
}: {
  rows: readonly MetricRow[]
  dataset: Dataset
  url: string
}) {
  const save = (format: 'csv' | 'json') => {
    const table = metricTable(rows)
    const stamp = exportStamp(dataset, url)
    if (format === 'csv') {
      downloadText(exportFileName(dataset, 'csv'), toCsv(table, stamp), 'text/csv;charset=utf-8')
    } else {
      downloadText(exportFileName(dataset, 'json'), toJson(table, stamp), 'application/json')
    }
  }
  return (
    <div className="export-controls no-print">
      <button type="button" className="button secondary small" onClick={() => save('csv')}>
        Download CSV<span className="visually-hidden"> of {rows.length} metrics</span>
      </button>
      <button type="button" className="button secondary small" onClick={() => save('json')}>
        Download JSON<span className="visually-hidden"> of {rows.length} metrics</span>
      </button>
      <button type="button" className="button secondary small" onClick={() => window.print()}>
        Print or save as PDF
      </button>
    </div>
  )
}

import type { MetricRow } from '@/domain/metric-rows'
import type { Dataset } from '@/domain/schema'
import { exportStamp, metricTable, toCsv } from '@/i18n/export-table'
import { useLanguage } from '@/i18n/locale'
import { exportFileName, toJson } from '@/lib/export'
import { formatInteger } from '@/lib/format'
import { downloadText } from './download'

/**
 * Downloads of the filtered, sorted table in the reader's language, stamped with the view's URL,
 * as-of date and source.
 */
export function ExportControls({
  rows,
  dataset,
  url,
}: {
  rows: readonly MetricRow[]
  dataset: Dataset
  url: string
}) {
  const [_, locale] = useLanguage()
  const save = (format: 'csv' | 'json') => {
    const table = metricTable(rows, locale)
    const stamp = exportStamp(dataset, url)
    if (format === 'csv') {
      downloadText(
        exportFileName(dataset, 'csv'),
        toCsv(table, stamp, locale),
        'text/csv;charset=utf-8',
      )
    } else {
      downloadText(exportFileName(dataset, 'json'), toJson(table, stamp), 'application/json')
    }
  }
  const rowCount = (
    <span className="visually-hidden">
      {' '}
      {_('explore.export.rowCount', {
        count: rows.length,
        countText: formatInteger(rows.length, locale),
      })}
    </span>
  )
  return (
    <div className="export-controls no-print">
      <button type="button" className="button secondary small" onClick={() => save('csv')}>
        {_('explore.export.download', { format: 'CSV' })}
        {rowCount}
      </button>
      <button type="button" className="button secondary small" onClick={() => save('json')}>
        {_('explore.export.download', { format: 'JSON' })}
        {rowCount}
      </button>
      <button type="button" className="button secondary small" onClick={() => window.print()}>
        {_('explore.export.print', { format: 'PDF' })}
      </button>
    </div>
  )
}

import { useLingui } from '@lingui/react'
import { type ReactNode, useContext, useId, useRef, useState } from 'react'
import { ExportPngButton } from '@/components/export-png-button'
import { ChartExportStamp } from './chart-export'
import { LazyMount } from './lazy-mount'

/**
 * A chart with everything around it: the heading that names it, a one-sentence summary,
 * a legend, notes, and a "Show as table" toggle that reveals the same figures as a table.
 * The plot keeps a fixed height and mounts only when it scrolls near the viewport.
 */
export function ChartFigure({
  title,
  summary,
  legend,
  notes,
  plotHeight,
  table,
  children,
}: {
  title: string
  summary: string
  legend?: ReactNode
  notes?: ReactNode
  plotHeight: number
  table: ReactNode
  /** The plot itself; it is hidden from or labelled for assistive technology by the chart. */
  children: ReactNode
}) {
  const { _ } = useLingui()
  const headingId = useId()
  const tableId = useId()
  const [showTable, setShowTable] = useState(false)
  const stamp = useContext(ChartExportStamp)
  const figure = useRef<HTMLElement>(null)
  return (
    <figure ref={figure} className="chart-figure" aria-labelledby={headingId}>
      <figcaption className="chart-caption">
        <h3 id={headingId} className="chart-title">
          {title}
        </h3>
        <p className="chart-summary">{summary}</p>
      </figcaption>
      {legend}
      <LazyMount height={plotHeight} className="chart-plot" intentIn={figure}>
        {children}
      </LazyMount>
      {notes && <div className="chart-notes">{notes}</div>}
      <div className="chart-actions" data-png-skip="">
        <button
          type="button"
          className="chart-table-toggle"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? _('chart.hideTable') : _('chart.showTable')}
        </button>
        {stamp && (
          <ExportPngButton
            target={figure}
            fileName={title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}
            stamp={stamp}
            text={{ title, description: summary }}
            className="chart-table-toggle"
          />
        )}
      </div>
      <div id={tableId} className="chart-table-region" hidden={!showTable}>
        {showTable && table}
      </div>
    </figure>
  )
}

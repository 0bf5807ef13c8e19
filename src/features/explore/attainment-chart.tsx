import { useId, useRef } from 'react'
import { ExportPngButton } from '../../components/export-png-button'
import { StatusBadge } from '../../components/status-badge'
import type { MetricRow } from '../../domain/metric-rows'
import { formatPercent } from '../../lib/format'

/** Bars run from 0 to 150%; the target (100%) sits at two thirds of the track. */
const SCALE_MAX = 1.5
/** A chart is for reading at a glance; past this many bars the table is the better view. */
export const MAX_BARS = 40

/**
 * Attainment of the filtered metrics that have a target, in table order: bar, target line, the
 * percentage and the status in text and icon, so it reads in black and white too.
 */
export function AttainmentChart({
  rows,
  stamp,
  fileName,
}: {
  rows: readonly MetricRow[]
  stamp: readonly string[]
  fileName: string
}) {
  const figure = useRef<HTMLElement>(null)
  const captionId = useId()
  const withTarget = rows.filter((r) => r.attainment !== undefined)
  const bars = withTarget.slice(0, MAX_BARS)
  return (
    <figure ref={figure} className="attainment-chart" aria-labelledby={captionId}>
      <div className="chart-head">
        <figcaption id={captionId}>
          Attainment against target, {bars.length} of {withTarget.length} metric
          {withTarget.length === 1 ? '' : 's'} with a target
          {withTarget.length > bars.length && ` (the first ${MAX_BARS} in table order)`}
        </figcaption>
        {bars.length > 0 && <ExportPngButton target={figure} fileName={fileName} stamp={stamp} />}
      </div>
      {bars.length === 0 ? (
        <p className="muted">No filtered metric has a target to compare with.</p>
      ) : (
        <ul className="bars">
          {bars.map((row) => {
            const attainment = row.attainment ?? 0
            const width = (Math.min(attainment, SCALE_MAX) / SCALE_MAX) * 100
            return (
              <li key={row.metric.id}>
                <span className="bar-label">{row.metric.label.en}</span>
                <span className="bar-track" aria-hidden="true">
                  <span className={`bar-fill fill-${row.status}`} style={{ width: `${width}%` }} />
                  <span className="bar-target" style={{ left: `${100 / SCALE_MAX}%` }} />
                  {attainment > SCALE_MAX && <span className="bar-overflow">›</span>}
                </span>
                <span className="bar-value">
                  {formatPercent(attainment, 'en')} <StatusBadge status={row.status} />
                </span>
              </li>
            )
          })}
        </ul>
      )}
      <p className="chart-note muted">The line marks the target (100%); bars stop at 150%.</p>
    </figure>
  )
}

import { StatusBadge } from '../status-badge'
import type { TargetedValue } from './chart-types'

export interface TooltipEntry extends TargetedValue {
  key: string
  /** The series swatch, when the chart has more than one. */
  colour?: string
  seriesLabel?: string
}

const provenanceWord = {
  stated: 'stated',
  derived: 'derived',
  illustrative: 'illustrative',
  analyst: 'analyst',
} as const

/** What a chart's tooltip shows: each value, its target (and what kind), and its status. */
export function ChartTooltipCard({
  title,
  entries,
}: {
  title: string
  entries: readonly TooltipEntry[]
}) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{title}</p>
      {entries.map((entry) => (
        <div key={entry.key} className="chart-tooltip-entry">
          {entry.seriesLabel && (
            <p className="chart-tooltip-series">
              {entry.colour && (
                <span
                  className="chart-tooltip-swatch"
                  style={{ background: entry.colour }}
                  aria-hidden="true"
                />
              )}
              {entry.seriesLabel}
            </p>
          )}
          <p>
            <strong>{entry.valueText}</strong>
            {entry.targetText && (
              <>
                {' '}
                · target {entry.targetText}
                {entry.targetProvenance && ` (${provenanceWord[entry.targetProvenance]})`}
              </>
            )}
          </p>
          <StatusBadge status={entry.status} />
        </div>
      ))}
    </div>
  )
}

/**
 * Tooltip settings every chart shares: inside the chart and never wider than it. On a narrow
 * chart the plot is too slim to hold the tooltip beside the pointer, so it pins to the left edge.
 */
export function tooltipProps(narrow: boolean) {
  return {
    allowEscapeViewBox: { x: false, y: false },
    wrapperStyle: {
      maxWidth: narrow ? '100%' : 'min(18rem, 85%)',
      zIndex: 3,
      pointerEvents: 'none',
    },
    isAnimationActive: false,
    ...(narrow ? { position: { x: 0 } } : {}),
  } as const
}

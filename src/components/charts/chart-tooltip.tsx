import { useLingui } from '@lingui/react'
import type { CSSProperties, ReactNode } from 'react'
import { StatusBadge } from '@/components/status-badge'
import { provenanceMessage } from '@/i18n/labels'
import type { TargetedValue } from './chart-types'

export interface TooltipEntry extends TargetedValue {
  key: string
  /** The series swatch, when the chart has more than one. */
  colour?: string
  seriesLabel?: string
}

/** What a chart's tooltip shows: each value, its target (and what kind), and its status. */
export function ChartTooltipCard({
  title,
  entries,
}: {
  title: string
  entries: readonly TooltipEntry[]
}) {
  const { _, i18n } = useLingui()
  const kind = (entry: TooltipEntry) =>
    entry.targetProvenance
      ? _(provenanceMessage[entry.targetProvenance]).toLocaleLowerCase(i18n.locale)
      : undefined
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
                {' · '}
                {kind(entry)
                  ? _('chart.tooltip.targetKind', { value: entry.targetText, kind: kind(entry) })
                  : _('chart.tooltip.target', { value: entry.targetText })}
              </>
            )}
          </p>
          <StatusBadge status={entry.status} />
          {entry.verdict && <p>{entry.verdict}</p>}
          {entry.otherPeriods?.map((other) => (
            <p key={other.key}>{other.text}</p>
          ))}
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

/** Where the keyboard-focused mark sits in the plot, in px from the plot's top-left corner. */
export interface FocusedMark {
  index: number
  top: number
  bottom: number
  left: number
  narrow: boolean
}

/** The focused mark of bar `index`, whose focus box starts at `left` and spans `box`. */
export function focusedMark(
  index: number,
  left: number,
  box: { y: number; height: number },
  narrow: boolean,
): FocusedMark {
  return { index, top: box.y, bottom: box.y + box.height, left, narrow }
}

/**
 * The tooltip of the mark that has keyboard focus, beside the mark: recharts shows its tooltip
 * only for the pointer. Below the mark in the plot's top half, above it in the bottom half.
 */
export function FocusTooltip({
  focused,
  plotHeight,
  children,
}: {
  focused: FocusedMark
  plotHeight: number
  children: ReactNode
}) {
  const below = (focused.top + focused.bottom) / 2 < plotHeight / 2
  const style: CSSProperties = {
    ...(below ? { top: focused.bottom + 6 } : { bottom: plotHeight - focused.top + 6 }),
    left: focused.narrow ? 0 : focused.left,
    maxWidth: focused.narrow ? '100%' : 'min(18rem, 85%)',
  }
  return (
    // Named already by the focused button; shown for sighted keyboard users.
    <div className="chart-focus-tip" aria-hidden="true" style={style}>
      {children}
    </div>
  )
}

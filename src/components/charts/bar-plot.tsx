import { useLingui } from '@lingui/react'
import { type ComponentProps, type ReactNode, useContext, useState } from 'react'
import {
  BarChart,
  type BarShapeProps,
  CartesianGrid,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from 'recharts'
import { statusIcon } from '@/components/status-badge'
import type { Locale } from '@/domain/locale'
import { statusMessage } from '@/i18n/labels'
import { joinList } from '@/i18n/target-phrases'
import { type FocusedMark, FocusTooltip, focusedMark, tooltipProps } from './chart-tooltip'
import { type MarkFilter, NARROW_CHART, type TargetedValue } from './chart-types'
import { FilterMark, type MarkBox } from './filter-mark'
import { ResponsivePlot, useStable, useTickFormatter } from './responsive-plot'
import { MountedForPointer } from './static-plots'
import type { ValueScale } from './value-axis'

/** Size of the row labels and value labels of horizontal bar charts. */
export const LABEL_FONT = 13

/**
 * An axis label as one plain `<text>`. recharts' own tick text is handed the axis's width and so
 * measures every word in the DOM to wrap it (`measureTextWithDOM`, tens of ms per chart at
 * mount); these labels are one line, their room reserved from `textWidth`. `verticalAnchor` is
 * placed as recharts places a one-line label (cap height 0.71 em).
 */
export function PlainTick({
  x,
  y,
  textAnchor,
  verticalAnchor,
  payload,
  index = 0,
  tickFormatter,
  fontSize,
  fill,
  dx,
}: {
  x?: number
  y?: number
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit'
  verticalAnchor?: 'start' | 'middle' | 'end'
  payload?: { value?: unknown }
  index?: number
  tickFormatter?: (value: unknown, index: number) => string
  fontSize: number
  fill: string
  dx?: number
}) {
  const value = payload?.value
  const dy =
    verticalAnchor === 'start' ? '0.71em' : verticalAnchor === 'end' ? undefined : '0.355em'
  return (
    <text
      x={x}
      y={y}
      dx={dx}
      dy={dy}
      textAnchor={textAnchor}
      fontSize={fontSize}
      fill={fill}
      className="recharts-cartesian-axis-tick-value"
    >
      {tickFormatter ? tickFormatter(value, index) : String(value ?? '')}
    </text>
  )
}

const VALUE_TICK = <PlainTick fontSize={12} fill="var(--text-muted)" />

/**
 * The grid draws no rows (horizontal={false}), but recharts still works out where they would be,
 * measuring every category label in the DOM to thin them (`measureTextWithDOM`).
 */
const NO_ROWS = () => []

/**
 * What makes a bar a mark: the view's filter, the mark's accessible name, and how it reports
 * keyboard focus (`box`: its focus ring, which its tooltip goes beside) and the loss of it.
 */
export interface MarkControl {
  filter: MarkFilter | undefined
  name: string
  onFocus: (box: { y: number; height: number }) => void
  onBlur: () => void
}

/**
 * What a plot learns from its box: its width class, its bars' mark controls, and the pointer's
 * tooltip, undefined until the pointer or the focus first enters the plot (see FocusablePlotBox).
 */
export interface PlotFrame {
  /** The plot's width in px. */
  width: number
  narrow: boolean
  markControl: (bar: BarShapeProps, value: TargetedValue | undefined) => MarkControl
  tooltip: ((index: number) => ReactNode) | undefined
}

/**
 * A horizontal bar chart's plot at the width it is given, with the tooltip of the bar that has
 * keyboard focus beside it. `tooltip(index)` is the card of the index-th category, for the
 * pointer and the keyboard alike.
 */
export function FocusablePlotBox({
  height,
  filter,
  tooltip,
  children,
}: {
  height: number
  filter: MarkFilter | undefined
  tooltip: (index: number) => ReactNode
  children: (frame: PlotFrame) => ReactNode
}) {
  const { _, i18n } = useLingui()
  const [focused, setFocused] = useState<FocusedMark | undefined>()
  // recharts' Tooltip measures its box in the DOM when it mounts (a forced layout in every
  // chart's mount): it mounts when the pointer or the focus first comes in, before it can show,
  // or at once where the pointer brought the chart in.
  const [pointedAt, setPointedAt] = useState(useContext(MountedForPointer))
  const card = focused && tooltip(focused.index)
  const pointIn = pointedAt ? undefined : () => setPointedAt(true)
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: not a control; the marks inside are
    <div className="chart-plot-box" onPointerEnter={pointIn} onFocus={pointIn}>
      <ResponsivePlot height={height}>
        {(width) => {
          const narrow = width < NARROW_CHART
          const markControl: PlotFrame['markControl'] = (bar, value) => ({
            filter,
            // What the mark reads out as a filter button: "Filter to event 5: …".
            name: value
              ? _('chart.filterMark', {
                  event: value.event ?? '',
                  label: value.label,
                  value: value.otherPeriods?.length
                    ? _('chart.otherPeriod.beside', {
                        value: value.valueText,
                        others: joinList(
                          value.otherPeriods.map((o) => o.text),
                          i18n.locale as Locale,
                        ),
                      })
                    : value.valueText,
                  status: _(statusMessage[value.status]),
                })
              : '',
            onFocus: (box) => setFocused(focusedMark(bar.index, bar.x, box, narrow)),
            onBlur: () => setFocused(undefined),
          })
          return children({ width, narrow, markControl, tooltip: pointedAt ? tooltip : undefined })
        }}
      </ResponsivePlot>
      {focused && card && (
        <FocusTooltip focused={focused} plotHeight={height}>
          {card}
        </FocusTooltip>
      )}
    </div>
  )
}

/** A bar's whole mark as one control around `box` (see `FilterMark`). */
export function BarMark({
  control,
  event,
  box,
  children,
}: {
  control: MarkControl
  event: number | undefined
  box: MarkBox
  children: ReactNode
}) {
  return (
    <FilterMark
      filter={control.filter}
      event={event}
      name={control.name}
      box={box}
      onFocus={() => control.onFocus(box)}
      onBlur={control.onBlur}
    >
      {children}
    </FilterMark>
  )
}

/**
 * The scaffold of a horizontal bar chart: a value axis along the bottom with its grid lines,
 * the categories down the left, and the tooltip. The chart passes its bars as children.
 */
export function HorizontalBarPlot({
  width,
  height,
  label,
  data,
  categoryKey,
  categoryWidth,
  categoryTick,
  margin,
  domain,
  ticks,
  scale,
  formatTick,
  narrow,
  filter,
  cursor,
  barCategoryGap,
  barGap,
  tooltip,
  children,
}: {
  width: number
  height: number
  /** The chart's accessible name. */
  label: string
  data: readonly Record<string, unknown>[]
  /** The field of `data` that names each category on the axis. */
  categoryKey: string
  categoryWidth: ComponentProps<typeof YAxis>['width']
  categoryTick: ComponentProps<typeof YAxis>['tick']
  margin: { top: number; right: number; bottom: number; left: number }
  domain: [number, number]
  ticks: readonly number[]
  scale?: ValueScale
  formatTick: (value: number, narrow: boolean) => string
  narrow: boolean
  filter: MarkFilter | undefined
  cursor: ComponentProps<typeof Tooltip>['cursor']
  barCategoryGap: string
  barGap?: number
  /** The pointer's tooltip card of the index-th category; none yet: no Tooltip mounted. */
  tooltip: ((index: number) => ReactNode) | undefined
  children: ReactNode
}) {
  const stableData = useStable(data)
  const stableMargin = useStable(margin)
  const stableDomain = useStable(domain)
  const stableTicks = useStable(ticks)
  const tickFormatter = useTickFormatter(formatTick, narrow)
  return (
    <BarChart
      width={width}
      height={height}
      layout="vertical"
      data={stableData}
      margin={stableMargin}
      barCategoryGap={barCategoryGap}
      barGap={barGap}
      aria-label={label}
      // With filter buttons the bars are the keyboard stops, each showing its own tooltip;
      // recharts' arrow-key layer would add a second, competing one.
      {...(filter ? { accessibilityLayer: false, role: 'group' } : {})}
    >
      {/* The grid first, in the chart's own layer (no portal of its own); the bars, in theirs
          or in this one (the bullets'), and the axes (their own) draw over it. */}
      <CartesianGrid
        horizontal={false}
        horizontalCoordinatesGenerator={NO_ROWS}
        stroke="var(--border)"
        zIndex={0}
      />
      {children}
      <XAxis
        type="number"
        scale={scale}
        domain={stableDomain}
        ticks={stableTicks}
        interval={0}
        tickFormatter={tickFormatter}
        tick={VALUE_TICK}
        stroke="var(--border)"
      />
      <YAxis
        type="category"
        dataKey={categoryKey}
        width={categoryWidth}
        interval={0}
        tickLine={false}
        tick={categoryTick}
        stroke="var(--border)"
      />
      {tooltip && (
        <Tooltip
          {...tooltipProps(narrow)}
          cursor={cursor}
          content={(tip: TooltipContentProps) => tip.active && tooltip(Number(tip.activeIndex))}
        />
      )}
    </BarChart>
  )
}

/**
 * A value as its bar's label: the figure, with the status icon when a target judges it. A goal
 * stated in words judges the sentence, not the figure, so its bar has no icon.
 */
export function valueLabel(value: TargetedValue): string {
  return value.status === 'no-target' || value.verdict !== undefined
    ? value.valueText
    : `${value.valueText} ${statusIcon[value.status]}`
}

/** A bar's value label, centred on `y`. */
export function ValueLabel({ x, y, text }: { x: number; y: number; text: string }) {
  return (
    <text
      x={x}
      y={y}
      dominantBaseline="central"
      fontSize={LABEL_FONT}
      fill="var(--text)"
      className="chart-value-label"
    >
      {text}
    </text>
  )
}

import { useLingui } from '@lingui/react'
import { useState } from 'react'
import {
  Bar,
  BarChart,
  type BarShapeProps,
  CartesianGrid,
  Tooltip,
  type TooltipContentProps,
  useXAxisScale,
  XAxis,
  YAxis,
} from 'recharts'
import { statusIcon, statusMessage } from '../status-badge'
import {
  ChartTooltipCard,
  type FocusedMark,
  FocusTooltip,
  focusedMark,
  tooltipProps,
} from './chart-tooltip'
import { type ChartSeries, type MarkFilter, NARROW_CHART, type TargetedValue } from './chart-types'
import { FilterMark } from './filter-mark'
import { ResponsivePlot, useStable, useTickFormatter } from './responsive-plot'
import { TargetMark } from './target-mark'
import { textWidth, thinTicks, type ValueScale, valueAxis } from './value-axis'

/** One category of bars (a funnel stage, a prize tier), with a value per series. */
export interface BarCategory {
  key: string
  label: string
  /** Used when the chart is narrow. */
  shortLabel: string
  values: Partial<Record<string, TargetedValue>>
}

export interface TargetBarChartProps {
  /** The chart's accessible name. */
  label: string
  categories: readonly BarCategory[]
  series: readonly ChartSeries[]
  scale?: ValueScale
  height: number
  formatTick: (value: number, narrow: boolean) => string
  /** Makes each bar a button that filters the view to its value's event. */
  filter?: MarkFilter
}

const LABEL_FONT = 13
const VALUE_TICK = { fontSize: 12, fill: 'var(--text-muted)' }
const CATEGORY_TICK = { fontSize: LABEL_FONT, fill: 'var(--text)' }
const CURSOR = { fill: 'var(--surface-2)', fillOpacity: 0.7 }
const MAX_TICKS_NARROW = 4

/**
 * Horizontal bars, one per category and series, each with its own target mark across its band;
 * the value axis always reaches the largest target. Values are labelled at the end of the bar
 * or past the target mark, whichever is further, with the status icon.
 */
export function TargetBarChart(props: TargetBarChartProps) {
  const [focused, setFocused] = useState<FocusedMark | undefined>()
  const category = focused && props.categories[focused.index]
  return (
    <div className="chart-plot-box">
      <ResponsivePlot height={props.height}>
        {(width) => <Plot {...props} narrow={width < NARROW_CHART} onFocusMark={setFocused} />}
      </ResponsivePlot>
      {focused && category && (
        <FocusTooltip focused={focused} plotHeight={props.height}>
          <BarTooltipCard category={category} series={props.series} />
        </FocusTooltip>
      )}
    </div>
  )
}

function Plot({
  label,
  categories,
  series,
  scale = 'linear',
  formatTick,
  filter,
  narrow,
  onFocusMark,
}: TargetBarChartProps & {
  narrow: boolean
  onFocusMark: (mark: FocusedMark | undefined) => void
}) {
  const { _ } = useLingui()
  const values = categories.flatMap((c) =>
    series.flatMap((s) => {
      const v = c.values[s.key]
      return v ? [v.value, v.target ?? 0] : []
    }),
  )
  const axis = valueAxis(values, scale)
  const ticks = narrow ? thinTicks(axis.ticks, MAX_TICKS_NARROW) : axis.ticks
  const data = useStable(
    categories.map((c) => ({
      category: narrow ? c.shortLabel : c.label,
      ...Object.fromEntries(series.map((s) => [s.key, c.values[s.key]?.value ?? null])),
    })),
  )
  const valueLabels = categories.flatMap((c) =>
    series.map((s) => valueLabel(c.values[s.key])).filter((t) => t !== ''),
  )
  const rightMargin = Math.max(...valueLabels.map((t) => textWidth(t, LABEL_FONT))) + 14
  const markName = (value: TargetedValue) =>
    _('chart.filterMark', {
      event: value.event ?? '',
      label: value.label,
      value: value.valueText,
      status: _(statusMessage[value.status]),
    })

  const margin = useStable({ top: 8, right: rightMargin, bottom: 4, left: 0 })
  const tickFormatter = useTickFormatter(formatTick, narrow)
  const domain = useStable(axis.domain)
  const stableTicks = useStable(ticks)
  return (
    <BarChart
      layout="vertical"
      data={data}
      margin={margin}
      barCategoryGap={series.length > 1 ? '16%' : '26%'}
      barGap={3}
      aria-label={label}
      // With filter buttons the bars are the keyboard stops, each showing its own tooltip;
      // recharts' arrow-key layer would add a second, competing one.
      {...(filter ? { accessibilityLayer: false, role: 'group' } : {})}
    >
      <CartesianGrid horizontal={false} stroke="var(--border)" />
      <XAxis
        type="number"
        scale={scale}
        domain={domain}
        ticks={stableTicks}
        interval={0}
        tickFormatter={tickFormatter}
        tick={VALUE_TICK}
        stroke="var(--border)"
      />
      <YAxis
        type="category"
        dataKey="category"
        width="auto"
        interval={0}
        tickLine={false}
        tick={CATEGORY_TICK}
        stroke="var(--border)"
      />
      <Tooltip
        {...tooltipProps(narrow)}
        cursor={CURSOR}
        content={(tip: TooltipContentProps) => {
          const category = tip.active ? categories[Number(tip.activeIndex)] : undefined
          return category ? <BarTooltipCard category={category} series={series} /> : null
        }}
      />
      {series.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          fill={s.colour}
          isAnimationActive={false}
          shape={(bar: BarShapeProps) => {
            const value = categories[bar.index]?.values[s.key]
            return (
              <TargetBar
                bar={bar}
                value={value}
                filter={filter}
                name={value ? markName(value) : ''}
                onFocus={(box) => onFocusMark(focusedMark(bar.index, bar.x, box, narrow))}
                onBlur={() => onFocusMark(undefined)}
              />
            )
          }}
        />
      ))}
    </BarChart>
  )
}

function valueLabel(value: TargetedValue | undefined): string {
  if (!value) return ''
  return value.status === 'no-target'
    ? value.valueText
    : `${value.valueText} ${statusIcon[value.status]}`
}

function TargetBar({
  bar,
  value,
  filter,
  name,
  onFocus,
  onBlur,
}: {
  bar: BarShapeProps
  value: TargetedValue | undefined
  filter: MarkFilter | undefined
  name: string
  onFocus: (box: { y: number; height: number }) => void
  onBlur: () => void
}) {
  const xScale = useXAxisScale()
  if (!value) return null
  const { x, y, width, height, fill } = bar
  const targetX = value.target === undefined ? undefined : xScale?.(value.target)
  const labelX = Math.max(x + width, targetX ?? 0) + 8
  const text = valueLabel(value)
  // The ring takes in the bar, its target and its label: the whole mark is one control.
  const ring = {
    x: x - 4,
    y: y - 5,
    width: labelX + textWidth(text, LABEL_FONT) + 4 - (x - 4),
    height: height + 10,
  }
  return (
    <FilterMark
      filter={filter}
      event={value.event}
      name={name}
      box={ring}
      onFocus={() => onFocus(ring)}
      onBlur={onBlur}
    >
      <rect x={x} y={y} width={Math.max(width, 0)} height={height} fill={fill} rx={2} />
      {targetX !== undefined && (
        <TargetMark
          x={targetX}
          y1={y - 4}
          y2={y + height + 4}
          provenance={value.targetProvenance}
        />
      )}
      <text
        x={labelX}
        y={y + height / 2}
        dominantBaseline="central"
        fontSize={LABEL_FONT}
        fill="var(--text)"
        className="chart-value-label"
      >
        {text}
      </text>
    </FilterMark>
  )
}

function BarTooltipCard({
  category,
  series,
}: {
  category: BarCategory
  series: readonly ChartSeries[]
}) {
  const entries = series.flatMap((s) => {
    const value = category.values[s.key]
    return value
      ? [{ ...value, key: s.key, colour: s.colour, seriesLabel: series.length > 1 ? s.label : '' }]
      : []
  })
  return <ChartTooltipCard title={category.label} entries={entries} />
}

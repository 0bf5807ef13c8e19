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
import { statusIcon } from '../status-badge'
import { ChartTooltipCard, tooltipProps } from './chart-tooltip'
import { type ChartSeries, NARROW_CHART, type TargetedValue } from './chart-types'
import { ResponsivePlot } from './responsive-plot'
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
}

const LABEL_FONT = 13
const MAX_TICKS_NARROW = 4

/**
 * Horizontal bars, one per category and series, each with its own target mark across its band;
 * the value axis always reaches the largest target. Values are labelled at the end of the bar
 * or past the target mark, whichever is further, with the status icon.
 */
export function TargetBarChart(props: TargetBarChartProps) {
  return (
    <ResponsivePlot height={props.height}>
      {(width) => <Plot {...props} narrow={width < NARROW_CHART} />}
    </ResponsivePlot>
  )
}

function Plot({
  label,
  categories,
  series,
  scale = 'linear',
  formatTick,
  narrow,
}: TargetBarChartProps & { narrow: boolean }) {
  const values = categories.flatMap((c) =>
    series.flatMap((s) => {
      const v = c.values[s.key]
      return v ? [v.value, v.target ?? 0] : []
    }),
  )
  const axis = valueAxis(values, scale)
  const ticks = narrow ? thinTicks(axis.ticks, MAX_TICKS_NARROW) : axis.ticks
  const data = categories.map((c) => ({
    category: narrow ? c.shortLabel : c.label,
    ...Object.fromEntries(series.map((s) => [s.key, c.values[s.key]?.value ?? null])),
  }))
  const valueLabels = categories.flatMap((c) =>
    series.map((s) => valueLabel(c.values[s.key])).filter((t) => t !== ''),
  )
  const rightMargin = Math.max(...valueLabels.map((t) => textWidth(t, LABEL_FONT))) + 14

  return (
    <BarChart
      layout="vertical"
      data={data}
      margin={{ top: 8, right: rightMargin, bottom: 4, left: 0 }}
      barCategoryGap={series.length > 1 ? '16%' : '26%'}
      barGap={3}
      aria-label={label}
    >
      <CartesianGrid horizontal={false} stroke="var(--border)" />
      <XAxis
        type="number"
        scale={scale}
        domain={axis.domain}
        ticks={ticks}
        interval={0}
        tickFormatter={(value: number) => formatTick(value, narrow)}
        tick={{ fontSize: 12, fill: 'var(--text-muted)' }}
        stroke="var(--border)"
      />
      <YAxis
        type="category"
        dataKey="category"
        width="auto"
        interval={0}
        tickLine={false}
        tick={{ fontSize: LABEL_FONT, fill: 'var(--text)' }}
        stroke="var(--border)"
      />
      <Tooltip
        {...tooltipProps(narrow)}
        cursor={{ fill: 'var(--surface-2)', fillOpacity: 0.7 }}
        content={(tip: TooltipContentProps) => (
          <BarTooltip tip={tip} categories={categories} series={series} />
        )}
      />
      {series.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          fill={s.colour}
          isAnimationActive={false}
          shape={(bar: BarShapeProps) => (
            <TargetBar bar={bar} value={categories[bar.index]?.values[s.key]} />
          )}
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

function TargetBar({ bar, value }: { bar: BarShapeProps; value: TargetedValue | undefined }) {
  const xScale = useXAxisScale()
  if (!value) return null
  const { x, y, width, height, fill } = bar
  const targetX = value.target === undefined ? undefined : xScale?.(value.target)
  const labelX = Math.max(x + width, targetX ?? 0) + 8
  return (
    <g>
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
        {valueLabel(value)}
      </text>
    </g>
  )
}

function BarTooltip({
  tip,
  categories,
  series,
}: {
  tip: TooltipContentProps
  categories: readonly BarCategory[]
  series: readonly ChartSeries[]
}) {
  const category = tip.active ? categories[Number(tip.activeIndex)] : undefined
  if (!category) return null
  const entries = series.flatMap((s) => {
    const value = category.values[s.key]
    return value
      ? [{ ...value, key: s.key, colour: s.colour, seriesLabel: series.length > 1 ? s.label : '' }]
      : []
  })
  return <ChartTooltipCard title={category.label} entries={entries} />
}

import { Bar, type BarShapeProps, useXAxisScale } from 'recharts'
import {
  BarMark,
  FocusablePlotBox,
  HorizontalBarPlot,
  LABEL_FONT,
  type MarkControl,
  PlainTick,
  type PlotFrame,
  ValueLabel,
  valueLabel,
} from './bar-plot'
import { ChartTooltipCard } from './chart-tooltip'
import {
  type ChartSeries,
  dotsBeside,
  labelClearOfDots,
  type MarkFilter,
  otherPeriodValues,
  otherPeriodXs,
  type TargetedValue,
} from './chart-types'
import { OTHER_PERIOD_RADIUS, OtherPeriodShape, TargetMark } from './target-mark'
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

const CATEGORY_TICK = <PlainTick fontSize={LABEL_FONT} fill="var(--text)" />
const CURSOR = { fill: 'var(--surface-2)', fillOpacity: 0.7 }
const MAX_TICKS_NARROW = 4

/**
 * Horizontal bars, one per category and series, each with its own target mark across its band;
 * the value axis always reaches the largest target. Values are labelled at the end of the bar
 * or past the target mark, whichever is further, with the status icon.
 */
export function TargetBarChart(props: TargetBarChartProps) {
  const tooltip = (index: number) => {
    const category = props.categories[index]
    return category ? <BarTooltipCard category={category} series={props.series} /> : null
  }
  return (
    <FocusablePlotBox height={props.height} filter={props.filter} tooltip={tooltip}>
      {(frame) => <Plot {...props} {...frame} />}
    </FocusablePlotBox>
  )
}

function Plot({
  label,
  categories,
  series,
  scale = 'linear',
  formatTick,
  filter,
  width,
  height,
  narrow,
  markControl,
  tooltip,
}: TargetBarChartProps & PlotFrame) {
  const values = categories.flatMap((c) =>
    series.flatMap((s) => {
      const v = c.values[s.key]
      return v ? [v.value, v.target ?? 0, ...otherPeriodValues(v)] : []
    }),
  )
  const axis = valueAxis(values, scale)
  const data = categories.map((c) => ({
    category: narrow ? c.shortLabel : c.label,
    ...Object.fromEntries(series.map((s) => [s.key, c.values[s.key]?.value ?? null])),
  }))
  const valueLabels = categories.flatMap((c) =>
    series.flatMap((s) => {
      const value = c.values[s.key]
      return value ? [valueLabel(value)] : []
    }),
  )
  const rightMargin = Math.max(...valueLabels.map((t) => textWidth(t, LABEL_FONT))) + 14
  return (
    <HorizontalBarPlot
      width={width}
      height={height}
      label={label}
      data={data}
      categoryKey="category"
      // Measured from the text, not by recharts on screen: under a scaled slide (a 4K screen)
      // the on-screen size of the labels is several times their size in the chart.
      categoryWidth={Math.max(...data.map((d) => textWidth(String(d.category), LABEL_FONT))) + 14}
      categoryTick={CATEGORY_TICK}
      margin={{ top: 8, right: rightMargin, bottom: 4, left: 0 }}
      domain={axis.domain}
      ticks={narrow ? thinTicks(axis.ticks, MAX_TICKS_NARROW) : axis.ticks}
      scale={scale}
      formatTick={formatTick}
      narrow={narrow}
      filter={filter}
      cursor={CURSOR}
      barCategoryGap={series.length > 1 ? '16%' : '26%'}
      barGap={3}
      tooltip={tooltip}
    >
      {series.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          fill={s.colour}
          isAnimationActive={false}
          shape={(bar: BarShapeProps) => {
            const value = categories[bar.index]?.values[s.key]
            return <TargetBar bar={bar} value={value} control={markControl(bar, value)} />
          }}
        />
      ))}
    </HorizontalBarPlot>
  )
}

function TargetBar({
  bar,
  value,
  control,
}: {
  bar: BarShapeProps
  value: TargetedValue | undefined
  control: MarkControl
}) {
  const xScale = useXAxisScale()
  if (!value) return null
  const { x, y, width, height, fill } = bar
  const targetX = value.target === undefined ? undefined : xScale?.(value.target)
  const others = xScale ? otherPeriodXs(value, xScale) : []
  const text = valueLabel(value)
  const labelX = labelClearOfDots(
    Math.max(x + width, targetX ?? 0) + 8,
    textWidth(text, LABEL_FONT),
    dotsBeside(others, height),
    OTHER_PERIOD_RADIUS,
  )
  // The ring takes in the bar, its target, its label and the other periods' dots: the whole
  // mark is one control.
  const right = Math.max(
    labelX + textWidth(text, LABEL_FONT),
    ...others.map((o) => o.x + OTHER_PERIOD_RADIUS),
  )
  const ring = {
    x: x - 4,
    y: y - 5,
    width: right + 4 - (x - 4),
    height: height + (others.length > 0 ? OTHER_PERIOD_RADIUS + 7 : 10),
  }
  return (
    <BarMark control={control} event={value.event} box={ring}>
      <rect x={x} y={y} width={Math.max(width, 0)} height={height} fill={fill} rx={2} />
      {targetX !== undefined && (
        <TargetMark
          x={targetX}
          y1={y - 4}
          y2={y + height + 4}
          provenance={value.targetProvenance}
        />
      )}
      {others.map((o) => (
        <OtherPeriodShape key={o.key} x={o.x} y={y + height} colour={o.colour} />
      ))}
      <ValueLabel x={labelX} y={y + height / 2} text={text} />
    </BarMark>
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

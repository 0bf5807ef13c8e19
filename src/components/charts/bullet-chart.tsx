import { Bar, type BarShapeProps, usePlotArea, useXAxisScale } from 'recharts'
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
  dotsBeside,
  labelClearOfDots,
  type MarkFilter,
  otherPeriodValues,
  otherPeriodXs,
  type TargetedValue,
} from './chart-types'
import { OTHER_PERIOD_RADIUS, OtherPeriodShape, TargetMark } from './target-mark'
import { textWidth, thinTicks, valueAxis } from './value-axis'

export interface BulletRow extends TargetedValue {
  key: string
  /** The row's name on the axis; `shortLabel` when the chart is narrow. */
  rowLabel: string
  shortLabel: string
  /** The value is a floor ("more than 10 billion"): the bar ends in an arrow. */
  openEnded?: boolean
  /** A bracket between two values with a note: "53 days early". */
  annotation?: { from: number; to: number; text: string }
}

export interface BulletChartProps {
  /** The chart's accessible name. */
  label: string
  rows: readonly BulletRow[]
  colour: string
  height: number
  formatTick: (value: number, narrow: boolean) => string
  /** Extra ticks to show besides the round ones, e.g. the target itself. */
  extraTicks?: readonly number[]
  /** Rows of other bullet charts beside this one, so their axes line up. */
  alignWith?: readonly Pick<BulletRow, 'rowLabel' | 'shortLabel'>[]
  /** Makes each bullet a button that filters the view to its row's event. */
  filter?: MarkFilter
}

const MAX_TICKS_NARROW = 3
/** Right margin of narrow charts, whose value labels sit above the bars. */
const NARROW_RIGHT = 18

/**
 * Bullet charts on one shared axis: each row's value as a thin bar over a band from zero to
 * its target, with the target as a dark line across the band.
 */
export function BulletChart(props: BulletChartProps) {
  const tooltip = (index: number) => {
    const row = props.rows[index]
    return row ? <ChartTooltipCard title={row.label} entries={[row]} /> : null
  }
  return (
    <FocusablePlotBox height={props.height} filter={props.filter} tooltip={tooltip}>
      {(frame) => <Plot {...props} {...frame} />}
    </FocusablePlotBox>
  )
}

function Plot({
  label,
  rows,
  colour,
  formatTick,
  extraTicks = [],
  alignWith = [],
  filter,
  width,
  height,
  narrow,
  markControl,
  tooltip,
}: BulletChartProps & PlotFrame) {
  const axis = valueAxis(
    rows.flatMap((r) => [r.value, r.target ?? 0, ...otherPeriodValues(r)]),
    'linear',
    { headroom: 0.08, tickCount: narrow ? 3 : 5 },
  )
  const roundTicks = narrow ? thinTicks(axis.ticks, MAX_TICKS_NARROW) : axis.ticks
  // A round tick too close to an extra one would collide with its label.
  const span = axis.domain[1] - axis.domain[0]
  const ticks = [
    ...roundTicks.filter((t) => extraTicks.every((e) => Math.abs(e - t) > span * 0.12)),
    ...extraTicks,
  ].sort((a, b) => a - b)
  const data = rows.map((r) => ({ row: narrow ? r.shortLabel : r.rowLabel, value: r.value }))
  const labelWidth =
    Math.max(
      ...[...rows, ...alignWith].map((r) =>
        textWidth(narrow ? r.shortLabel : r.rowLabel, LABEL_FONT),
      ),
    ) + 18
  const rightMargin = Math.max(...rows.map((r) => textWidth(valueLabel(r), LABEL_FONT))) + 16
  const annotated = rows.some((r) => r.annotation)
  return (
    <HorizontalBarPlot
      width={width}
      height={height}
      label={label}
      data={data}
      categoryKey="row"
      categoryWidth={labelWidth}
      categoryTick={ROW_TICK}
      margin={{
        top: narrow || annotated ? 26 : 8,
        right: narrow ? NARROW_RIGHT : rightMargin,
        bottom: 4,
        left: 0,
      }}
      domain={axis.domain}
      ticks={ticks}
      formatTick={formatTick}
      narrow={narrow}
      filter={filter}
      cursor={false}
      barCategoryGap="30%"
      tooltip={tooltip}
    >
      <Bar
        dataKey="value"
        fill={colour}
        isAnimationActive={false}
        // In the chart's own layer, not a portal of its own (which renders the bars twice: once
        // to register the layer, once into it). Nothing goes between it and the grid: no cursor.
        zIndex={0}
        shape={(bar: BarShapeProps) => {
          const row = rows[bar.index]
          return (
            <BulletBar
              bar={bar}
              row={row}
              labelAbove={narrow}
              control={markControl(bar, named(row))}
            />
          )
        }}
      />
    </HorizontalBarPlot>
  )
}

/** A row label on one line, a little clear of the axis line. */
const ROW_TICK = <PlainTick fontSize={LABEL_FONT} fill="var(--text)" dx={-4} />

/**
 * The row as its mark names it: an annotation drawn inside the mark ("53 days early") is read
 * with the value, so the button's name contains all the text it shows (WCAG 2.5.3).
 */
function named(row: BulletRow | undefined): BulletRow | undefined {
  if (!row?.annotation) return row
  return { ...row, valueText: `${row.valueText}, ${row.annotation.text}` }
}

function BulletBar({
  bar,
  row,
  labelAbove,
  control,
}: {
  bar: BarShapeProps
  row: BulletRow | undefined
  /** Narrow charts label the value above the bar, so the bar can use the whole width. */
  labelAbove: boolean
  control: MarkControl
}) {
  const xScale = useXAxisScale()
  const plot = usePlotArea()
  if (!row || !xScale) return null
  const { x, y, width, height, fill } = bar
  const centre = y + height / 2
  const bandHeight = height
  const barHeight = Math.max(8, Math.round(height * 0.38))
  const zero = xScale(0) ?? x
  const targetX = row.target === undefined ? undefined : xScale(row.target)
  const valueEnd = x + Math.max(width, 0)
  const arrow = row.openEnded ? 9 : 0
  const label = valueLabel(row)
  const others = otherPeriodXs(row, xScale)
  const labelX = labelAbove
    ? zero
    : labelClearOfDots(
        Math.max(valueEnd + arrow, targetX ?? 0) + 8,
        textWidth(label, LABEL_FONT),
        dotsBeside(others, bandHeight),
        OTHER_PERIOD_RADIUS,
      )
  const labelY = labelAbove ? centre - bandHeight / 2 - 9 : centre
  const labelEnd = labelX + textWidth(label, LABEL_FONT)
  // The ring takes in the band, the bar, its arrow, the target and the value label.
  const ringTop = (labelAbove ? labelY - 9 : centre - bandHeight / 2) - 5
  const ringBottom = centre + bandHeight / 2 + (others.length > 0 ? OTHER_PERIOD_RADIUS + 2 : 5)
  const ringRight =
    Math.max(
      labelEnd,
      valueEnd + arrow,
      targetX ?? 0,
      ...others.map((o) => o.x + OTHER_PERIOD_RADIUS),
    ) + 4
  const ring = {
    x: zero - 4,
    y: ringTop,
    width: ringRight - (zero - 4),
    height: ringBottom - ringTop,
  }
  return (
    <BarMark control={control} event={row.event} box={ring}>
      {targetX !== undefined && (
        <rect
          x={zero}
          y={centre - bandHeight / 2}
          width={Math.max(targetX - zero, 0)}
          height={bandHeight}
          fill="var(--surface-2)"
          stroke="var(--border)"
        />
      )}
      <rect
        x={x}
        y={centre - barHeight / 2}
        width={Math.max(width, 0)}
        height={barHeight}
        fill={fill}
      />
      {row.openEnded && (
        <path
          d={`M${valueEnd + 1} ${centre - barHeight / 2 - 2} L${valueEnd + arrow} ${centre} L${valueEnd + 1} ${centre + barHeight / 2 + 2} Z`}
          fill={fill}
        />
      )}
      {targetX !== undefined && (
        <TargetMark
          x={targetX}
          y1={centre - bandHeight / 2 - 3}
          y2={centre + bandHeight / 2 + 3}
          provenance={row.targetProvenance}
        />
      )}
      {others.map((o) => (
        <OtherPeriodShape key={o.key} x={o.x} y={centre + bandHeight / 2} colour={o.colour} />
      ))}
      <ValueLabel x={labelX} y={labelY} text={label} />
      {row.annotation && (
        <Annotation
          from={xScale(row.annotation.from)}
          to={xScale(row.annotation.to)}
          y={centre - bandHeight / 2 - 8}
          text={row.annotation.text}
          plotRight={plot ? plot.x + plot.width : undefined}
          clearOf={labelAbove ? labelX + textWidth(label, LABEL_FONT) + 8 : undefined}
        />
      )}
    </BarMark>
  )
}

/** A bracket over a stretch of the axis, with its note kept inside the plot. */
function Annotation({
  from,
  to,
  y,
  text,
  plotRight,
  clearOf,
}: {
  from: number | undefined
  to: number | undefined
  y: number
  text: string
  plotRight: number | undefined
  /** Keep the note right of this x, where another label ends. */
  clearOf: number | undefined
}) {
  if (from === undefined || to === undefined) return null
  const left = Math.min(from, to)
  const right = Math.max(from, to)
  const half = textWidth(text, LABEL_FONT) / 2
  const textX = Math.min(
    Math.max((left + right) / 2, (clearOf ?? 0) + half),
    (plotRight ?? Number.POSITIVE_INFINITY) - half,
  )
  return (
    <g className="chart-annotation">
      <path
        d={`M${left} ${y + 5} V${y} H${right} V${y + 5}`}
        fill="none"
        stroke="var(--text)"
        strokeWidth={1.5}
      />
      <text
        x={textX}
        y={y - 5}
        textAnchor="middle"
        fontSize={LABEL_FONT}
        fontWeight={600}
        fill="var(--text)"
      >
        {text}
      </text>
    </g>
  )
}

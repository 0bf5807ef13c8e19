import type { Target, TargetProvenance } from '@/domain/schema'
import type { Status } from '@/domain/status'

/** One series of a chart, as shadcn/ui's chart config: what it is called and its colour. */
export interface ChartSeries {
  key: string
  label: string
  /** A CSS colour, normally one of the palette's variables: 'var(--chart-1)'. */
  colour: string
}

/** One value against its target, with everything already formatted for screen. */
export interface TargetedValue {
  /** What the value is, in full: for tooltips and tables. */
  label: string
  /** The event the value belongs to: with a `MarkFilter`, its mark filters to that event. */
  event?: number
  value: number
  /** "550,000+", "CNY 10 billion+". */
  valueText: string
  target: number | undefined
  targetText: string | undefined
  targetProvenance: TargetProvenance | undefined
  status: Status
  /**
   * The verdict in words of a goal the source states only in words ("Controlling interest, per
   * the release"): the mark shows the figure, not a verdict on it.
   */
  verdict?: string
  /** The same metric in other published datasets: a mark each at `value`, text "2098: 800". */
  otherPeriods?: readonly OtherPeriodMark[]
}

export interface OtherPeriodMark {
  key: string
  value: number
  text: string
  colour: string
}

/** The values of a value's other periods, so the axis reaches them. */
export function otherPeriodValues(v: Pick<TargetedValue, 'otherPeriods'>): number[] {
  return (v.otherPeriods ?? []).map((o) => o.value)
}

/** Where a value's other periods sit on the value axis; one the scale cannot place is left out. */
export function otherPeriodXs(
  v: Pick<TargetedValue, 'otherPeriods'>,
  xScale: (value: number) => number | undefined,
): { key: string; x: number; colour: string }[] {
  return (v.otherPeriods ?? []).flatMap((o) => {
    const x = xScale(o.value)
    return x === undefined ? [] : [{ key: o.key, x, colour: o.colour }]
  })
}

/**
 * Other periods' dots sit on the lower edge of their value's band, clear of the value's label
 * beside the bar: the dots that would still touch the label, in a band too thin to keep them apart.
 */
export function dotsBeside<T>(dots: readonly T[], bandHeight: number): readonly T[] {
  return bandHeight / 2 < OTHER_PERIOD_CLEARANCE ? dots : []
}

/** Half a value label's height plus a dot's radius, in px. */
const OTHER_PERIOD_CLEARANCE = 13

/**
 * Where a value's label starts: right after its own marks, unless a dot would sit under the
 * text, when the label moves just past that dot.
 */
export function labelClearOfDots(
  labelX: number,
  labelWidth: number,
  dots: readonly { x: number }[],
  radius: number,
): number {
  let x = labelX
  for (const dot of [...dots].sort((a, b) => a.x - b.x)) {
    if (dot.x + radius >= x - 2 && dot.x - radius <= x + labelWidth + 2) x = dot.x + radius + 6
  }
  return x
}

/** A row of a chart's "Show as table" view. */
export interface ChartTableRow {
  key: string
  label: string
  /** A second line under the label: the stated figure before conversion, the date. */
  detail?: string
  value: string
  target?: string
  targetDetail?: Target
  attainment?: string
  status?: Status
  /** Under the value, a line per other period: "2098: 800". */
  otherPeriods?: readonly string[]
}

/**
 * Turns a chart's marks into toggle buttons that filter the view to a mark's event (and back).
 * The chart names each button and draws its focus ring; the feature decides what filtering means.
 */
export interface MarkFilter {
  /** Events the view is filtered to: their marks read as pressed, the others are dimmed. */
  events: readonly number[]
  toggle: (event: number) => void
}

/** Width under which charts switch to short labels and fewer ticks. */
export const NARROW_CHART = 480

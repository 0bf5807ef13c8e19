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

/**
 * What a result family is, as plain data: which figures it charts, with which generic chart kind,
 * their values and targets with provenance, and catalog ids (with their values) for every word.
 * No React, no formatted text, no language: a spec serialises to JSON as it is, and the
 * renderers (the overview panel, the deck's slide chart, the table alternative, the PNG, the
 * speaker notes) put it into words in the reader's language with `say`.
 */
import type {
  LocalizedText,
  Period,
  Qualifier,
  Target,
  TargetProvenance,
  Unit,
} from '@/domain/schema'
import type { Status } from '@/domain/status'
import type { chartKinds } from '@/domain/vocabulary'

export type ChartKind = (typeof chartKinds)[number]

/** How an axis labels its ticks: "550K", "64%" (a percent value), "58%" (a share of 1). */
export type TickKind = 'count' | 'percent' | 'share'

/** A figure as the source states it. */
export interface AmountSpec {
  value: number
  unit: Unit
  qualifier: Qualifier
}

/**
 * A value a message takes. Plain strings are select keys ('yes', 'no') and plain numbers plural
 * counts; everything else is formatted in the reader's language when the words are said.
 */
export type Arg =
  | string
  | number
  /** Dataset text in the reader's language. */
  | { text: LocalizedText }
  | { integer: number }
  | { percent: number; digits?: number }
  | { date: string }
  | { period: Period }
  /** "550,000+" as a label, "more than 550,000" as a phrase, "500,000" as a target. */
  | { amount: AmountSpec; as: 'label' | 'phrase' | 'target' }
  /** A target's kind inside a sentence: "illustrative". */
  | { provenance: TargetProvenance }
  /** A currency's name: "CNY", 人民币. */
  | { currency: Unit }
  /** Nested words; `inSentence` lower-cases them in English. */
  | { words: Words; inSentence?: boolean }
  /** A list in the language's own way: "A and B", A和B. */
  | { list: Arg[] }
  /** Items one after another: "A, B"; A、B. */
  | { series: Arg[] }

interface WordsCommon {
  values?: Record<string, Arg>
  /** The sentence starts with a value ("More than 550,000 …"). */
  capitalise?: boolean
}

/**
 * Words: a catalog id and the values it takes, or the dataset's own text (dashboard.json) whose
 * "{…}" placeholders (domain/placeholders.ts) are filled from `values`, keyed as written.
 */
export type Words = WordsCommon & ({ id: string } | { text: LocalizedText })

/** One value against its target, with the provenance of the target. */
export interface ValueSpec {
  /** The metric id (or a derived key). */
  key: string
  event: number
  label: Arg
  /** What is plotted: the value, or its share of a whole. */
  value: number
  valueText: Arg
  target: number | undefined
  targetText: Arg | undefined
  targetProvenance: TargetProvenance | undefined
  status: Status
  /** A goal stated in words only: its verdict in words; the mark then carries no verdict icon. */
  verdict?: Arg
  /** The same metric in other published datasets, drawn beside the value and judged by nothing. */
  otherPeriods?: OtherPeriodSpec[]
}

/** Another dataset's figure for the same metric (same id, label and unit): "2098: 800". */
export interface OtherPeriodSpec {
  /** The other dataset's key: its legend entry and its colour. */
  key: string
  value: number
  text: Words
  colour: string
}

export interface SeriesSpec {
  key: string
  label: Words
  /** A palette variable: 'var(--chart-1)'. */
  colour: string
}

export interface CategorySpec {
  key: string
  label: Arg
  shortLabel: Arg
  values: Record<string, ValueSpec>
}

export interface BulletRowSpec extends ValueSpec {
  rowLabel: Arg
  shortLabel: Arg
  /** The value is a floor ("more than 10 billion"): the bar ends in an arrow. */
  openEnded?: boolean
  /** A bracket between two values with a note: "53 days early". */
  annotation?: { from: number; to: number; text: Words }
}

interface PlotCommon {
  /** The plot's accessible name. */
  label: Words
  /** A line above the plot when a panel stacks several. */
  subtitle?: Words
  tick: TickKind
  /** Its share of the panel's plot height, in px at the overview's size. */
  height?: number
}

export type BarsPlotSpec = PlotCommon & {
  kind: 'target-bars' | 'log-funnel' | 'share-of-whole'
  series: SeriesSpec[]
  categories: CategorySpec[]
}

export type BulletPlotSpec = PlotCommon & {
  kind: 'bullet'
  colour: string
  rows: BulletRowSpec[]
  /** Ticks besides the round ones: the target itself. */
  extraTicks: number[]
}

export type PlotSpec = BarsPlotSpec | BulletPlotSpec

export type LegendSpec =
  | { key: string; kind: 'bar' | 'point' | 'other-period'; label: Words; colour: string }
  | { key: string; kind: 'target'; label: Words; provenance: TargetProvenance }
  | { key: string; kind: 'band' | 'span' | 'before'; label: Words }

/** A row of the chart's table alternative. */
export interface TableRowSpec {
  key: string
  label: Arg
  /** A second line: the date, the whole it is part of. */
  detail?: Arg
  value: Arg
  target: Arg | undefined
  targetDetail?: Target
  /** "110%", or "64% of reference" beside an illustrative reference (which judges nothing). */
  attainment: Arg | undefined
  status?: Status
  /** The figure as the source states it, when it is shown converted to another currency. */
  stated?: AmountSpec
  /** The same metric in other published datasets, a line each under the value: "2098: 800". */
  otherPeriods?: Words[]
}

/** The rate money was converted at, when any figure was. */
export interface ConversionSpec {
  rate: number
  basis: LocalizedText
}

/** A family as the overview shows it: one panel. */
export interface PanelSpec {
  title: Words
  summary: Words
  legend: LegendSpec[]
  plots: PlotSpec[]
  notes: Words[]
  /** Records the source claims, listed under the chart. */
  claims?: { title: Words; items: LocalizedText[] }
  conversion?: ConversionSpec
  table: { caption: Words; rows: TableRowSpec[]; totals?: TableRowSpec[] }
}

/** A chart on an event's slide: one plot, its title and what it shows in words. */
export interface SlideChartSpec {
  key: string
  event: number
  title: Words
  /** Said before the values against their targets in the chart's text alternative. */
  lead?: Words
  legend: LegendSpec[]
  plot: PlotSpec
}

/**
 * A headline figure a family sums from several (the prize tiers), shown on a slide instead of
 * them: the sum of the parts in view, each group of parts named ("59 science & technology").
 */
export interface CombinedFigureSpec {
  key: string
  /** Each group's words take "{sum}", the sum of its parts in view. */
  groups: { ids: string[]; label: LocalizedText }[]
  /** Parts the source lists beside the others, not among them (the gadgets): not summed. */
  aside: string[]
  /** Takes "{series}": the groups' words in a row. */
  label: LocalizedText
  /** Takes "{sum}": the parts listed aside, when there are any. */
  asideLabel?: LocalizedText
}

/** One lane's milestone on the timeline. */
export interface MilestoneSpec {
  key: string
  event: number
  date: string
  precision: 'day' | 'month' | 'year'
  start: number
  end: number
  label: LocalizedText
  before: boolean
}

export interface TimelineSpec {
  kind: 'timeline'
  /** The chart's accessible name. */
  label: Words
  year: number
  domain: [number, number]
  lanes: { event: number; title: LocalizedText | undefined }[]
  points: MilestoneSpec[]
}

/** Everything a family says about its figures. */
export interface FamilySpec {
  key: string
  /** The events whose figures it charts; its panel shows while any is in view. */
  events: number[]
  panel: PanelSpec
  /** The charts it gives the deck, one per event at most. */
  slides: SlideChartSpec[]
  figures: CombinedFigureSpec[]
  timeline?: TimelineSpec
}

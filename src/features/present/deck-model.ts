/**
 * The deck's model: the slides a presentation shows, in order, each with every word already in
 * the deck's language and every figure formatted, and its speaker notes. It is what the slide
 * views draw and what an export (PowerPoint, print) can take as it is: plain data, no React.
 *
 * - `Deck.slides`: title, one `EventSlide` per event in view, `SummarySlide`s, `NotesSlide`s.
 * - `EventSlide.chart`: the event's chart (`SlideChart`), from its result family's spec
 *   (src/families/): bars or bullets, each value against its target with the target's provenance.
 * - `notes` on every slide: the speaker notes, sentence by sentence.
 */
import type { LegendItem } from '@/components/charts/chart-legend'
import type { Severity } from '@/domain/quality'
import type { Status } from '@/domain/status'
import type { PlotView } from '@/families/render'
import type { ChartKind } from '@/families/spec'
import type { SummaryLine } from '@/i18n/target-phrases'

export interface SourceLine {
  /** A verbatim sentence of the source, shortened with an ellipsis when very long. */
  quote?: string
  /** Who said it, where and when. */
  attribution: string
}

interface SlideCommon {
  /** Stable across data refreshes: 'title', 'event-4', 'summary-1', 'notes-1'. */
  key: string
  /** The slide's heading, which the live region also announces. */
  heading: string
  source: SourceLine
  /** Speaker notes for the presenter view: sentences built from the data, and the full quotes. */
  notes: string[]
}

export interface TitleSlide extends SlideCommon {
  kind: 'title'
  organisation: string
  subtitle: string
  /** "10 events · 27 figures". */
  scope: string
  /** The source and its date, for the title slide's own lines. */
  sourceTitle: string
  published: string
  /** "Showing: finance, insurance" when the analyst's filters narrow the deck. */
  filterText: string | undefined
  /** Said when analysts' what-if targets (on this device) replace published ones. */
  whatIfText: string | undefined
}

/** A headline figure: the value big, then what it is and how it stands against its target. */
export interface SlideFigure {
  key: string
  value: string
  label: string
  /** Undefined for a total over several figures, which has no single status. */
  status: Status | undefined
  /**
   * How the figure stands, in parts a slide shows joined by " · " and breaks only between:
   * ["Target 500,000", "illustrative", "110%"], ["3 of 4 tiers met target"]; none without a target.
   */
  detail: string[] | undefined
  /** The most serious data-quality finding on the figure. */
  flag: Severity | undefined
}

export interface SlideDate {
  key: string
  date: string
  label: string
  flag: Severity | undefined
}

interface ChartCommon {
  key: string
  /** The generic kind its family draws it with: 'log-funnel', 'bullet', 'share-of-whole' … */
  chartKind: ChartKind
  /** The event whose slide shows the chart: the event of its figures. */
  event: number
  title: string
  /** The chart in one or two sentences: its text alternative. */
  summary: string
  legend: LegendItem[]
}

/** Drawn as the overview draws a family's plot (`PlotChart`). */
export type SlideChart = ChartCommon & PlotView

export interface EventSlide extends SlideCommon {
  kind: 'event'
  event: number
  /** "Event 4 of 10 · Finance · Sep 21, 2017". */
  kicker: string
  summary: string
  figures: SlideFigure[]
  chart: SlideChart | undefined
  /** The event's dated milestones, shown when it has no chart. */
  dates: SlideDate[]
  /** "Converted at 6.7518 CNY per USD (…)" when a figure shows in the reader's currency. */
  conversion: string | undefined
}

export interface StatusCount {
  status: Status
  count: number
}

/** One figure in the summary table, keyed for React. */
export interface SummaryItem extends SummaryLine {
  key: string
}

/** Targets in groups by where they come from, so the table needs no provenance column. */
export interface SummaryGroup {
  key: SummaryGroupKey
  title: string
  items: SummaryItem[]
}

export const summaryGroups = ['published', 'illustrative', 'analyst'] as const
export type SummaryGroupKey = (typeof summaryGroups)[number]

export interface SummarySlide extends SlideCommon {
  kind: 'summary'
  page: number
  pages: number
  /** Every status, in the order the tiles show them, counted over the filtered figures. */
  counts: StatusCount[]
  /** How many figures the counts cover. */
  total: number
  /** How many of them have a target. */
  targeted: number
  /** The figures with a target on this page, grouped by where their targets come from. */
  groups: SummaryGroup[]
}

export interface SlideFinding {
  key: string
  severity: Severity
  event: number
  /** What the finding is about: the figure or the dated milestone, else the event. */
  subject: string
  message: string
}

export interface NotesSlide extends SlideCommon {
  kind: 'notes'
  page: number
  pages: number
  findings: SlideFinding[]
  /** What stated, derived and illustrative targets mean; after the last finding. */
  provenanceNotes: string[]
}

export type Slide = TitleSlide | EventSlide | SummarySlide | NotesSlide

export interface Deck {
  slides: Slide[]
  /** The events with a slide, in order. */
  events: number[]
  filtered: boolean
}

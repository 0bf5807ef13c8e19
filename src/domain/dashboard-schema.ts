/**
 * data/<key>/dashboard.json: which result families a dataset's overview and deck show, and how
 * each family drawn from data charts its metrics and words them. Part of the dataset schema.
 */
import * as z from 'zod/mini'
import { localizedText, nonEmpty, size } from './schema-base'
import { dataChartKinds } from './vocabulary'

/**
 * A metric of a data family, named on its chart and in its table in the family's own words.
 * A family's words are text in both languages where "{name:metric-id}" stands for a figure of one
 * of the family's metrics and "{title}" for the family's title (domain/placeholders.ts lists the
 * names), so no number is typed twice; inside a metric's own words ":metric-id" can be left out.
 */
export const familyMetric = z.object({
  /** The metric's id in metrics.json. */
  id: nonEmpty(),
  /** Its name on the chart: the bullet's row, the bar's category (default: the metric's label). */
  label: z.optional(localizedText),
  /** Its name where the chart is narrow (default: `label`); slides use `slide`, else `label`. */
  short: z.optional(localizedText),
  /** Its name in the chart's table (default: the metric's label). */
  row: z.optional(localizedText),
  /** A second line under the name in the table, e.g. "{date}". */
  detail: z.optional(localizedText),
  /**
   * Where else than in the words it appears (default: on the chart and in the table): "table",
   * listed but not drawn (premiums the release gives no amount for); "words", only named by the
   * family's placeholders (the days to spare that a note states).
   */
  shown: z.optional(z.enum(['table', 'words'])),
  /** A bracket on its bullet from the figure to its target, with this note: "{value:…} early". */
  annotation: z.optional(localizedText),
  /**
   * The key of the family's series it is a bar of (`series`, kind "target-bars"); bars of several
   * series with the same `label` stand side by side as one category (the prize tier).
   */
  series: z.optional(nonEmpty()),
  /** Listed beside its series' figures, not among them (the gadgets): left out of `{sum:…}`. */
  aside: z.optional(z.boolean()) /** Its name on its event's slide (default: `label`). */,
  slide: z.optional(localizedText),
  /** The figure as its mark is labelled on the chart and the slide (default: "{label}"). */
  figure: z.optional(localizedText),
})

/**
 * A series of bars (the award scheme): its metrics are those naming its key. "{sum:<key>}" in any
 * of the family's words is the sum of its metrics, those `aside` left out.
 */
export const familySeries = z.object({
  key: nonEmpty(),
  /** Its name beside each bar. */
  label: localizedText,
  /** Its entry in the legend (default: `label`). */
  legend: z.optional(localizedText),
  /** When given, a total row in the table with this name: all its metrics summed, against their summed targets. */
  total: z.optional(localizedText),
  /** Its part of the slide's combined `figure`, where "{sum}" is the sum of its metrics in view. */
  figure: z.optional(localizedText),
})

/** A family chart's words on its event's slide, where they differ from the panel's. */
const slideWords = z.object({
  /** The slide chart's title and accessible name (default: the family's title). */
  title: z.optional(localizedText),
  /** What the bars are, in the slide's legend (default: `value`). */
  value: z.optional(localizedText),
  /** Said before the figures in the chart's text alternative: "Log scale, …". */
  lead: z.optional(localizedText),
})

/**
 * One of a family's plots, stacked in its panel: some of the family's metrics, with words of its
 * own where they differ from the family's. Each event's slide shows the plot of its first figure
 * that a plot draws, with only that event's figures.
 */
export const familyPlot = z.object({
  /** Ids of the family's metrics this plot draws, in order; a metric is drawn by one plot at most. */
  metrics: z.array(nonEmpty()).check(z.minLength(1)),
  /** A line above the plot: "Carnival members, {period:carnival.members}". */
  subtitle: z.optional(localizedText),
  /** The plot's accessible name (default: the family's `plot`). */
  plot: z.optional(localizedText),
  /** What its bars are, in the legend (default: the family's `value`); one entry per colour and word. */
  value: z.optional(localizedText),
  /** Its bars' colour: the chart palette's 1st to 4th (default 1). */
  colour: z.optional(z.int().check(z.gte(1), z.lte(4))),
  /** Its height in px (default: from its rows). */
  height: z.optional(size()),
  /** Its words on its events' slides (default: the family's `slide`). */
  slide: z.optional(slideWords),
})

/**
 * A family drawn from data: the listed metrics, each against its target, in one chart kind.
 * Only `key`, `kind`, `title` and `metrics` are needed; the other fields replace the generic words
 * ("2 figures, 1 with a target.") with the family's own. Verdicts stay the domain's: the words only
 * name figures, never judge them.
 */
export const dataFamily = z.object({
  /** Names the family's panel and slide chart; unique in the dashboard. */
  key: nonEmpty(),
  /**
   * "bullet": a bar per metric against its target mark; "target-bars": bars with target marks;
   * "log-funnel": the same on a log scale, for stages far apart (550,000 people, 41 ideas).
   */
  kind: z.enum(dataChartKinds),
  title: localizedText,
  /**
   * The metrics, in the order they are charted and listed in the table: an id, or an id with the
   * family's words for it.
   */
  metrics: z.array(z.union([nonEmpty(), familyMetric])).check(z.minLength(1)),
  /**
   * The plots, stacked in the panel (default: one per unit, drawing every metric). A metric that
   * no plot draws is still in the table and its figures can be named in the words.
   */
  plots: z.optional(z.array(familyPlot).check(z.minLength(1))),
  /** The sentence under the title (default: how many figures, how many with a target). */
  summary: z.optional(localizedText),
  /** What the bars are, in the legend (default: "Value"). */
  value: z.optional(localizedText),
  /** The bullet's band up to the mark, in the legend (default: "Up to the target"). */
  band: z.optional(localizedText),
  /** The target marks in the legend (default: "Target ({kind:…})", one entry per kind). */
  target: z.optional(localizedText),
  /** The bars' colour: an entry of the chart palette, 1 to 4 (default 1). */
  colour: z.optional(z.int().check(z.gte(1), z.lte(4))),
  /** Bars in several series, each its own colour (palette 1, 2, …) and legend entry. */
  series: z.optional(z.array(familySeries)),
  /**
   * One headline figure on the event's slide instead of the series' figures: `label` takes
   * "{series}", the series' `figure` words in a row; `aside` ("{sum}" of the metrics aside) a line
   * under it.
   */
  figure: z.optional(z.object({ label: localizedText, aside: z.optional(localizedText) })),
  /** The plot's accessible name (default: "{title}: each figure against its target, bullet chart"). */
  plot: z.optional(localizedText),
  /** The caption of the chart's table (default: "{title}: each figure against its target"). */
  caption: z.optional(localizedText),
  /** Sentences under the chart. */
  notes: z.optional(z.array(localizedText)),
  /** When given, the records the source claims for the metrics are listed under this heading. */
  claims: z.optional(localizedText),
  /**
   * When given, said before the verdicts the source gives on the metrics' goals stated in words
   * only, each a note of its own ("{goal} — {verdict}."), ahead of `notes`; left out when no
   * metric has one (an analyst's what-if target replaces the goal).
   */
  verdicts: z.optional(localizedText),
  /**
   * The room the panel keeps before its chart's code loads, so nothing moves when the chart arrives
   * (default: from the rows): `plot` in px, and the text around it in rem in the `wide` and the
   * `narrow` (phone) layout.
   */
  height: z.optional(z.object({ plot: size(), wide: size(), narrow: size() })),
  /** The family's chart on its event's slide, when its words differ from the panel's. */
  slide: z.optional(slideWords),
  /**
   * false: its events' slides never show its chart (the awards, whose slide gives the tiers as its
   * `figure`), so which chart a slide shows does not hang on what else is in view (default true).
   */
  chartOnSlide: z.optional(z.boolean()),
})

/**
 * The dataset's milestones on a timeline, one lane per event: no metrics. Its words default to the
 * catalog's ("Milestones of 2017"); a dataset's own take "{year}", "{milestones}" ("24
 * milestones", "1 milestone", 24个里程碑) and "{events}" ("10 events"), counted in the reader's
 * language.
 */
export const timelineFamily = z.object({
  key: nonEmpty(),
  kind: z.literal('timeline'),
  /** The panel's heading (default "Milestones of {year}"). */
  title: z.optional(localizedText),
  /** The sentence under it (default: how many milestones of how many events, how dated). */
  summary: z.optional(localizedText),
  /** Sentences under the chart (default: how to filter by a milestone). */
  notes: z.optional(z.array(localizedText)),
  /** The caption of its table (default "Milestone timeline: every dated milestone, with its event"). */
  caption: z.optional(localizedText),
  /** The chart's accessible name (default "Milestone timeline, timeline by event"). */
  plot: z.optional(localizedText),
})

/**
 * data/<key>/dashboard.json: the result families the overview shows and the deck takes its event
 * charts from, in order. Without it a dataset gets one family per event (see domain/dashboard.ts).
 */
export const dashboardFamily = z.union([dataFamily, timelineFamily], {
  error:
    'must chart metrics ({ "key", "kind", "title", "metrics" }) or milestones ({ "key", "kind": "timeline" })',
})

export const dashboard = z.object({
  families: z.array(dashboardFamily).check(z.minLength(1)),
})

export type Dashboard = z.infer<typeof dashboard>
export type DashboardFamily = Dashboard['families'][number]
export type DataFamily = z.infer<typeof dataFamily>
export type FamilyMetric = z.infer<typeof familyMetric>
export type FamilyPlot = z.infer<typeof familyPlot>
export type TimelineFamily = z.infer<typeof timelineFamily>

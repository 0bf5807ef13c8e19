/**
 * The dataset schema, defined once. Every TypeScript type for the data is inferred from it,
 * the build validates data/ with it, and the API client validates every response with it.
 * zod/mini keeps the validator small enough for the initial bundle.
 */
import * as z from 'zod/mini'
import { dashboard } from './dashboard-schema'
import { isoDate, localizedText, nonEmpty } from './schema-base'
import {
  categories,
  DATASET_KEY_PATTERN,
  isDatasetKey,
  outcomeStatuses,
  qualifiers,
  SCHEMA_VERSION,
  targetKinds,
  targetProvenances,
  units,
} from './vocabulary'

export type {
  Dashboard,
  DashboardFamily,
  DataFamily,
  FamilyMetric,
  FamilyPlot,
  TimelineFamily,
} from './dashboard-schema'
export { dashboard, dashboardFamily } from './dashboard-schema'
export { localizedText } from './schema-base'
export {
  categories,
  outcomeStatuses,
  qualifiers,
  SCHEMA_VERSION,
  targetKinds,
  targetProvenances,
  units,
}

export const category = z.enum(categories)

export const unit = z.enum(units)

/** How the source qualifies a figure: "more than 550,000", "up to US$7.25 billion", "some 41". */
export const qualifier = z.enum(qualifiers)

export const period = z.object({
  start: isoDate,
  end: z.optional(isoDate),
})

export const sourceRef = z.object({
  /** Id of a document in `sources`. */
  source: nonEmpty(),
  /** The sentence that states the fact, verbatim from the source document. */
  quote: nonEmpty(),
  /** Further sentences the fact depends on, also verbatim. */
  supporting: z.optional(z.array(nonEmpty())),
})

/** A figure computed from other stated facts, kept with its formula so a rule can re-check it. */
export const derivation = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('days-between'),
    from: isoDate,
    to: isoDate,
    /** Count both the first and last day (a carnival "from September 1 to 19" lasts 19 days). */
    inclusive: z.boolean(),
  }),
])

export const claim = z.object({
  text: localizedText,
  quote: nonEmpty(),
})

export const metric = z.object({
  id: z
    .string()
    .check(z.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'must be lower-case words joined by . or -')),
  event: z.int().check(z.gte(1)),
  category,
  label: localizedText,
  value: z.number().check(z.gte(0, 'must not be negative')),
  qualifier,
  unit,
  /**
   * What a count counts, in each language ("prizes"; 项, 家): the measure word Chinese needs
   * (136家单位, 41个巡视组) and a plainer English word than "count". Only for unit "count".
   */
  countWord: z.optional(localizedText),
  /** The date the figure refers to, or the period it covers. */
  period,
  higherIsBetter: z.boolean(),
  provenance: sourceRef,
  /** This figure is the source's own currency conversion of another metric. */
  conversionOf: z.optional(nonEmpty()),
  /** This figure counts a subset of what another metric counts, so it can never exceed it. */
  subsetOf: z.optional(nonEmpty()),
  derivation: z.optional(derivation),
  /** The metric counting the groups the source says this count was divided into. */
  groupedInto: z.optional(nonEmpty()),
  /** A reference fact that gives the figure scale (31 provincial-level divisions): context, never a target. */
  context: z.optional(nonEmpty()),
  /** Records or superlatives the source claims for this figure. */
  claims: z.optional(z.array(claim)),
  /**
   * Set when no sentence states the figure itself and it is read from one that does not give it
   * (premiums "more than 10 billion": the release says only that the goal was reached). Says so.
   */
  inferred: z.optional(localizedText),
})

/** What the source's own sentence says came of a qualitative goal. */
export const goalOutcome = z.object({
  status: z.enum(outcomeStatuses),
  /** The sentence that reports the outcome, verbatim. */
  quote: nonEmpty(),
  /** The verdict in words, no figure: "Target exceeded (value not published)". */
  text: localizedText,
})

/**
 * A target and where it comes from. Only stated, derived and analyst targets give a verdict; an
 * illustrative one is a reference drawn for scale. A qualitative goal (kind `qualitative`) has an
 * outcome instead of a denominator: its value, if any, is the goal's own stated threshold, shown
 * as words and never divided into.
 */
export const target = z.object({
  metric: nonEmpty(),
  value: z.optional(z.number().check(z.gte(0, 'must not be negative'))),
  unit,
  kind: z.enum(targetKinds),
  provenance: z.enum(targetProvenances),
  /** When the target falls due; status before this date can be "on track". */
  due: z.optional(isoDate),
  /** Start of the period the target covers, for pro-rata "on track" checks. */
  from: z.optional(isoDate),
  /** Why the target has this value: what the source says, or what it was derived from. */
  basis: localizedText,
  /** For stated and derived targets: the sentence of the source that states the goal. */
  quote: z.optional(nonEmpty()),
  /** For derived targets: the reference fact the value comes from. */
  reference: z.optional(nonEmpty()),
  /** A short name for the goal, for the scorecard ("Double 10 billion: new premiums"). */
  goal: z.optional(localizedText),
  /** For qualitative goals: the verdict, as the source reports it. */
  outcome: z.optional(goalOutcome),
})

export const milestone = z.object({
  id: nonEmpty(),
  event: z.int().check(z.gte(1)),
  date: isoDate,
  label: localizedText,
  provenance: sourceRef,
  /** Person the dataset attributes this milestone to (an id in `people`). */
  actor: z.optional(nonEmpty()),
  /** Milestones that must come before this one. */
  after: z.optional(z.array(nonEmpty())),
})

export const person = z.object({
  id: nonEmpty(),
  name: localizedText,
  /** The family name as the source writes it, used to check who a sentence attributes remarks to. */
  surname: nonEmpty(),
  role: localizedText,
  /**
   * The title a report puts with the name: General Secretary, 总书记. Chinese text never names
   * a leader without it (习近平总书记); see src/i18n/GLOSSARY.md.
   */
  title: localizedText,
})

/** A word the release spells wrongly: as written, and the right form when it is known. */
export const spelling = z.object({
  written: nonEmpty(),
  expected: z.optional(nonEmpty()),
})

export const event = z.object({
  number: z.int().check(z.gte(1), z.lte(10)),
  title: localizedText,
  /** The event's headline exactly as the source prints it. */
  headline: nonEmpty(),
  category,
  period,
  summary: localizedText,
  /** Metric shown as the event's key figure. */
  keyMetric: z.optional(nonEmpty()),
})

export const sourceDocument = z.object({
  id: nonEmpty(),
  /** The document's own title, in its language (quoted as published, never translated). */
  title: nonEmpty(),
  /** Who published it, as each language names them: China Post, 中国邮政. */
  publisher: localizedText,
  published: isoDate,
  language: nonEmpty(),
  /** File name under data/sources/. */
  file: nonEmpty(),
  attribution: localizedText,
})

export const referenceFact = z.object({
  id: nonEmpty(),
  label: localizedText,
  value: z.number(),
  unit: nonEmpty(),
  /** Where the reference value comes from; it is not in the press release. */
  source: localizedText,
})

export const datasetMeta = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Names the dataset in exported files and what-if files, e.g. "china-post-2017". */
  id: nonEmpty(),
  version: nonEmpty(),
  asOf: isoDate,
  title: localizedText,
  /** Who the release is about, as the header names it: "China Post Group". */
  organisation: localizedText,
  /** The release's short name beside the organisation: "2017 Top Ten Events". */
  edition: localizedText,
  /** The period the release reports on: the year "2017", or start and end dates. */
  period,
  /** Relative tolerance before a stated currency conversion is flagged, e.g. 0.1 for 10%. */
  conversionTolerance: z.number().check(z.gt(0), z.lt(1)),
  sources: z.array(sourceDocument).check(z.minLength(1)),
  reference: z.array(referenceFact),
  people: z.array(person),
  /** Words the release misspells, checked against its text by the data-quality rules. */
  spellings: z.optional(z.array(spelling)),
})

/** A dataset's key in URLs and API paths (see DATASET_KEY_PATTERN). */
export const datasetKey = z
  .string()
  .check(
    z.regex(DATASET_KEY_PATTERN, 'must be lower-case letters, digits and hyphens'),
    z.refine(isDatasetKey, 'must not be “index”, the name of the list of datasets'),
  )

/** One entry of GET <base>/api/v1/kpis/index.json: what a picker needs to offer a dataset. */
export const datasetIndexEntry = z.object({
  key: datasetKey,
  id: nonEmpty(),
  /** Named here too so the header can say whose figures these are while the dataset is unreachable. */
  organisation: localizedText,
  title: localizedText,
  edition: localizedText,
  period,
  asOf: isoDate,
  version: nonEmpty(),
})

/** Every published dataset, newest first (by as-of date). */
export const datasetIndex = z.object({
  datasets: z.array(datasetIndexEntry).check(z.minLength(1)),
})

/** What GET <base>/api/v1/kpis/<key>.json returns: the data/ files assembled, plus each source's text. */
export const dataset = z.object({
  ...datasetMeta.shape,
  sources: z.array(z.object({ ...sourceDocument.shape, text: nonEmpty() })).check(z.minLength(1)),
  events: z.array(event),
  metrics: z.array(metric),
  milestones: z.array(milestone),
  targets: z.array(target),
  /** data/<key>/dashboard.json, when the dataset has one. */
  dashboard: z.optional(dashboard),
})

export type Category = z.infer<typeof category>
export type Unit = z.infer<typeof unit>
export type Qualifier = z.infer<typeof qualifier>
export type LocalizedText = z.infer<typeof localizedText>
export type Period = z.infer<typeof period>
export type Metric = z.infer<typeof metric>
export type Target = z.infer<typeof target>
export type TargetKind = Target['kind']
export type TargetProvenance = Target['provenance']
export type Milestone = z.infer<typeof milestone>
export type Person = z.infer<typeof person>
export type KpiEvent = z.infer<typeof event>
export type ReferenceFact = z.infer<typeof referenceFact>
export type SourceDocument = z.infer<typeof dataset>['sources'][number]
export type Dataset = z.infer<typeof dataset>
export type DatasetIndexEntry = z.infer<typeof datasetIndexEntry>
export type DatasetIndex = z.infer<typeof datasetIndex>

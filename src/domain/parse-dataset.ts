import * as z from 'zod/mini'
import type { DataIssue, IssuePath } from './data-issue'
import {
  type Dataset,
  type DatasetIndex,
  datasetIndex,
  dataset as datasetSchema,
  type Target,
} from './schema'

/** For dataset-in-slices.ts, which reaches the schema through this module (one chunk graph). */
export { datasetSchema }

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; issues: DataIssue[] }

/** The schema's own messages; the build's validator words them for people editing the files. */
function fromZod(error: z.core.$ZodError): DataIssue[] {
  return error.issues.map((issue) => ({ path: issue.path, message: issue.message }))
}

function duplicates<T>(
  issues: DataIssue[],
  items: readonly T[],
  key: (item: T) => string | number,
  at: string,
) {
  const seen = new Set<string | number>()
  items.forEach((item, index) => {
    const value = key(item)
    if (seen.has(value)) issues.push({ path: [at, index], message: `duplicate id “${value}”` })
    seen.add(value)
  })
}

/**
 * Ids of records that exist in the files but failed the schema: references to them are not
 * reported as unknown, so one typo is reported once, not again at every place that cites it.
 */
export interface KnownIds {
  events?: Iterable<number>
  metrics?: Iterable<string>
  milestones?: Iterable<string>
}

/**
 * Checks that the schema alone cannot: ids are unique, every reference points at something that
 * exists, units agree, and every quote appears verbatim in the source it cites.
 */
export function integrityIssues(data: Dataset, known: KnownIds = {}): DataIssue[] {
  const issues: DataIssue[] = []
  for (const _ of integritySteps(data, issues, known));
  return issues
}

/**
 * The same checks one record at a time (it stops after each), so a caller can give way between
 * records of a very large dataset (dataset-in-slices.ts) and still get the same issues in order.
 */
export function* integritySteps(
  data: Dataset,
  issues: DataIssue[],
  known: KnownIds = {},
): Generator<void> {
  duplicates(issues, data.events, (e) => e.number, 'events')
  duplicates(issues, data.metrics, (m) => m.id, 'metrics')
  duplicates(issues, data.milestones, (m) => m.id, 'milestones')
  duplicates(issues, data.targets, (t) => t.metric, 'targets')
  duplicates(issues, data.people, (p) => p.id, 'people')
  duplicates(issues, data.reference, (r) => r.id, 'reference')
  duplicates(issues, data.sources, (s) => s.id, 'sources')
  yield
  const events = new Set([...data.events.map((e) => e.number), ...(known.events ?? [])])
  const metrics = new Map(data.metrics.map((m) => [m.id, m]))
  const metricIds = new Set([...metrics.keys(), ...(known.metrics ?? [])])
  yield
  const milestones = new Set([...data.milestones.map((m) => m.id), ...(known.milestones ?? [])])
  const people = new Set(data.people.map((p) => p.id))
  const reference = new Set(data.reference.map((r) => r.id))
  const sources = new Map(data.sources.map((s) => [s.id, s.text]))
  const allText = data.sources.map((s) => s.text).join('\n')

  const issue = (path: IssuePath, message: string) => issues.push({ path, message })
  const checkQuote = (path: IssuePath, quote: string, sourceId?: string) => {
    const text = sourceId === undefined ? allText : sources.get(sourceId)
    if (text !== undefined && !text.includes(quote)) {
      issue(path, `quote is not verbatim in the source: “${quote.slice(0, 80)}”`)
    }
  }
  const checkProvenance = (
    path: IssuePath,
    provenance: Dataset['metrics'][number]['provenance'],
  ) => {
    if (!sources.has(provenance.source)) {
      issue([...path, 'source'], `unknown source “${provenance.source}”`)
      return
    }
    checkQuote([...path, 'quote'], provenance.quote, provenance.source)
    provenance.supporting?.forEach((quote, i) => {
      checkQuote([...path, 'supporting', i], quote, provenance.source)
    })
  }

  for (const [i, e] of data.events.entries()) {
    if (e.keyMetric && !metricIds.has(e.keyMetric)) {
      issue(['events', i, 'keyMetric'], `unknown metric “${e.keyMetric}”`)
    }
    checkQuote(['events', i, 'headline'], e.headline)
    yield
  }
  for (const [i, m] of data.metrics.entries()) {
    if (!events.has(m.event)) issue(['metrics', i, 'event'], `unknown event ${m.event}`)
    for (const field of ['conversionOf', 'subsetOf', 'groupedInto'] as const) {
      const ref = m[field]
      if (ref !== undefined && !metricIds.has(ref)) {
        issue(['metrics', i, field], `unknown metric “${ref}”`)
      }
    }
    if (m.context !== undefined && !reference.has(m.context)) {
      issue(['metrics', i, 'context'], `unknown reference fact “${m.context}”`)
    }
    checkProvenance(['metrics', i, 'provenance'], m.provenance)
    m.claims?.forEach((c, j) => {
      checkQuote(['metrics', i, 'claims', j, 'quote'], c.quote, m.provenance.source)
    })
    yield
  }
  for (const [i, m] of data.milestones.entries()) {
    if (!events.has(m.event)) issue(['milestones', i, 'event'], `unknown event ${m.event}`)
    if (m.actor !== undefined && !people.has(m.actor)) {
      issue(['milestones', i, 'actor'], `unknown person “${m.actor}”`)
    }
    m.after?.forEach((id, j) => {
      if (!milestones.has(id)) issue(['milestones', i, 'after', j], `unknown milestone “${id}”`)
    })
    checkProvenance(['milestones', i, 'provenance'], m.provenance)
    yield
  }
  for (const [i, t] of data.targets.entries()) {
    yield
    const m = metrics.get(t.metric)
    if (!m) {
      if (!metricIds.has(t.metric)) issue(['targets', i, 'metric'], `unknown metric “${t.metric}”`)
      continue
    }
    if (t.unit !== m.unit) {
      issue(['targets', i, 'unit'], `unit “${t.unit}” differs from the metric's unit “${m.unit}”`)
    }
    if ((t.provenance === 'stated' || t.provenance === 'derived') && t.quote === undefined) {
      issue(
        ['targets', i, 'quote'],
        `a ${t.provenance} target needs the quote that states its goal`,
      )
    }
    if (t.provenance === 'derived' && t.reference === undefined) {
      issue(['targets', i, 'reference'], 'a derived target needs the reference fact it comes from')
    }
    if (t.reference !== undefined && !reference.has(t.reference)) {
      issue(['targets', i, 'reference'], `unknown reference fact “${t.reference}”`)
    }
    if (t.quote !== undefined) checkQuote(['targets', i, 'quote'], t.quote)
    const shape = targetShapeProblem(t)
    if (shape) issue(['targets', i, shape.path], shape.message)
    if (t.outcome) checkQuote(['targets', i, 'outcome', 'quote'], t.outcome.quote)
  }
}

/**
 * What a target's kind asks of it: a number to compare with, or (qualitative) the source's
 * sentence on the outcome; a reference (illustrative) never carries a verdict of its own.
 */
function targetShapeProblem(t: Target): { path: string; message: string } | undefined {
  const qualitative = t.kind === 'qualitative'
  if (qualitative && !t.outcome) {
    return { path: 'outcome', message: 'a qualitative goal needs the outcome its sentence reports' }
  }
  if (!qualitative && t.outcome) {
    return { path: 'outcome', message: `a ${t.kind} target is judged by its value, not an outcome` }
  }
  if (!qualitative && t.value === undefined) {
    return { path: 'value', message: `a ${t.kind} target needs a value` }
  }
  if (qualitative && t.value !== undefined) {
    return { path: 'value', message: 'a qualitative goal has no number to divide by' }
  }
  if (qualitative && t.provenance === 'illustrative') {
    return { path: 'provenance', message: 'an illustrative reference cannot be a qualitative goal' }
  }
  if (t.kind === 'deadline' && t.unit !== 'days') {
    return { path: 'unit', message: 'a deadline counts days' }
  }
  return undefined
}

/** Validates an API payload: structure first, then integrity. */
export function parseDataset(input: unknown): ParseResult {
  const parsed = z.safeParse(datasetSchema, input)
  if (!parsed.success) return { ok: false, issues: fromZod(parsed.error) }
  const issues = integrityIssues(parsed.data)
  return issues.length > 0 ? { ok: false, issues } : { ok: true, dataset: parsed.data }
}

/** Validates the API's list of datasets. */
export function parseDatasetIndex(
  input: unknown,
): { ok: true; index: DatasetIndex } | { ok: false; issues: DataIssue[] } {
  const parsed = z.safeParse(datasetIndex, input)
  return parsed.success
    ? { ok: true, index: parsed.data }
    : { ok: false, issues: fromZod(parsed.error) }
}

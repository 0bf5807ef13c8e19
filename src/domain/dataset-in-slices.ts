/**
 * Validation, data-quality rules and rows for a very large dataset (100,000 metrics), a slice at a time
 * with `pause` between slices, so the page keeps answering input while they run. Same schema, same
 * rules, same result as parseDataset and qualityFindings in one go (tests/unit/dataset-in-slices):
 * the same issues in the same order, the same findings. Loaded only for such a dataset; the
 * validator and the rules it reuses are imported as the app imports them, so they stay chunks of
 * their own.
 */
import type * as z from 'zod/mini'
import type { DataIssue } from './data-issue'
import { type MetricRow, metricRowOf } from './metric-rows'
import type { ParseResult } from './parse-dataset'
import type { QualityFinding, QualityRule } from './quality'
import type { Dataset, Metric } from './schema'

/** Gives way to the page; called often, it decides itself whether enough time has passed. */
export type Pause = () => Promise<void>

/** Records validated, checked or run through the rules between two calls of `pause`. */
export const SLICE = 500

/** A top-level list the schema checks item by item and nothing more (no length limits). */
function itemSchema(schema: z.ZodMiniType | undefined): z.ZodMiniType | undefined {
  const def = schema?._zod.def
  return def?.type === 'array' && !def.checks?.length
    ? ((def as z.core.$ZodArrayDef).element as z.ZodMiniType)
    : undefined
}

/**
 * parseDataset in slices. zod checks an object's fields in the schema's order and a list's items
 * in order, so each long list is checked `SLICE` items at a time with the item schema, its issues'
 * paths put back under the list, and every issue is reported where the whole check would have
 * put it.
 */
export async function parseDatasetInSlices(
  input: unknown,
  pause: Pause,
  slice = SLICE,
): Promise<ParseResult> {
  const { datasetSchema, integritySteps, parseDataset } = await import('./parse-dataset')
  const { checks } = datasetSchema._zod.def
  const shape: Record<string, z.ZodMiniType> = datasetSchema._zod.def.shape
  // A check on the whole dataset would need every list at once: then it is done in one go.
  if (typeof input !== 'object' || input === null || Array.isArray(input) || checks?.length) {
    return parseDataset(input)
  }
  const record = input as Record<string, unknown>
  const long = Object.keys(shape).filter((key) => {
    const value = record[key]
    return Array.isArray(value) && value.length > slice && itemSchema(shape[key]) !== undefined
  })
  // The schemas' own safeParse: the same check as z.safeParse, without importing zod here.
  const rest = datasetSchema.safeParse({
    ...record,
    ...Object.fromEntries(long.map((key) => [key, []])),
  })
  const issuesByKey = new Map<string, DataIssue[]>()
  const add = (key: string, issue: DataIssue) => {
    const list = issuesByKey.get(key) ?? []
    list.push(issue)
    issuesByKey.set(key, list)
  }
  for (const issue of rest.error?.issues ?? []) {
    add(String(issue.path[0]), { path: issue.path, message: issue.message })
  }
  const lists = new Map<string, unknown[]>()
  for (const key of long) {
    const schema = itemSchema(shape[key]) as z.ZodMiniType
    const parsed: unknown[] = []
    for (const [index, item] of (record[key] as unknown[]).entries()) {
      if (index % slice === 0) await pause()
      const one = schema.safeParse(item)
      if (one.success) parsed.push(one.data)
      for (const issue of one.error?.issues ?? []) {
        add(key, { path: [key, index, ...issue.path], message: issue.message })
      }
    }
    lists.set(key, parsed)
  }
  if (issuesByKey.size > 0) {
    return { ok: false, issues: Object.keys(shape).flatMap((key) => issuesByKey.get(key) ?? []) }
  }
  const data = { ...rest.data, ...Object.fromEntries(lists) } as Dataset
  const issues: DataIssue[] = []
  for (const _ of integritySteps(data, issues)) await pause()
  return issues.length > 0 ? { ok: false, issues } : { ok: true, dataset: data }
}

/**
 * The rules that read each metric on its own (the whole dataset's records only to look up the
 * metric a figure converts, is part of or is grouped into), so running them over each slice of the
 * metrics in turn finds what one run finds, in the same order; date-order also reads each
 * milestone on its own, after the metrics. The other rules search the whole dataset and run once.
 */
const metricByMetric = new Set<QualityRule>([
  'currency-conversion',
  'subset-exceeds-whole',
  'derived-figure',
  'date-order',
  'out-of-range',
  'implied-rate',
  'count-fit',
  'vague-quantifier',
])

/** qualityFindings in slices of the metrics. */
export async function qualityFindingsInSlices(
  data: Dataset,
  pause: Pause,
  slice = SLICE,
): Promise<QualityFinding[]> {
  const { ruleContext, rules, settleFindings } = await import('./quality')
  const context = ruleContext(data)
  const found: QualityFinding[] = []
  const run = (metrics: Metric[], milestones: Dataset['milestones'], rule: QualityRule) => {
    for (const finding of rules[rule]({ ...context, data: { ...data, metrics, milestones } })) {
      found.push(finding)
    }
  }
  for (const rule of Object.keys(rules) as QualityRule[]) {
    await pause()
    if (!metricByMetric.has(rule)) {
      run(data.metrics, data.milestones, rule)
      continue
    }
    for (let start = 0; start < data.metrics.length; start += slice) {
      run(data.metrics.slice(start, start + slice), [], rule)
      await pause()
    }
    run([], data.milestones, rule)
  }
  return settleFindings(found)
}

/** buildMetricRows in slices of the metrics. */
export async function metricRowsInSlices(
  data: Dataset,
  findings: readonly QualityFinding[],
  pause: Pause,
  slice = SLICE,
): Promise<MetricRow[]> {
  const rowOf = metricRowOf(data, findings)
  const rows: MetricRow[] = []
  for (const [index, metric] of data.metrics.entries()) {
    if (index % slice === 0) await pause()
    rows.push(rowOf(metric))
  }
  return rows
}

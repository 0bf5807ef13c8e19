/**
 * Validation and data-quality rules a slice at a time with `pause` between slices, so the page
 * keeps answering input while they run: a very large dataset (100,000 metrics) in slices of
 * hundreds, and, as the page starts, an ordinary one a record at a time (api/client.ts). Same
 * schema, same rules, same result as parseDataset and qualityFindings in one go
 * (tests/unit/dataset-in-slices): the same issues in the same order, the same findings.
 */
import type * as z from 'zod/mini'
import type { DataIssue } from './data-issue'
import { datasetSchema, integritySteps, type ParseResult, parseDataset } from './parse-dataset'
import {
  type QualityFinding,
  type QualityRule,
  ruleContext,
  rules,
  settleFindings,
} from './quality'
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
 * in order, so each field is checked on its own with its own schema, and each long list `slice`
 * items at a time with the item schema, their issues' paths put back under the field, and every
 * issue is reported where the whole check would have put it. (With a small slice this also keeps
 * an ordinary dataset's validation, whose first run compiles the validator, out of one long task.)
 */
export async function parseDatasetInSlices(
  input: unknown,
  pause: Pause,
  slice = SLICE,
): Promise<ParseResult> {
  const { checks, catchall } = datasetSchema._zod.def
  const shape: Record<string, z.ZodMiniType> = datasetSchema._zod.def.shape
  // A check on the whole dataset would need every field at once, and unknown keys are checked
  // against the whole object: then it is done in one go.
  if (
    typeof input !== 'object' ||
    input === null ||
    Array.isArray(input) ||
    checks?.length ||
    catchall
  ) {
    return parseDataset(input)
  }
  const record = input as Record<string, unknown>
  const issues: DataIssue[] = []
  const data: Record<string, unknown> = {}
  for (const [key, schema] of Object.entries(shape)) {
    await pause()
    const value = record[key]
    const items = itemSchema(schema)
    if (items && Array.isArray(value) && value.length > slice) {
      const parsed: unknown[] = []
      for (const [index, item] of value.entries()) {
        if (index > 0 && index % slice === 0) await pause()
        // The schemas' own safeParse: the same check as z.safeParse, without importing zod here.
        const one = items.safeParse(item)
        if (one.success) parsed.push(one.data)
        for (const issue of one.error?.issues ?? []) {
          issues.push({ path: [key, index, ...issue.path], message: issue.message })
        }
      }
      data[key] = parsed
      continue
    }
    const one = schema.safeParse(value)
    for (const issue of one.error?.issues ?? []) {
      issues.push({ path: [key, ...issue.path], message: issue.message })
    }
    // As zod's object: an optional field left out stays out.
    if (one.success && (one.data !== undefined || key in record)) data[key] = one.data
  }
  if (issues.length > 0) return { ok: false, issues }
  const dataset = data as Dataset
  for (const _ of integritySteps(dataset, issues)) await pause()
  return issues.length > 0 ? { ok: false, issues } : { ok: true, dataset }
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

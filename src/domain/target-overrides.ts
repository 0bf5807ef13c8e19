import * as z from 'zod/mini'
import type { Dataset, Metric, Target, TargetKind } from './schema'
import { units } from './vocabulary'

/** An analyst's what-if target for one metric. */
export const targetOverride = z.object({
  metric: z.string().check(z.minLength(1)),
  value: z.number().check(z.gte(0)),
  unit: z.enum(units),
  /** ISO timestamp of the edit. */
  setAt: z.string(),
  /** The id of the dataset it was set on; edits from before there were several apply to any. */
  dataset: z.optional(z.string()),
})
export type TargetOverride = z.infer<typeof targetOverride>

export const TARGET_OVERRIDES_VERSION = 1

/**
 * The kind of target an analyst's number becomes: the dataset target's own kind, else a threshold
 * in the metric's better direction (a qualitative goal becomes a threshold too).
 */
export function overrideKind(
  metric: Pick<Metric, 'higherIsBetter'>,
  original: { kind: TargetKind } | undefined,
): Exclude<TargetKind, 'qualitative'> {
  if (original && original.kind !== 'qualitative') return original.kind
  return metric.higherIsBetter ? 'reach' : 'stay-below'
}

/**
 * The sentence under an analyst's target: when it was set and what it replaces, in both
 * languages. Worded above the domain (numbers and dates formatted like the rest of the page).
 */
export type DescribeOverride = (original: Target | undefined, o: TargetOverride) => Target['basis']

/** The target an override puts in place of the dataset's (or adds where there was none). */
export function overrideTarget(
  metric: Metric,
  original: Target | undefined,
  o: TargetOverride,
  describe: DescribeOverride,
): Target {
  return {
    metric: metric.id,
    value: o.value,
    unit: metric.unit,
    // A number set against a qualitative goal is compared as a plain threshold.
    kind: overrideKind(metric, original),
    provenance: 'analyst',
    ...(original?.due ? { due: original.due } : {}),
    ...(original?.from ? { from: original.from } : {}),
    basis: describe(original, o),
  }
}

/** The edits that belong to one dataset (by its id). */
export function overridesFor(datasetId: string, all: readonly TargetOverride[]): TargetOverride[] {
  return all.filter((o) => (o.dataset ?? datasetId) === datasetId)
}

/** The dataset with analyst targets in force. Overrides for unknown metrics or units are ignored. */
export function applyTargetOverrides(
  data: Dataset,
  all: readonly TargetOverride[],
  describe: DescribeOverride,
): Dataset {
  const steps = targetOverrideSteps(data, all, describe)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * applyTargetOverrides a few hundred targets at a time (it stops after each slice), so a caller
 * can give way to the page while 100,000 edits apply (api/large-dataset.ts); the same result.
 */
export function* targetOverrideSteps(
  data: Dataset,
  all: readonly TargetOverride[],
  describe: DescribeOverride,
): Generator<void, Dataset> {
  const overrides = overridesFor(data.id, all)
  if (overrides.length === 0) return data
  const metrics = new Map(data.metrics.map((m) => [m.id, m]))
  yield
  const byMetric = new Map<string, TargetOverride>()
  for (const o of overrides) {
    const metric = metrics.get(o.metric)
    if (metric && metric.unit === o.unit) byMetric.set(o.metric, o)
  }
  yield
  const originals = new Map(data.targets.map((t) => [t.metric, t]))
  const targets: Target[] = []
  // The dataset's targets in their order, then one for each edited metric that had none.
  for (const [index, id] of [...new Set([...originals.keys(), ...byMetric.keys()])].entries()) {
    const o = byMetric.get(id)
    const metric = metrics.get(id)
    const original = originals.get(id)
    const target = o && metric ? overrideTarget(metric, original, o, describe) : original
    if (target) targets.push(target)
    if (index % 500 === 0) yield
  }
  return { ...data, targets }
}

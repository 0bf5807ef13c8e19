/**
 * The same figure in the other published datasets. A figure from another period stands beside
 * this one only when both measure the same thing in the same unit (sameDefinition); a metric id
 * that the other dataset defines differently, or does not have, gets nothing. Pure.
 */
import { sameDefinition } from './definitions'
import type { Dataset, Metric } from './schema'

export interface OtherPeriodFigure {
  /** The other dataset's key (its folder name, ?year=). */
  key: string
  /** The other dataset, for its name, its period and its own exchange rate. */
  dataset: Dataset
  metric: Metric
}

/** For each metric of `current` with a comparable twin elsewhere, the twins in `others`' order. */
export function otherPeriods(
  current: Dataset,
  others: readonly { key: string; dataset: Dataset }[],
): ReadonlyMap<string, readonly OtherPeriodFigure[]> {
  const byId = new Map<string, OtherPeriodFigure[]>()
  const mine = new Map(current.metrics.map((m) => [m.id, m]))
  for (const { key, dataset } of others) {
    if (dataset.id === current.id) continue
    for (const metric of dataset.metrics) {
      const own = mine.get(metric.id)
      if (!own || !sameDefinition(own, metric)) continue
      byId.set(metric.id, [...(byId.get(metric.id) ?? []), { key, dataset, metric }])
    }
  }
  return byId
}

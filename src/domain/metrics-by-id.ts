import type { Dataset, Metric } from './schema'

const cache = new WeakMap<Dataset['metrics'], ReadonlyMap<string, Metric>>()

/**
 * A dataset's metrics by id, built once per list of metrics: views that look up a few metrics on
 * every render would otherwise index all of them each time (100,000 in a large dataset).
 */
export function metricsById({ metrics }: Pick<Dataset, 'metrics'>): ReadonlyMap<string, Metric> {
  let byId = cache.get(metrics)
  if (!byId) {
    byId = new Map(metrics.map((m) => [m.id, m]))
    cache.set(metrics, byId)
  }
  return byId
}

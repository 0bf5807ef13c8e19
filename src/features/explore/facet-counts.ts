import { filterRows, type MetricFilters, type ProvenanceFilter } from '@/domain/filters'
import type { MetricRow } from '@/domain/metric-rows'
import type { Category } from '@/domain/schema'
import type { Status } from '@/domain/status'

export interface FacetCounts {
  categories: Map<Category, number>
  events: Map<number, number>
  statuses: Map<Status, number>
  provenance: Map<ProvenanceFilter, number>
  flagged: Map<boolean, number>
}

function countBy<K>(rows: readonly MetricRow[], key: (row: MetricRow) => K): Map<K, number> {
  const counts = new Map<K, number>()
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1)
  return counts
}

/**
 * How many metrics each filter option would show: the other filters applied, this facet's own
 * choice left out, so a count says what ticking (or keeping) that option gives.
 */
export function facetCounts(rows: readonly MetricRow[], filters: MetricFilters): FacetCounts {
  const without = (key: keyof MetricFilters) => filterRows(rows, { ...filters, [key]: undefined })
  return {
    categories: countBy(without('categories'), (r) => r.metric.category),
    events: countBy(without('events'), (r) => r.metric.event),
    statuses: countBy(without('statuses'), (r) => r.status),
    provenance: countBy(without('provenance'), (r) => r.target?.provenance ?? 'none'),
    flagged: countBy(without('flagged'), (r) => r.findings.length > 0),
  }
}

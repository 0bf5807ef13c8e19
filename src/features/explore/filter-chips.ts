import { statusText } from '../../components/status-badge'
import type { MetricFilters, ProvenanceFilter } from '../../domain/filters'
import type { KpiEvent } from '../../domain/schema'
import { type ExploreParams, listParam } from './use-explore-search'

export const provenanceFilterText: Record<ProvenanceFilter, string> = {
  stated: 'Stated',
  derived: 'Derived',
  illustrative: 'Illustrative',
  analyst: 'Analyst',
  none: 'No target',
}

export interface FilterChip {
  key: string
  /** "Category", "Status" … */
  kind: string
  /** "finance", "Met" … */
  value: string
  /** The URL patch that removes just this value. */
  remove: Partial<ExploreParams>
}

const without = <T>(values: readonly T[], value: T) => listParam(values.filter((v) => v !== value))

/** One chip per active filter value, in the order the filter panel lists them. */
export function filterChips(filters: MetricFilters, events: readonly KpiEvent[]): FilterChip[] {
  const chips: FilterChip[] = []
  const { categories = [], events: numbers = [], statuses = [], provenance = [] } = filters
  for (const c of categories)
    chips.push({
      key: `category-${c}`,
      kind: 'Category',
      value: c,
      remove: { categories: without(categories, c) },
    })
  for (const n of numbers) {
    const title = events.find((e) => e.number === n)?.title.en
    chips.push({
      key: `event-${n}`,
      kind: 'Event',
      value: title ? `${n} · ${title}` : String(n),
      remove: { events: without(numbers, n) },
    })
  }
  for (const s of statuses)
    chips.push({
      key: `status-${s}`,
      kind: 'Status',
      value: statusText[s],
      remove: { statuses: without(statuses, s) },
    })
  for (const p of provenance)
    chips.push({
      key: `provenance-${p}`,
      kind: 'Target',
      value: provenanceFilterText[p],
      remove: { provenance: without(provenance, p) },
    })
  if (filters.flagged !== undefined)
    chips.push({
      key: 'flagged',
      kind: 'Data quality',
      value: filters.flagged ? 'has a finding' : 'no finding',
      remove: { flagged: undefined },
    })
  const q = filters.q?.trim()
  if (q) chips.push({ key: 'q', kind: 'Search', value: `“${q}”`, remove: { q: undefined } })
  return chips
}

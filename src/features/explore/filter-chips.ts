import { i18n } from '@lingui/core'
import type { MetricFilters } from '@/domain/filters'
import type { Locale } from '@/domain/locale'
import type { KpiEvent } from '@/domain/schema'
import { categoryMessage, statusMessage } from '@/i18n/labels'
import { provenanceFilterMessage } from './messages'
import { type ExploreParams, listParam } from './use-explore-search'

export interface FilterChip {
  key: string
  /** "Category", "Status" … in the active language. */
  kind: string
  /** "Finance", "Met" … in the active language. */
  value: string
  /** The URL patch that removes just this value. */
  remove: Partial<ExploreParams>
}

const without = <T>(values: readonly T[], value: T) => listParam(values.filter((v) => v !== value))

/**
 * One chip per active filter value, in the order the filter panel lists them, worded in the
 * active language (call it while rendering, so a change of language re-words the chips).
 */
export function filterChips(
  filters: MetricFilters,
  events: readonly KpiEvent[],
  locale: Locale,
): FilterChip[] {
  const chips: FilterChip[] = []
  const { categories = [], events: numbers = [], statuses = [], provenance = [] } = filters
  for (const c of categories)
    chips.push({
      key: `category-${c}`,
      kind: i18n._('explore.filter.category'),
      value: i18n._(categoryMessage[c]),
      remove: { categories: without(categories, c) },
    })
  for (const n of numbers) {
    const title = events.find((e) => e.number === n)?.title[locale]
    chips.push({
      key: `event-${n}`,
      kind: i18n._('explore.filter.event'),
      value: title ? `${n} · ${title}` : String(n),
      remove: { events: without(numbers, n) },
    })
  }
  for (const s of statuses)
    chips.push({
      key: `status-${s}`,
      kind: i18n._('explore.filter.status'),
      value: i18n._(statusMessage[s]),
      remove: { statuses: without(statuses, s) },
    })
  for (const p of provenance)
    chips.push({
      key: `provenance-${p}`,
      kind: i18n._('explore.chip.target'),
      value: i18n._(provenanceFilterMessage[p]),
      remove: { provenance: without(provenance, p) },
    })
  if (filters.flagged !== undefined)
    chips.push({
      key: 'flagged',
      kind: i18n._('explore.filter.dataQuality'),
      value: filters.flagged ? i18n._('explore.chip.flagged') : i18n._('explore.chip.unflagged'),
      remove: { flagged: undefined },
    })
  const q = filters.q?.trim()
  if (q)
    chips.push({
      key: 'q',
      kind: i18n._('explore.filter.search'),
      value: i18n._('explore.chip.query', { q }),
      remove: { q: undefined },
    })
  return chips
}

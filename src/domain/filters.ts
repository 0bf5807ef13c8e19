import type { Kpis } from './kpis'
import type { MetricRow } from './metric-rows'
import type { Category, Dataset, Milestone, TargetProvenance } from './schema'
import type { Status } from './status'

/** "none" stands for metrics without a target in the provenance filter. */
export type ProvenanceFilter = TargetProvenance | 'none'

/** An analyst's filter set. Empty or missing fields do not filter. */
export interface MetricFilters {
  categories?: readonly Category[]
  events?: readonly number[]
  statuses?: readonly Status[]
  provenance?: readonly ProvenanceFilter[]
  /** true: only metrics with a data-quality finding; false: only those without. */
  flagged?: boolean
  /** Free text over labels (both languages), ids and quotes; all words must match. */
  q?: string
}

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ')

function searchText(row: MetricRow): string {
  const { metric } = row
  return fold(
    [
      metric.id,
      metric.label.en,
      metric.label['zh-CN'],
      metric.provenance.quote,
      ...(metric.provenance.supporting ?? []),
      row.event?.title.en ?? '',
      row.event?.title['zh-CN'] ?? '',
    ].join(' \u0000 '),
  )
}

/** The words of a search, folded: every one must match. */
export function searchWords(q: string | undefined): string[] {
  return fold(q ?? '')
    .trim()
    .split(' ')
    .filter(Boolean)
}

/**
 * Milestones a search matches, by their label (both languages), quote, and the person the
 * dataset attributes them to (name and title in both languages: "Xi", 习近平, 总书记). Events
 * without figures (the leaders' event) have only milestones, so a search for a name finds them
 * here, not among the metrics.
 */
export function matchingMilestones(dataset: Dataset, q: string | undefined): Milestone[] {
  const words = searchWords(q)
  if (words.length === 0) return []
  const people = new Map(dataset.people.map((p) => [p.id, p]))
  return dataset.milestones.filter((m) => {
    const person = m.actor ? people.get(m.actor) : undefined
    const text = fold(
      [
        m.label.en,
        m.label['zh-CN'],
        m.provenance.quote,
        person?.name.en ?? '',
        person?.name['zh-CN'] ?? '',
        person?.title.en ?? '',
        person?.title['zh-CN'] ?? '',
      ].join(' \u0000 '),
    )
    return words.every((word) => text.includes(word))
  })
}

const some = <T>(values: readonly T[] | undefined): values is readonly T[] =>
  values !== undefined && values.length > 0

/** Each filter is a predicate; a row passes when it passes all of them, so order never matters. */
export function matchesFilters(
  row: MetricRow,
  filters: MetricFilters,
  words = searchWords(filters.q),
): boolean {
  const { metric } = row
  if (some(filters.categories) && !filters.categories.includes(metric.category)) return false
  if (some(filters.events) && !filters.events.includes(metric.event)) return false
  if (some(filters.statuses) && !filters.statuses.includes(row.status)) return false
  if (some(filters.provenance)) {
    const provenance: ProvenanceFilter = row.target?.provenance ?? 'none'
    if (!filters.provenance.includes(provenance)) return false
  }
  if (filters.flagged !== undefined && filters.flagged !== row.findings.length > 0) return false
  if (words.length > 0) {
    const text = searchText(row)
    if (!words.every((word) => text.includes(word))) return false
  }
  return true
}

export function filterRows(rows: readonly MetricRow[], filters: MetricFilters): MetricRow[] {
  // The search words once, not once a row (100,000 rows).
  const words = searchWords(filters.q)
  return rows.filter((row) => matchesFilters(row, filters, words))
}

export function hasActiveFilters(filters: MetricFilters): boolean {
  return (
    some(filters.categories) ||
    some(filters.events) ||
    some(filters.statuses) ||
    some(filters.provenance) ||
    filters.flagged !== undefined ||
    (filters.q ?? '').trim() !== ''
  )
}

/**
 * The whole view narrowed by the filters: rows, the events they belong to (an event without
 * figures stays while only category or event filters are set), its milestones and findings.
 */
export function filterKpis(kpis: Kpis, filters: MetricFilters): Kpis {
  if (!hasActiveFilters(filters)) return kpis
  const rows = filterRows(kpis.rows, filters)
  const withRows = new Set(rows.map((r) => r.metric.event))
  const metricLevel =
    some(filters.statuses) ||
    some(filters.provenance) ||
    filters.flagged !== undefined ||
    (filters.q ?? '').trim() !== ''
  const events = kpis.dataset.events.filter(
    (e) =>
      withRows.has(e.number) ||
      (!metricLevel &&
        (!some(filters.categories) || filters.categories.includes(e.category)) &&
        (!some(filters.events) || filters.events.includes(e.number))),
  )
  const shown = new Set(events.map((e) => e.number))
  return {
    dataset: {
      ...kpis.dataset,
      events,
      milestones: kpis.dataset.milestones.filter((m) => shown.has(m.event)),
    },
    findings: kpis.findings.filter((f) => shown.has(f.event)),
    rows,
  }
}

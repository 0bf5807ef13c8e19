import { endOf } from '@/domain/dates'
import type { ProvenanceFilter } from '@/domain/filters'
import type { Locale } from '@/domain/locale'
import type { MetricRow } from '@/domain/metric-rows'
import { statuses } from '@/domain/status'
import type { SortColumn } from './search'

export type SortDirection = 'asc' | 'desc'

const provenanceOrder: readonly ProvenanceFilter[] = [
  'stated',
  'derived',
  'illustrative',
  'analyst',
  'none',
]

/** Labels sort in the reader's language: alphabetically in English, by pinyin in Chinese. */
const collators: Record<Locale, Intl.Collator> = {
  en: new Intl.Collator('en', { numeric: true, sensitivity: 'base' }),
  'zh-CN': new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' }),
}

/** The value a column sorts by; undefined (no target, no attainment) always sorts last. */
function sortKey(row: MetricRow, column: SortColumn, locale: Locale): string | number | undefined {
  const { metric } = row
  switch (column) {
    case 'label':
      return metric.label[locale]
    case 'value':
      return metric.value
    case 'unit':
      return metric.unit
    case 'target':
      return row.target?.value
    case 'attainment':
      return row.attainment
    case 'status':
      return statuses.indexOf(row.status)
    case 'provenance':
      return provenanceOrder.indexOf(row.target?.provenance ?? 'none')
    case 'event':
      return metric.event
    case 'category':
      return metric.category
    case 'date':
      return endOf(metric.period.end ?? metric.period.start).getTime()
  }
}

function compareKeys(a: string | number, b: string | number, collator: Intl.Collator): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return collator.compare(String(a), String(b))
}

/**
 * The rows in column order. Stable: rows that tie keep their dataset order in either direction,
 * so sorting by status keeps each status group in the order the release tells it.
 */
export function sortRows(
  rows: readonly MetricRow[],
  column: SortColumn | undefined,
  direction: SortDirection = 'asc',
  locale: Locale = 'en',
): MetricRow[] {
  if (!column) return [...rows]
  const sign = direction === 'asc' ? 1 : -1
  const collator = collators[locale]
  return rows
    .map((row, index) => ({ row, index, key: sortKey(row, column, locale) }))
    .sort((a, b) => {
      if (a.key === undefined || b.key === undefined) {
        if (a.key === b.key) return a.index - b.index
        return a.key === undefined ? 1 : -1
      }
      return sign * compareKeys(a.key, b.key, collator) || a.index - b.index
    })
    .map(({ row }) => row)
}

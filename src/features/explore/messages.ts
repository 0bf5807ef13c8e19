/**
 * Catalog ids of the workspace's vocabulary, spelled out as literals so the catalog check sees
 * every one in use. The dataset's shared vocabulary (categories, units, severities) is in
 * src/i18n/labels.ts.
 */

import type { ProvenanceFilter } from '@/domain/filters'
import type { SortColumn } from './search'

export const provenanceFilterMessage: Record<ProvenanceFilter, string> = {
  stated: 'provenance.stated',
  derived: 'provenance.derived',
  illustrative: 'provenance.illustrative',
  analyst: 'provenance.analyst',
  none: 'explore.provenance.none',
}

export const columnMessage: Record<SortColumn, string> = {
  label: 'table.metric',
  value: 'table.value',
  target: 'table.target',
  attainment: 'table.attainment',
  status: 'table.status',
  provenance: 'explore.column.provenance',
  event: 'explore.column.event',
  category: 'explore.column.category',
  unit: 'table.unit',
  date: 'table.date',
}

/**
 * Catalog ids of the workspace's vocabulary, spelled out as literals so the catalog check sees
 * every one in use. The overview keeps its own maps of the same shared ids: features do not
 * import each other.
 */
import type { SortColumn } from '../../app/search'
import type { ProvenanceFilter } from '../../domain/filters'
import type { QualityFinding } from '../../domain/quality'
import type { Category, TargetKind, Unit } from '../../domain/schema'

export const categoryMessage: Record<Category, string> = {
  governance: 'category.governance',
  innovation: 'category.innovation',
  finance: 'category.finance',
  insurance: 'category.insurance',
  'e-commerce': 'category.e-commerce',
  logistics: 'category.logistics',
  publishing: 'category.publishing',
}

export const unitMessage: Record<Unit, string> = {
  count: 'unit.count',
  people: 'unit.people',
  CNY: 'unit.CNY',
  USD: 'unit.USD',
  percent: 'unit.percent',
  provinces: 'unit.provinces',
  days: 'unit.days',
  years: 'unit.years',
}

export const severityMessage: Record<QualityFinding['severity'], string> = {
  error: 'severity.short.error',
  warning: 'severity.short.warning',
  info: 'severity.short.info',
}

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

/** A target value with its kind: "at least 250,000". */
export const targetKindMessage: Record<TargetKind, string> = {
  reach: 'explore.kind.reach',
  'stay-above': 'explore.kind.stay-above',
  'stay-below': 'explore.kind.stay-below',
}

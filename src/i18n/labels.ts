/**
 * Catalog ids of the dataset's vocabulary, spelled out as literals so the catalog check sees
 * every one in use. Shared by every view and export.
 */
import { i18n } from '@lingui/core'
import type { QualityFinding } from '@/domain/quality'
import type { Category, TargetProvenance, Unit } from '@/domain/schema'
import type { Status } from '@/domain/status'

export const categoryMessage: Record<Category, string> = {
  governance: 'category.governance',
  innovation: 'category.innovation',
  finance: 'category.finance',
  insurance: 'category.insurance',
  'e-commerce': 'category.e-commerce',
  logistics: 'category.logistics',
  publishing: 'category.publishing',
}

/** Typed as `unit.<code>` so src/domain/target-input.ts can name a unit without importing words. */
export const unitMessage: { [U in Unit]: `unit.${U}` } = {
  count: 'unit.count',
  people: 'unit.people',
  CNY: 'unit.CNY',
  USD: 'unit.USD',
  percent: 'unit.percent',
  provinces: 'unit.provinces',
  days: 'unit.days',
  years: 'unit.years',
}

/** "Error", "Warning", "Note". */
export const severityMessage: Record<QualityFinding['severity'], string> = {
  error: 'severity.short.error',
  warning: 'severity.short.warning',
  info: 'severity.short.info',
}

/** "Data-quality error" …, where the context does not already say it is about data quality. */
export const severityLongMessage: Record<QualityFinding['severity'], string> = {
  error: 'severity.error',
  warning: 'severity.warning',
  info: 'severity.info',
}

/** A deadline's margin as words: "53 days early", "5 days late"; never a percentage. */
export function deadlineText(daysEarly: number): string {
  return daysEarly >= 0
    ? i18n._('kpi.daysEarly', { days: daysEarly })
    : i18n._('kpi.daysLate', { days: -daysEarly })
}

/** "Met", "Below target". */
export const statusMessage: Record<Status, string> = {
  met: 'status.met',
  'on-track': 'status.on-track',
  below: 'status.below',
  unjudgeable: 'status.unjudgeable',
  reference: 'status.reference',
  'no-target': 'status.no-target',
}

/** "Stated", "Illustrative". */
export const provenanceMessage: Record<TargetProvenance, string> = {
  stated: 'provenance.stated',
  derived: 'provenance.derived',
  illustrative: 'provenance.illustrative',
  analyst: 'provenance.analyst',
}

/** The currencies by name, for "Premiums (CNY)": 人民币. */
export const currencyMessage: Partial<Record<Unit, string>> = {
  CNY: 'unit.CNY',
  USD: 'unit.USD',
}

/** How the overview's chart panels put chart points into words, table rows and chart inputs. */

import type { LegendItem } from '../../../components/charts/chart-legend'
import type { ChartTableRow, TargetedValue } from '../../../components/charts/chart-types'
import { provenanceText } from '../../../components/status-badge'
import type { ChartPoint, ConversionRate, MoneyView } from '../../../domain/chart-data'
import type { Kpis } from '../../../domain/kpis'
import type { Qualifier, TargetProvenance, Unit } from '../../../domain/schema'
import {
  formatCompact,
  formatPercent,
  formatQualified,
  formatRate,
  formatValue,
} from '../../../lib/format'

/** What every family panel receives. */
export interface PanelProps {
  kpis: Kpis
  money: MoneyView
  rate: ConversionRate | undefined
}

const qualifierWords: Record<Qualifier, string> = {
  exact: '',
  'more-than': 'more than ',
  'up-to': 'up to ',
  about: 'about ',
}

/** Percentages read as "64%" in charts; everything else as the format module writes it. */
function amount(value: number, unit: Unit): string {
  return unit === 'percent' ? formatPercent(value / 100, 'en') : formatValue(value, unit, 'en')
}

/** A value as charts and tables label it: "550,000+", "about 41", "64%". */
export function valueText(p: Pick<ChartPoint, 'value' | 'unit' | 'qualifier'>): string {
  if (p.unit !== 'percent') return formatQualified(p.value, p.unit, p.qualifier, 'en')
  return `${qualifierWords[p.qualifier]}${amount(p.value, p.unit)}`
}

/** A value inside a sentence: "more than 550,000", "about 41". */
export function phrase(p: Pick<ChartPoint, 'value' | 'unit' | 'qualifier'>): string {
  return `${qualifierWords[p.qualifier]}${amount(p.value, p.unit)}`
}

export function targetText(p: ChartPoint): string | undefined {
  return p.target === undefined ? undefined : amount(p.target, p.unit)
}

export function attainmentText(p: ChartPoint): string | undefined {
  return p.attainment === undefined ? undefined : formatPercent(p.attainment, 'en')
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A point as a chart's value-against-target input. */
export function targeted(p: ChartPoint, label = p.label): TargetedValue {
  return {
    label,
    value: p.value,
    valueText: valueText(p),
    target: p.target,
    targetText: targetText(p),
    targetProvenance: p.targetProvenance,
    status: p.status,
  }
}

/** A point as a row of a chart's table; a converted figure says what the source stated. */
export function tableRow(p: ChartPoint, label = p.label, detail?: string): ChartTableRow {
  const stated = p.stated
    ? `Stated as ${formatQualified(p.stated.value, p.stated.unit, p.qualifier, 'en')}`
    : undefined
  return {
    key: p.id,
    label,
    detail: [detail, stated].filter(Boolean).join(' · ') || undefined,
    value: valueText(p),
    target: targetText(p),
    targetDetail: p.targetDetail,
    attainment: attainmentText(p),
    status: p.status,
  }
}

/** One legend entry per kind of target the points have: "Target (illustrative)". */
export function targetLegend(
  points: readonly ChartPoint[],
  name: (provenance: TargetProvenance) => string = (provenance) =>
    `Target (${provenanceText[provenance].toLowerCase()})`,
): LegendItem[] {
  const provenances = [
    ...new Set(points.flatMap((p) => (p.targetProvenance ? [p.targetProvenance] : []))),
  ]
  return provenances.map((provenance) => ({
    key: `target-${provenance}`,
    kind: 'target',
    label: name(provenance),
    provenance,
  }))
}

/** "Converted at 6.7518 CNY per USD (2017 average)" when any figure was converted. */
export function conversionNote(
  points: readonly ChartPoint[],
  rate: ConversionRate | undefined,
): string | undefined {
  if (!rate || !points.some((p) => p.stated)) return undefined
  return `Converted at ${formatRate(rate.rate, 'en')} CNY per USD (${rate.basis}).`
}

/** Axis ticks: "550K", "10B", so they stay short at any width. */
export function countTick(value: number): string {
  return formatCompact(value, 'en', 'short')
}

export function percentTick(value: number): string {
  return formatPercent(value / 100, 'en')
}

export function shareTick(value: number): string {
  return formatPercent(value, 'en')
}

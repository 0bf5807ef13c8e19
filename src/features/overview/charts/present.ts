/** How the overview's chart panels put chart points into words, table rows and chart inputs. */

import { i18n } from '@lingui/core'
import type { LegendItem } from '@/components/charts/chart-legend'
import type { ChartTableRow, MarkFilter, TargetedValue } from '@/components/charts/chart-types'
import { provenanceMessage } from '@/components/status-badge'
import type { ChartPoint, ConversionRate, MoneyView } from '@/domain/chart-data'
import type { Kpis } from '@/domain/kpis'
import type { Qualifier, TargetProvenance, Unit } from '@/domain/schema'
import {
  formatCompact,
  formatPercent,
  formatQualified,
  formatRate,
  formatValue,
  type Locale,
} from '@/lib/format'

/** What every family panel receives. */
export interface PanelProps {
  kpis: Kpis
  money: MoneyView
  rate: ConversionRate | undefined
  /** Clicking a mark filters the overview to the mark's event. */
  filter: MarkFilter
}

/** Catalog ids of a value inside a sentence, by how the source qualifies it. */
const qualifierMessage: Record<Exclude<Qualifier, 'exact'>, string> = {
  'more-than': 'chart.qualifier.more-than',
  'up-to': 'chart.qualifier.up-to',
  about: 'chart.qualifier.about',
}

/** Catalog ids of the currencies, for "Premiums (CNY)". */
export const currencyMessage: Partial<Record<Unit, string>> = {
  CNY: 'unit.CNY',
  USD: 'unit.USD',
}

/** Percentages read as "64%" in charts; everything else as the format module writes it. */
function amount(value: number, unit: Unit, locale: Locale): string {
  return unit === 'percent' ? formatPercent(value / 100, locale) : formatValue(value, unit, locale)
}

/** A value inside a sentence: "more than 550,000", "about 41"; 超过550,000, 约41. */
export function phrase(
  p: Pick<ChartPoint, 'value' | 'unit' | 'qualifier'>,
  locale: Locale,
): string {
  const text = amount(p.value, p.unit, locale)
  return p.qualifier === 'exact' ? text : i18n._(qualifierMessage[p.qualifier], { value: text })
}

/** A value as charts and tables label it: "550,000+", "about 41", "64%"; 超过550,000. */
export function valueText(
  p: Pick<ChartPoint, 'value' | 'unit' | 'qualifier'>,
  locale: Locale,
): string {
  return p.unit === 'percent'
    ? phrase(p, locale)
    : formatQualified(p.value, p.unit, p.qualifier, locale)
}

export function targetText(p: ChartPoint, locale: Locale): string | undefined {
  return p.target === undefined ? undefined : amount(p.target, p.unit, locale)
}

export function attainmentText(p: ChartPoint, locale: Locale): string | undefined {
  if (p.referenceShare !== undefined) {
    return i18n._('kpi.ofReference', { percent: formatPercent(p.referenceShare, locale) })
  }
  return p.attainment === undefined ? undefined : formatPercent(p.attainment, locale)
}

/** Starts a sentence that begins with a value ("More than 550,000 people…"); no-op in Chinese. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A name inside an English sentence ("science & technology innovation"); Chinese as it is. */
export function inSentence(name: string, locale: Locale): string {
  return locale === 'en' ? name.toLowerCase() : name
}

/** "A and B", "A、B和C": the language's own list. */
export function joinList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items)
}

/** A target's kind as a legend or tooltip puts it in brackets: "illustrative"; 示意. */
export function provenanceWord(provenance: TargetProvenance, locale: Locale): string {
  return inSentence(i18n._(provenanceMessage[provenance]), locale)
}

/** A point as a chart's value-against-target input, tagged with its event for filtering. */
export function targeted(p: ChartPoint, locale: Locale, label = p.label): TargetedValue {
  return {
    label,
    event: p.event,
    value: p.value,
    valueText: valueText(p, locale),
    target: p.target,
    targetText: targetText(p, locale),
    targetProvenance: p.targetProvenance,
    status: p.status,
  }
}

/** A point as a row of a chart's table; a converted figure says what the source stated. */
export function tableRow(
  p: ChartPoint,
  locale: Locale,
  label = p.label,
  detail?: string,
): ChartTableRow {
  const stated = p.stated
    ? i18n._('chart.table.statedAs', {
        value: formatQualified(p.stated.value, p.stated.unit, p.qualifier, locale),
      })
    : undefined
  return {
    key: p.id,
    label,
    detail: [detail, stated].filter(Boolean).join(' · ') || undefined,
    value: valueText(p, locale),
    target: targetText(p, locale),
    targetDetail: p.targetDetail,
    attainment: attainmentText(p, locale),
    status: p.status,
  }
}

/** One legend entry per kind of target the points have: "Target (illustrative)". */
export function targetLegend(
  points: readonly ChartPoint[],
  locale: Locale,
  name: (provenance: TargetProvenance) => string = (provenance) =>
    provenance === 'illustrative'
      ? i18n._('chart.legend.reference')
      : i18n._('chart.legend.target', { kind: provenanceWord(provenance, locale) }),
): LegendItem[] {
  // Only targets with a mark to draw: a qualitative goal has no number, so no mark.
  const provenances = [
    ...new Set(
      points.flatMap((p) =>
        p.targetProvenance && p.target !== undefined ? [p.targetProvenance] : [],
      ),
    ),
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
  locale: Locale,
): string | undefined {
  if (!rate || !points.some((p) => p.stated)) return undefined
  return i18n._('chart.conversion', {
    rate: formatRate(rate.rate, locale),
    basis: rate.basis[locale],
  })
}

/** Axis ticks: "550K", "10B"; 55万, 100亿: short at any width. */
export function countTick(locale: Locale): (value: number) => string {
  return (value) => formatCompact(value, locale, 'short')
}

export function percentTick(locale: Locale): (value: number) => string {
  return (value) => formatPercent(value / 100, locale)
}

export function shareTick(locale: Locale): (value: number) => string {
  return (value) => formatPercent(value, locale)
}

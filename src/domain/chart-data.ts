/**
 * What the overview's charts show, derived from the metric rows: pure functions that select
 * metrics by id and return typed series. Components only lay these out; status, attainment and
 * provenance come from the rows (status.ts), never from the chart.
 */
import { cnyPerUsdFact, type MoneyView, toCurrency } from './currency'
import type { MetricRow } from './metric-rows'
import type {
  Dataset,
  LocalizedText,
  Metric,
  Period,
  Qualifier,
  Target,
  TargetKind,
  TargetProvenance,
  Unit,
} from './schema'
import type { Status } from './status'

/** A language the dataset's text comes in. */
export type TextLocale = keyof LocalizedText

/**
 * Why a chart could not be drawn from the dataset. The message is English, for whoever debugs;
 * the panel that shows it words it in the reader's language from `reason` and `subject`.
 */
export class ChartDataError extends Error {
  constructor(
    readonly reason: 'missing-metric' | 'no-milestones',
    /** The metric id that the chart needed. */
    readonly subject: string,
    message: string,
  ) {
    super(message)
    this.name = 'ChartDataError'
  }
}

/** A metric ready to chart: value and target in the unit shown, with status and provenance. */
export interface ChartPoint {
  id: string
  event: number
  /** The metric's label in the language asked for (English unless told). */
  label: string
  /** The metric's label in every language. */
  labels: LocalizedText
  value: number
  unit: Unit
  qualifier: Qualifier
  period: Period
  target: number | undefined
  targetKind: TargetKind | undefined
  targetProvenance: TargetProvenance | undefined
  /** The target as the dataset records it: provenance, basis, quote. */
  targetDetail: Target | undefined
  attainment: number | undefined
  /** value ÷ an illustrative reference: a scale, never a verdict. */
  referenceShare: number | undefined
  status: Status
  /** The figure as the source states it, when it is shown converted to another currency. */
  stated: { value: number; unit: Unit } | undefined
}

/** The row of a metric, or an error naming the missing id (a panel shows it and keeps going). */
export function metricRow(rows: readonly MetricRow[], id: string): MetricRow {
  const row = rows.find((r) => r.metric.id === id)
  if (!row) {
    throw new ChartDataError('missing-metric', id, `The dataset has no metric “${id}”.`)
  }
  return row
}

/**
 * A row as a chart point. Money is converted when the reader chose a currency; the source's own
 * conversions stay as stated, as everywhere else in the app. Conversion leaves status and
 * attainment untouched: value and target scale by the same rate.
 */
export function chartPoint(
  row: MetricRow,
  money?: MoneyView,
  locale: TextLocale = 'en',
): ChartPoint {
  const { metric, target } = row
  const amount = metric.conversionOf
    ? { value: metric.value, unit: metric.unit, converted: false }
    : toCurrency(metric.value, metric.unit, money?.currency, money?.rate)
  const targetAmount =
    target?.value !== undefined && !metric.conversionOf
      ? toCurrency(target.value, target.unit, money?.currency, money?.rate)
      : target
  return {
    id: metric.id,
    event: metric.event,
    label: metric.label[locale],
    labels: metric.label,
    value: amount.value,
    unit: amount.unit,
    qualifier: metric.qualifier,
    period: metric.period,
    target: targetAmount?.value,
    targetKind: target?.kind,
    targetProvenance: target?.provenance,
    targetDetail: target,
    attainment: row.attainment,
    referenceShare: row.referenceShare,
    status: row.status,
    stated: amount.converted ? { value: metric.value, unit: metric.unit } : undefined,
  }
}

/** The reference fact a metric's `context` names (31 provincial-level divisions): scale, never a target. */
export function contextOf(
  metric: Pick<Metric, 'context'>,
  dataset: Pick<Dataset, 'reference'>,
): number | undefined {
  return dataset.reference.find((r) => r.id === metric.context)?.value
}

/** The date a figure refers to: the end of its period, else its start. */
export function measuredOn(p: { period: Period }): string {
  return p.period.end ?? p.period.start
}

// ---------------------------------------------------------------------------------------------
// Money

export interface ConversionRate {
  rate: number
  /**
   * What the rate is, from the reference fact's label: in English the part after the comma
   * ("2017 average"), in Chinese the whole label (2017年人民币兑美元平均汇率).
   */
  basis: LocalizedText
}

/** The documented CNY-per-USD rate with what it is. */
export function conversionRate(dataset: Pick<Dataset, 'reference'>): ConversionRate | undefined {
  const fact = cnyPerUsdFact(dataset)
  if (!fact) return undefined
  // "CNY per US dollar, 2017 average" → "2017 average"; a label without a comma is kept whole.
  const en = fact.label.en.split(',').at(-1)?.trim() || fact.label.en
  return { rate: fact.value, basis: { en, 'zh-CN': fact.label['zh-CN'] } }
}

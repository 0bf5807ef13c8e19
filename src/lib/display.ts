import { type CurrencyChoice, toCurrency } from '@/domain/currency'
import type { Locale } from '@/domain/locale'
import type { Metric, Target } from '@/domain/schema'
import { formatQualified, formatValue } from './format'

/**
 * A metric's value as the reader asked to see it. The source's own currency conversions are
 * always shown as stated: converting them would hide what the source said.
 */
export function displayMetricValue(
  metric: Metric,
  currency: CurrencyChoice,
  rate: number | undefined,
  locale: Locale = 'en',
): { text: string; converted: boolean } {
  const amount = metric.conversionOf
    ? { value: metric.value, unit: metric.unit, converted: false }
    : toCurrency(metric.value, metric.unit, currency, rate)
  return {
    text: formatQualified(amount.value, amount.unit, metric.qualifier, locale),
    converted: amount.converted,
  }
}

/**
 * A target as every view words it: its value, or for a qualitative goal the verdict its sentence
 * gives ("Target exceeded (value not published)"), never an invented number.
 */
export function displayTargetValue(
  target: Target,
  currency: CurrencyChoice,
  rate: number | undefined,
  locale: Locale = 'en',
): string {
  if (target.value === undefined) return target.outcome?.text[locale] ?? ''
  const amount = toCurrency(target.value, target.unit, currency, rate)
  return formatValue(amount.value, amount.unit, locale)
}

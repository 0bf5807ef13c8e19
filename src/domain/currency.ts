import type { Dataset, Unit } from './schema'

export interface DisplayAmount {
  value: number
  unit: Unit
  /** True when the figure was converted from the currency the source states it in. */
  converted: boolean
}

/** The documented CNY-per-USD rate of the dataset (a reference fact, not from the release). */
export function cnyPerUsd(data: Dataset): number | undefined {
  return data.reference.find((r) => r.unit === 'CNY/USD')?.value
}

/**
 * A value in the reader's chosen currency. Non-money units, an unset choice and a missing rate
 * leave the value exactly as stated.
 */
export function toCurrency(
  value: number,
  unit: Unit,
  currency: 'CNY' | 'USD' | undefined,
  rate: number | undefined,
): DisplayAmount {
  if (!currency || !rate || (unit !== 'CNY' && unit !== 'USD') || unit === currency) {
    return { value, unit, converted: false }
  }
  return unit === 'CNY'
    ? { value: value / rate, unit: 'USD', converted: true }
    : { value: value * rate, unit: 'CNY', converted: true }
}

import type { Dataset, ReferenceFact, Unit } from './schema'

/** The currencies the source states money in; the reader may convert between them. */
export const currencies = ['CNY', 'USD'] as const
export type Currency = (typeof currencies)[number]

export interface DisplayAmount {
  value: number
  unit: Unit
  /** True when the figure was converted from the currency the source states it in. */
  converted: boolean
}

/** The reader's choice: a currency to convert money to, or undefined for money as stated. */
export type CurrencyChoice = Currency | undefined

/** The reader's currency choice and the rate to apply, as `toCurrency` takes them. */
export interface MoneyView {
  currency: CurrencyChoice
  rate: number | undefined
}

/** Whether a reference fact is the CNY-per-USD rate: shown as a rate, never as a count. */
export function isCnyPerUsd(fact: Pick<ReferenceFact, 'unit'>): boolean {
  return fact.unit === 'CNY/USD'
}

/** The dataset's documented CNY-per-USD reference fact (not from the release); the one lookup. */
export function cnyPerUsdFact(data: Pick<Dataset, 'reference'>): ReferenceFact | undefined {
  return data.reference.find(isCnyPerUsd)
}

/** The documented CNY-per-USD rate of the dataset. */
export function cnyPerUsd(data: Pick<Dataset, 'reference'>): number | undefined {
  return cnyPerUsdFact(data)?.value
}

/**
 * A value in the reader's chosen currency. Non-money units, an unset choice and a missing rate
 * leave the value exactly as stated.
 */
export function toCurrency(
  value: number,
  unit: Unit,
  currency: CurrencyChoice,
  rate: number | undefined,
): DisplayAmount {
  if (!currency || !rate || (unit !== 'CNY' && unit !== 'USD') || unit === currency) {
    return { value, unit, converted: false }
  }
  return unit === 'CNY'
    ? { value: value / rate, unit: 'USD', converted: true }
    : { value: value * rate, unit: 'CNY', converted: true }
}

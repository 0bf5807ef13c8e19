import type { Metric } from './schema'

const SCALES = [1, 1e3, 1e6, 1e9]

/**
 * Whether the figure is written in its sentence ("550,000", "7.25 billion"), as opposed to
 * computed from dates or implied by sentences that give no number ("brought about its goal").
 */
export function quoteStatesValue(metric: Pick<Metric, 'value' | 'provenance' | 'derivation'>) {
  if (metric.derivation) return false
  const digits = metric.provenance.quote.replace(/\s+/g, ' ').replace(/,/g, '')
  return SCALES.some((scale) => digits.includes(String(metric.value / scale)))
}

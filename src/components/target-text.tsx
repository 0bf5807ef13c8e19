import type { CurrencyChoice } from '@/domain/currency'
import type { Target } from '@/domain/schema'
import { useLocale } from '@/i18n/locale'
import type { TargetWordsOf } from '@/i18n/target-words'
import { displayTargetValue } from '@/lib/display'

/**
 * A figure's target in words, its value in the reader's currency. `words` is one of the i18n
 * target words: targetHeadline (i18n/target-words.ts) on a headline card, "Illustrative reference
 * 500,000"; targetWithKind (i18n/target-kind.ts) in the metric drawer, "at least 500,000".
 */
export function TargetText({
  target,
  currency,
  rate,
  words,
}: {
  target: Target
  currency: CurrencyChoice
  rate: number | undefined
  words: (target: TargetWordsOf, value: string) => string
}) {
  const locale = useLocale()
  return words(target, displayTargetValue(target, currency, rate, locale))
}

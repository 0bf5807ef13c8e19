import { i18n } from '@lingui/core'
import type { Locale } from '@/domain/locale'
import type { QualityFinding } from '@/domain/quality'
import { formatInteger, formatMoney, formatRate } from '@/lib/format'
import { activeLocale } from './active-locale'

const num = (facts: QualityFinding['facts'], key: string) => Number(facts[key])
const str = (facts: QualityFinding['facts'], key: string) => String(facts[key])

/** A few words for a table cell or an export; the full sentence is findingMessage. */
export function findingSummary(f: QualityFinding, locale: Locale = activeLocale()): string {
  const facts = f.facts
  switch (f.rule) {
    case 'currency-conversion': {
      const factor = num(facts, 'factor')
      return i18n._('finding.summary.currency', {
        factor: formatInteger(Math.round(Math.max(factor, 1 / factor)), locale),
        // A stated figure too small is a fraction of the right one (约1/926), never "926倍 smaller".
        direction: factor >= 1 ? 'small' : 'large',
        expected: formatMoney(num(facts, 'expectedUsd'), 'USD', locale),
      })
    }
    case 'subset-exceeds-whole':
      return i18n._('finding.summary.subset')
    case 'derived-figure':
      return i18n._('finding.summary.derived', { expected: num(facts, 'expected') })
    case 'date-order':
      return i18n._('finding.summary.dateOrder')
    case 'attribution':
      return i18n._('finding.summary.attribution', { surname: str(facts, 'creditedBySurname') })
    case 'name-spelling':
      return i18n._('finding.summary.nameSpelling', { written: str(facts, 'written') })
    case 'out-of-range':
      return i18n._('finding.summary.outOfRange', {
        limit: formatInteger(num(facts, 'limit'), locale),
      })
    case 'headline-qualifier':
      return i18n._('finding.summary.headlineQualifier', { headline: str(facts, 'headline') })
    case 'implied-rate':
      return i18n._('finding.summary.impliedRate', {
        implied: formatRate(num(facts, 'impliedRate'), locale),
      })
    case 'count-fit':
      return i18n._('finding.summary.countFit')
    case 'vague-quantifier':
      return facts.word === undefined
        ? i18n._('finding.summary.vagueQuantifier')
        : i18n._('finding.summary.vagueWords', { word: str(facts, 'word') })
    case 'spelling':
      return i18n._('finding.summary.nameSpelling', { written: str(facts, 'written') })
  }
}

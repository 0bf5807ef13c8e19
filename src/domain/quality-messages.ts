import { formatDate, formatInteger, formatMoney, type Locale } from '../lib/format'
import type { QualityFinding } from './quality'
import type { Dataset } from './schema'

const num = (facts: QualityFinding['facts'], key: string) => Number(facts[key])
const str = (facts: QualityFinding['facts'], key: string) => String(facts[key])

/** One sentence that tells a reader what is wrong and what the right figure would be. */
export function findingMessage(f: QualityFinding, data: Dataset, locale: Locale = 'en'): string {
  const facts = f.facts
  const name = (id: string) =>
    data.people.find((p) => p.id === id)?.name[locale] ??
    data.metrics.find((m) => m.id === id)?.label[locale] ??
    data.milestones.find((m) => m.id === id)?.label[locale] ??
    id
  switch (f.rule) {
    case 'currency-conversion': {
      const stated = formatMoney(num(facts, 'statedUsd'), 'USD', locale)
      const expected = formatMoney(num(facts, 'expectedUsd'), 'USD', locale)
      const cny = formatMoney(num(facts, 'cny'), 'CNY', locale)
      const factor = num(facts, 'factor')
      const off =
        factor >= 1
          ? `about ${formatInteger(Math.round(factor), locale)}× too small`
          : `about ${formatInteger(Math.round(1 / factor), locale)}× too large`
      const likely =
        facts.likelyIntendedUsd === undefined
          ? ''
          : ` It was probably meant to read ${formatMoney(num(facts, 'likelyIntendedUsd'), 'USD', locale)}.`
      return (
        `The source converts ${cny} to ${stated}; at ${num(facts, 'referenceRate')} yuan per dollar ` +
        `it is ${expected}, so the stated conversion is ${off}.${likely} ` +
        `The dashboard keeps the yuan figure and shows both.`
      )
    }
    case 'subset-exceeds-whole':
      return `${formatInteger(num(facts, 'part'), locale)} is part of “${name(str(facts, 'whole'))}” (${formatInteger(num(facts, 'wholeValue'), locale)}) yet larger than it.`
    case 'derived-figure':
      return `From ${formatDate(str(facts, 'from'), locale)} to ${formatDate(str(facts, 'to'), locale)} is ${num(facts, 'expected')} days, not ${num(facts, 'stated')}.`
    case 'date-order':
      if (facts.published !== undefined)
        return `Dated ${formatDate(str(facts, 'date'), locale)}, after the source was published (${formatDate(str(facts, 'published'), locale)}).`
      if (facts.before !== undefined)
        return `Dated ${formatDate(str(facts, 'date'), locale)}, before “${name(str(facts, 'before'))}” (${formatDate(str(facts, 'beforeDate'), locale)}) that it must follow.`
      return `The period ends (${formatDate(str(facts, 'end'), locale)}) before it starts (${formatDate(str(facts, 'start'), locale)}).`
    case 'attribution':
      return `The paragraph credits ${name(str(facts, 'attributedTo'))}, but this sentence speaks of “${str(facts, 'creditedBySurname')}'s remarks”, which would be ${name(str(facts, 'creditedTo'))}. The dataset keeps ${name(str(facts, 'attributedTo'))}, the paragraph's subject.`
    case 'name-spelling':
      return `The source writes “${str(facts, 'written')}”; the name is ${str(facts, 'expected')}.`
    case 'out-of-range':
      return `${formatInteger(num(facts, 'value'), locale)} is more than the possible maximum of ${formatInteger(num(facts, 'limit'), locale)}.`
  }
}

/** A few words for a table cell; the full sentence is findingMessage. */
export function findingSummary(f: QualityFinding, locale: Locale = 'en'): string {
  const facts = f.facts
  switch (f.rule) {
    case 'currency-conversion':
      return `Stated conversion is about ${formatInteger(Math.round(Math.max(num(facts, 'factor'), 1 / num(facts, 'factor'))), locale)}× off; ${formatMoney(num(facts, 'expectedUsd'), 'USD', locale)} at the documented rate`
    case 'subset-exceeds-whole':
      return 'Larger than the whole it is part of'
    case 'derived-figure':
      return `Dates give ${num(facts, 'expected')} days`
    case 'date-order':
      return 'Dates out of order'
    case 'attribution':
      return `Sentence credits “${str(facts, 'creditedBySurname')}”, not the paragraph's subject`
    case 'name-spelling':
      return `Source writes “${str(facts, 'written')}”`
    case 'out-of-range':
      return `Above the possible maximum of ${formatInteger(num(facts, 'limit'), locale)}`
  }
}

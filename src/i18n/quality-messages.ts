import { i18n } from '@lingui/core'
import { conversionRate } from '@/domain/chart-data'
import type { Locale } from '@/domain/locale'
import type { QualityFinding } from '@/domain/quality'
import type { Dataset, Person } from '@/domain/schema'
import {
  formatDate,
  formatInteger,
  formatMoney,
  formatPercent,
  formatPeriod,
  formatRate,
} from '@/lib/format'
import { activeLocale } from './active-locale'

const num = (facts: QualityFinding['facts'], key: string) => Number(facts[key])
const str = (facts: QualityFinding['facts'], key: string) => String(facts[key])

/**
 * A person as a report names them: "Vice Premier Wang Yang", 汪洋副总理 (Chinese text never names a
 * leader without the title).
 */
export function titledName(person: Person | undefined, locale: Locale): string | undefined {
  if (!person) return undefined
  return locale === 'en'
    ? `${person.title.en} ${person.name.en}`
    : `${person.name[locale]}${person.title[locale]}`
}

/**
 * One sentence that tells a reader what is wrong and what the right figure would be, in the active
 * language; figures are formatted for `locale` (the active one unless given).
 */
export function findingMessage(
  f: QualityFinding,
  data: Dataset,
  locale: Locale = activeLocale(),
): string {
  const facts = f.facts
  const person = (id: string) => data.people.find((p) => p.id === id)
  const name = (id: string) =>
    titledName(person(id), locale) ??
    data.metrics.find((m) => m.id === id)?.label[locale] ??
    data.milestones.find((m) => m.id === id)?.label[locale] ??
    id
  const date = (key: string) => formatDate(str(facts, key), locale)
  const count = (key: string) => formatInteger(num(facts, key), locale)
  switch (f.rule) {
    case 'currency-conversion': {
      const factor = num(facts, 'factor')
      const off =
        factor >= 1
          ? i18n._('finding.currency.tooSmall', {
              factor: formatInteger(Math.round(factor), locale),
            })
          : i18n._('finding.currency.tooLarge', {
              factor: formatInteger(Math.round(1 / factor), locale),
            })
      const sentences = [
        i18n._('finding.currency', {
          cny: formatMoney(num(facts, 'cny'), 'CNY', locale),
          stated: formatMoney(num(facts, 'statedUsd'), 'USD', locale),
          rate: num(facts, 'referenceRate'),
          expected: formatMoney(num(facts, 'expectedUsd'), 'USD', locale),
          off,
        }),
      ]
      if (facts.likelyIntendedUsd !== undefined) {
        sentences.push(
          i18n._('finding.currency.likely', {
            likely: formatMoney(num(facts, 'likelyIntendedUsd'), 'USD', locale),
          }),
        )
      }
      sentences.push(i18n._('finding.currency.kept'))
      return sentences.join(locale === 'en' ? ' ' : '')
    }
    case 'subset-exceeds-whole':
      return i18n._('finding.subset', {
        part: count('part'),
        whole: name(str(facts, 'whole')),
        wholeValue: count('wholeValue'),
      })
    case 'derived-figure':
      return i18n._('finding.derived', {
        period: formatPeriod({ start: str(facts, 'from'), end: str(facts, 'to') }, locale),
        expected: num(facts, 'expected'),
        stated: num(facts, 'stated'),
      })
    case 'date-order':
      if (facts.published !== undefined) {
        return i18n._('finding.date.afterPublication', {
          date: date('date'),
          published: date('published'),
        })
      }
      if (facts.before !== undefined) {
        return i18n._('finding.date.beforePredecessor', {
          date: date('date'),
          before: name(str(facts, 'before')),
          beforeDate: date('beforeDate'),
        })
      }
      return i18n._('finding.date.periodReversed', { end: date('end'), start: date('start') })
    case 'attribution':
      return i18n._('finding.attribution', {
        attributed: name(str(facts, 'attributedTo')),
        remark: `${str(facts, 'creditedBySurname')}'s remarks`,
        credited: name(str(facts, 'creditedTo')),
      })
    case 'name-spelling':
      return i18n._('finding.nameSpelling', {
        written: str(facts, 'written'),
        // English gives the right spelling; Chinese says whose name it is, with the title.
        expected:
          locale === 'en'
            ? str(facts, 'expected')
            : (titledName(person(str(facts, 'person')), locale) ?? str(facts, 'expected')),
      })
    case 'out-of-range':
      return i18n._('finding.outOfRange', { value: count('value'), limit: count('limit') })
    case 'headline-qualifier':
      return i18n._('finding.headlineQualifier', {
        headline: str(facts, 'headline'),
        body: str(facts, 'body'),
      })
    case 'implied-rate':
      return i18n._('finding.impliedRate', {
        implied: formatRate(num(facts, 'impliedRate'), locale),
        reference: formatRate(num(facts, 'referenceRate'), locale),
        gap: formatPercent(Math.abs(num(facts, 'gap')), locale, 1),
        basis: conversionRate(data)?.basis[locale] ?? '',
      })
    case 'count-fit':
      return i18n._('finding.countFit', {
        count: count('count'),
        groups: count('groupCount'),
        approximate: str(facts, 'approximate'),
      })
    case 'vague-quantifier':
      return facts.word === undefined
        ? i18n._('finding.vagueQuantifier', { value: count('value') })
        : i18n._('finding.vagueWords', { word: str(facts, 'word'), value: count('value') })
    case 'spelling':
      return str(facts, 'expected') === ''
        ? i18n._('finding.spellingUnknown', { written: str(facts, 'written') })
        : i18n._('finding.spelling', {
            written: str(facts, 'written'),
            expected: str(facts, 'expected'),
          })
  }
}

/**
 * The deck's own words: headings, lists and sentences in the deck's language, figures' values
 * and targets as a slide shows them, quotes shortened to fit, the analyst's filters in words.
 * How a value stands against its target is said by src/i18n/target-phrases.ts, as everywhere.
 */
import { i18n } from '@lingui/core'
import type { MoneyView } from '@/domain/currency'
import { hasActiveFilters, type MetricFilters } from '@/domain/filters'
import type { Locale } from '@/domain/locale'
import type { QualityFinding, Severity } from '@/domain/quality'
import type { Dataset, Metric, Target, Unit } from '@/domain/schema'
import { categoryMessage, severityMessage } from '@/i18n/labels'
import {
  amountText,
  inSentence,
  provenanceWord,
  statusInSentence,
  valueLabel,
} from '@/i18n/target-phrases'
import { displayMetricValue, displayTargetValue } from '@/lib/display'
import { formatInteger, formatPeriod } from '@/lib/format'

/** The deck's name, from the dataset: "China Post Group 2017 in review: presentation". */
export function deckTitle(dataset: Pick<Dataset, 'organisation' | 'period'>, locale: Locale) {
  return i18n._('present.pageTitle', {
    organisation: dataset.organisation[locale],
    period: formatPeriod(dataset.period, locale),
  })
}

// Catalog ids spelled out, so the catalog check sees each one in use.

const headingMessage = { summary: 'present.summary.heading', notes: 'present.notes.heading' }
const pagedHeadingMessage = {
  summary: 'present.summary.headingPage',
  notes: 'present.notes.headingPage',
}

/** A data-quality finding's severity in a word: "Error", "Note"; 错误, 提示. */
export function severityText(severity: Severity): string {
  return i18n._(severityMessage[severity])
}

/** "A and B", "A, B and C"; "A和B", "A、B和C". */
export function joinWords(words: readonly string[], locale: Locale = 'en'): string {
  if (locale !== 'en') return new Intl.ListFormat(locale, { type: 'conjunction' }).format(words)
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
}

/** Clauses of one sentence: "a; b"; "a；b". */
export function joinClauses(clauses: readonly string[], locale: Locale): string {
  return clauses.join(locale === 'en' ? '; ' : '；')
}

/** A text ended as a sentence: "… targets." / "……目标。". */
export function sentence(text: string): string {
  return i18n._('present.sentence', { text })
}

/** A heading that runs over several slides: "Data notes (2 of 3)"; plain on a single slide. */
export function pagedHeading(
  slide: 'summary' | 'notes',
  index: number,
  pages: number,
  locale: Locale,
): string {
  if (pages === 1) return i18n._(headingMessage[slide])
  return i18n._(pagedHeadingMessage[slide], {
    page: formatInteger(index + 1, locale),
    pages: formatInteger(pages, locale),
  })
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/**
 * East Asian wide characters (CJK ideographs and punctuation, kana, Hangul, full-width forms):
 * each takes a full em, about twice a Latin letter or digit.
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6]/

export function isWide(char: string): boolean {
  return WIDE.test(char)
}

/** A text's width in columns, as a terminal counts them: a wide character counts two. */
export function textColumns(text: string): number {
  let columns = 0
  for (const char of text) columns += isWide(char) ? 2 : 1
  return columns
}

/** Units of things counted: never converted, and in Chinese read in 万 from ten thousand. */
const counted: ReadonlySet<Unit> = new Set<Unit>(['count', 'people', 'provinces'])

/** Counts, people and provinces: never converted. */
export function isCounted(unit: Unit): boolean {
  return counted.has(unit)
}

/** A figure's value on a slide, in the reader's currency (counts are never converted). */
export function metricValue(metric: Metric, money: MoneyView | undefined, locale: Locale): string {
  return counted.has(metric.unit)
    ? valueLabel(metric, locale)
    : displayMetricValue(metric, money?.currency, money?.rate, locale).text
}

export function targetValue(target: Target, money: MoneyView | undefined, locale: Locale): string {
  return counted.has(target.unit) && target.value !== undefined
    ? amountText(target.value, target.unit, locale)
    : displayTargetValue(target, money?.currency, money?.rate, locale)
}

/** The longest quote a slide shows whole; longer ones are shortened where the meaning allows. */
export const QUOTE_LIMIT = 170
/** A sentence this much over the limit is still shown whole rather than cut before its end. */
export const QUOTE_TOLERANCE = 1.15

/**
 * A quote short enough for a slide's footer, cut where its meaning allows: the whole first
 * sentence when it nearly fits, else at the last clause boundary (, ; : – ) that keeps at least
 * half, else at a word break; a cut quote ends in an ellipsis.
 */
export function shortenQuote(quote: string, limit = QUOTE_LIMIT): string {
  const text = quote.replace(/\s+/g, ' ').trim()
  if (text.length <= limit) return text
  const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0]
  if (sentence && sentence.length <= limit * QUOTE_TOLERANCE) {
    return sentence.length < text.length ? `${sentence} …` : sentence
  }
  const cut = text.slice(0, limit - 1)
  const clause = Math.max(...[', ', '; ', ': ', ' – ', ' — '].map((mark) => cut.lastIndexOf(mark)))
  if (clause > limit * 0.5) return `${cut.slice(0, clause)}…`
  const space = cut.lastIndexOf(' ')
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`
}

export function worstSeverity(findings: readonly QualityFinding[]): Severity | undefined {
  return [...findings].sort((a, b) => severityRank[a.severity] - severityRank[b.severity])[0]
    ?.severity
}

/** The analyst's filters in words, for the title slide. */
export function describeFilters(filters: MetricFilters, locale: Locale = 'en'): string | undefined {
  if (!hasActiveFilters(filters)) return undefined
  const parts: string[] = []
  if (filters.categories?.length) {
    parts.push(
      joinWords(
        filters.categories.map((c) => inSentence(i18n._(categoryMessage[c]), locale)),
        locale,
      ),
    )
  }
  if (filters.events?.length) {
    parts.push(
      i18n._('present.filters.events', {
        count: filters.events.length,
        events: joinWords(
          filters.events.map((e) => formatInteger(e, locale)),
          locale,
        ),
      }),
    )
  }
  if (filters.statuses?.length) {
    parts.push(
      i18n._('present.filters.statuses', {
        statuses: joinWords(
          filters.statuses.map((s) => statusInSentence(s, locale)),
          locale,
        ),
      }),
    )
  }
  if (filters.provenance?.length) {
    parts.push(
      i18n._('present.filters.provenance', {
        kinds: joinWords(
          filters.provenance.map((p) =>
            p === 'none' ? i18n._('present.filters.noTarget') : provenanceWord(p, locale),
          ),
          locale,
        ),
      }),
    )
  }
  if (filters.flagged !== undefined) {
    parts.push(i18n._(filters.flagged ? 'present.filters.flagged' : 'present.filters.notFlagged'))
  }
  if (filters.q?.trim()) parts.push(i18n._('present.filters.text', { text: filters.q.trim() }))
  return i18n._('present.filters.showing', { filters: joinClauses(parts, locale) })
}

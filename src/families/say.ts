/**
 * Puts a family spec's words into the reader's language: catalog ids through the active
 * catalog, values through the format module and the target phrases.
 */
import { i18n } from '@lingui/core'
import type { TargetedValue } from '@/components/charts/chart-types'
import type { Locale } from '@/domain/locale'
import { fillPlaceholders } from '@/domain/placeholders'
import { currencyMessage } from '@/i18n/labels'
import {
  amountText,
  capitalise,
  inSentence,
  joinList,
  provenanceWord,
  valueLabel,
  valuePhrase,
} from '@/i18n/target-phrases'
import { formatDate, formatInteger, formatPercent, formatPeriod } from '@/lib/format'
import type { Arg, ValueSpec, Words } from './spec'

export function sayArg(arg: Arg, locale: Locale): string | number {
  if (typeof arg === 'string' || typeof arg === 'number') return arg
  if ('text' in arg) return arg.text[locale]
  if ('integer' in arg) return formatInteger(arg.integer, locale)
  if ('percent' in arg) return formatPercent(arg.percent, locale, arg.digits)
  if ('date' in arg) return formatDate(arg.date, locale)
  if ('period' in arg) return formatPeriod(arg.period, locale)
  if ('amount' in arg) {
    const { amount } = arg
    if (arg.as === 'label') return valueLabel(amount, locale)
    if (arg.as === 'phrase') return valuePhrase(amount, locale)
    return amountText(amount.value, amount.unit, locale)
  }
  if ('provenance' in arg) return provenanceWord(arg.provenance, locale)
  if ('currency' in arg) {
    const id = currencyMessage[arg.currency]
    return id ? i18n._(id) : arg.currency
  }
  if ('words' in arg) {
    const text = say(arg.words, locale)
    return arg.inSentence ? inSentence(text, locale) : text
  }
  if ('series' in arg) {
    const items = arg.series.map((item) => String(sayArg(item, locale)))
    return items.reduce(
      (first, rest) => (first === '' ? rest : i18n._('list.series', { first, rest })),
      '',
    )
  }
  return joinList(
    arg.list.map((item) => String(sayArg(item, locale))),
    locale,
  )
}

/** An argument that is text: a label, a value. */
export function sayText(arg: Arg, locale: Locale): string {
  return String(sayArg(arg, locale))
}

export function say(words: Words, locale: Locale): string {
  const values = words.values
    ? Object.fromEntries(Object.entries(words.values).map(([k, v]) => [k, sayArg(v, locale)]))
    : undefined
  const text =
    'text' in words
      ? fillPlaceholders(words.text[locale], (raw) =>
          values?.[raw] === undefined ? undefined : String(values[raw]),
        )
      : i18n._(words.id, values)
  return words.capitalise ? capitalise(text) : text
}

/** A value against its target as the chart building blocks take it. */
export function sayValue(v: ValueSpec, locale: Locale): TargetedValue {
  return {
    label: sayText(v.label, locale),
    event: v.event,
    value: v.value,
    valueText: sayText(v.valueText, locale),
    target: v.target,
    targetText: v.targetText === undefined ? undefined : sayText(v.targetText, locale),
    targetProvenance: v.targetProvenance,
    status: v.status,
    verdict: v.verdict === undefined ? undefined : sayText(v.verdict, locale),
    otherPeriods: v.otherPeriods?.map((o) => ({ ...o, text: say(o.text, locale) })),
  }
}

/**
 * Every number and date on screen and in exports goes through this module, on Intl.
 * English uses Western grouping with "million / billion"; Chinese uses 万 and 亿 as Intl's
 * compact notation does for zh-CN, and writes money as Chinese reports do: 100亿元, 72.5亿美元.
 * The words around a figure (currency, "more than", "up to", "about") come from the active
 * catalog (core part), so each language keeps them in one place: src/i18n/GLOSSARY.md.
 */
import { i18n } from '@lingui/core'
import type { Currency } from '@/domain/currency'
import { startOf } from '@/domain/dates'
import type { Locale } from '@/domain/locale'
import type { Qualifier, Unit } from '@/domain/schema'

/**
 * Intl formatters, one per language and options: building one costs far more than using it, and a
 * table formats every row on each render.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(
  key: string,
  create: () => F,
): F {
  let format = formatters.get(key)
  if (!format) {
    format = create()
    formatters.set(key, format)
  }
  return format as F
}

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(
    `n|${locale}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  )
}

/** Dates at the precision an ISO string gives: 2017, 2017-11, 2017-11-08. */
function dateFormat(iso: string, locale: Locale): Intl.DateTimeFormat {
  return cached(
    `d|${locale}|${iso.length}`,
    () => new Intl.DateTimeFormat(locale, dateOptions(iso, locale)),
  )
}

/** Full figure with grouping: 550,000 / 550,000. */
export function formatInteger(value: number, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value)
}

/**
 * Short figure for cards and axes: 550,000 → in English "550 thousand", in Chinese "55万".
 * `display: 'short'` gives "550K" in English, for axis ticks on narrow screens.
 */
export function formatCompact(
  value: number,
  locale: Locale,
  display: 'long' | 'short' = 'long',
): string {
  if (Math.abs(value) < 10_000) return formatInteger(value, locale)
  return numberFormat(locale, {
    notation: 'compact',
    compactDisplay: locale === 'en' ? display : 'short',
    maximumFractionDigits: 2,
  }).format(value)
}

/** A rate at its documented precision: 6.7518. */
export function formatRate(value: number, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 4 }).format(value)
}

/** Catalog ids of an amount of money: "CNY {amount}"; {amount}元. */
const moneyMessage: Record<Currency, string> = {
  CNY: 'format.money.CNY',
  USD: 'format.money.USD',
}

/**
 * Money: "CNY 10 billion", "USD 7.25 billion"; in Chinese 100亿元, 72.5亿美元, 5000元 (the unit
 * after 万/亿, never ¥ or US$ in front; no separator below 万, as Chinese reports write it).
 */
export function formatMoney(value: number, currency: Currency, locale: Locale): string {
  const amount =
    locale === 'en' || Math.abs(value) >= 10_000
      ? formatCompact(value, locale)
      : numberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(value)
  return i18n._(moneyMessage[currency], { amount })
}

export function formatPercent(ratio: number, locale: Locale, fractionDigits = 0): string {
  return numberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: fractionDigits,
  }).format(ratio)
}

const unitNames: Partial<Record<Unit, Intl.NumberFormatOptions['unit']>> = {
  days: 'day',
  years: 'year',
}

/** A value in its unit, without qualifier: "550,000", "CNY 10 billion", "53 days", "64%". */
export function formatValue(value: number, unit: Unit, locale: Locale): string {
  switch (unit) {
    case 'CNY':
    case 'USD':
      return formatMoney(value, unit, locale)
    case 'percent':
      return formatPercent(value / 100, locale, 2)
    case 'count':
    case 'people':
    case 'provinces':
      // Chinese counts in 万 from ten thousand (55万); English groups up to a million (550,000).
      return value >= (locale === 'zh-CN' ? 10_000 : 1_000_000)
        ? formatCompact(value, locale)
        : formatInteger(value, locale)
    default:
      return numberFormat(locale, {
        style: 'unit',
        unit: unitNames[unit],
        unitDisplay: 'long',
        maximumFractionDigits: 2,
      }).format(value)
  }
}

/** Catalog ids of a qualified value as cards and tables show it: "550,000+"; 超过55万. */
const qualifiedMessage: Record<Exclude<Qualifier, 'exact'>, string> = {
  'more-than': 'format.qualified.more-than',
  'up-to': 'format.qualified.up-to',
  about: 'format.qualified.about',
}

/** A value as the source qualifies it: "550,000+", "up to USD 7.25 billion", "about 41". */
export function formatQualified(
  value: number,
  unit: Unit,
  qualifier: Qualifier,
  locale: Locale,
): string {
  const text = formatValue(value, unit, locale)
  return qualifier === 'exact' ? text : i18n._(qualifiedMessage[qualifier], { value: text })
}

function dateOptions(iso: string, locale: Locale): Intl.DateTimeFormatOptions {
  if (iso.length === 4) return { year: 'numeric', timeZone: 'UTC' }
  if (iso.length === 7) return { year: 'numeric', month: 'long', timeZone: 'UTC' }
  return {
    year: 'numeric',
    month: locale === 'en' ? 'short' : 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }
}

/** Dates at the precision the source gives: "Nov 8, 2017", "2017"; 2017年11月8日, 2017年. */
export function formatDate(iso: string, locale: Locale): string {
  return dateFormat(iso, locale).format(startOf(iso))
}

/** A moment in the reader's time zone, to the minute: when figures were received. */
export function formatDateTime(time: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time)
}

/** Formatted periods, by language and dates (bounded: cleared when full). */
const MAX_PERIODS = 1000
const periods = new Map<string, string>()

/** "Jan 1 – Nov 8, 2017" in English; 2017年1月1日至11月8日, 2015—2017年 in Chinese. */
export function formatPeriod(period: { start: string; end?: string }, locale: Locale): string {
  const { start, end } = period
  if (!end || end === start) return formatDate(start, locale)
  // A date range costs Intl far more than a date; the same few periods show in many places.
  const key = `${locale}|${start}|${end}`
  let text = periods.get(key)
  if (text === undefined) {
    if (periods.size >= MAX_PERIODS) periods.clear()
    text = locale === 'en' ? formatRangeEnglish(start, end) : formatRangeChinese(start, end)
    periods.set(key, text)
  }
  return text
}

function formatRangeEnglish(start: string, end: string): string {
  return start.length === end.length
    ? dateFormat(start, 'en').formatRange(startOf(start), startOf(end))
    : `${formatDate(start, 'en')} – ${formatDate(end, 'en')}`
}

/**
 * Chinese ranges drop from the end what the start already says (Intl's zh-CN formatRange writes
 * 2017/9/1 – 2017/9/19): 2017年9月1日至19日, 2017年3月至11月, 2015—2017年.
 */
function formatRangeChinese(start: string, end: string): string {
  const locale = 'zh-CN'
  if (start.length === 4 && end.length === 4) return `${start}—${formatDate(end, locale)}`
  let tail = formatDate(end, locale)
  const sameYear = start.slice(0, 4) === end.slice(0, 4)
  const sameMonth = sameYear && start.length > 4 && start.slice(0, 7) === end.slice(0, 7)
  // The shared year (2017年) and, between two days of one month, the shared month (9月).
  const shared = sameMonth && end.length === 10 ? end.slice(0, 7) : sameYear ? end.slice(0, 4) : ''
  if (shared !== '' && end.length > shared.length) {
    const prefix = formatDate(shared, locale)
    if (tail.startsWith(prefix)) tail = tail.slice(prefix.length)
  }
  return `${formatDate(start, locale)}至${tail}`
}

/**
 * Every number and date on screen and in exports goes through this module, on Intl.
 * English uses Western grouping with "million / billion"; Chinese uses 万 and 亿 as Intl's
 * compact notation does for zh-CN, and writes money as Chinese reports do: 100亿元, 72.5亿美元.
 * The words around a figure (currency, "more than", "up to", "about") come from the active
 * catalog (core part), so each language keeps them in one place: src/i18n/GLOSSARY.md.
 */
import { i18n } from '@lingui/core'
import type { Currency } from '@/domain/currency'
import type { Locale } from '@/domain/locale'
import type { Qualifier, Unit } from '@/domain/schema'

/**
 * Intl formatters, one per language and options: building one costs far more than using it, and a
 * table formats every row on each render.
 */
const formatters = new Map<string, Intl.NumberFormat>()
function cached(key: string, create: () => Intl.NumberFormat): Intl.NumberFormat {
  let format = formatters.get(key)
  if (!format) {
    format = create()
    formatters.set(key, format)
  }
  return format
}

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(
    `n|${locale}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
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

/**
 * Calendar dates are written out here rather than by Intl.DateTimeFormat, whose first use builds
 * the locale's calendar data: about 160 ms of the first render at a phone's 4× CPU, on every
 * route. The words are Intl's own for both languages (tests/unit/format.test.ts checks them against
 * Intl on any date).
 */
const MONTHS =
  'January February March April May June July August September October November December'.split(' ')
/** Intl's English range separator: an en dash between thin spaces. */
const RANGE_DASH = '\u2009–\u2009'

/** A month as an axis tick names it: "Mar"; 3月. `month` counts from 0, as Date's does. */
export function formatMonthShort(month: number, locale: Locale): string {
  return locale === 'en' ? (MONTHS[month] ?? '').slice(0, 3) : `${month + 1}月`
}

/** Dates at the precision the source gives: "Nov 8, 2017", "2017"; 2017年11月8日, 2017年. */
export function formatDate(iso: string, locale: Locale): string {
  const [year, month, day] = iso.split('-').map(Number)
  if (locale !== 'en') return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`
  const name = month ? MONTHS[month - 1] : undefined
  if (!name) return String(year)
  return day ? `${name.slice(0, 3)} ${day}, ${year}` : `${name} ${year}`
}

/** A moment in the reader's time zone, to the minute: when figures were received. */
export function formatDateTime(time: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time)
}

/** "Jan 1 – Nov 8, 2017" in English; 2017年1月1日至11月8日, 2015—2017年 in Chinese. */
export function formatPeriod(period: { start: string; end?: string }, locale: Locale): string {
  const { start, end } = period
  if (!end || end === start) return formatDate(start, locale)
  return locale === 'en' ? formatRangeEnglish(start, end) : formatRangeChinese(start, end)
}

/**
 * As Intl's formatRange writes a range of one precision, the start without the year both ends
 * share, the end without a shared month: "Sep 1 – 19, 2017", "March – November 2017".
 */
function formatRangeEnglish(start: string, end: string): string {
  let from = formatDate(start, 'en')
  let to = formatDate(end, 'en')
  if (start.length !== end.length) return `${from} – ${to}`
  if (start.length > 4 && start.slice(0, 4) === end.slice(0, 4)) {
    from = from.replace(/,? \d+$/, '')
    if (start.length === 10 && start.slice(0, 7) === end.slice(0, 7)) to = to.slice(4)
  }
  return `${from}${RANGE_DASH}${to}`
}

/**
 * Chinese ranges drop from the end what the start already says (Intl's zh-CN formatRange writes
 * 2017/9/1 – 2017/9/19): 2017年9月1日至19日, 2017年3月至11月, 2015—2017年.
 */
function formatRangeChinese(start: string, end: string): string {
  if (start.length === 4 && end.length === 4) return `${start}—${end}年`
  const sameYear = start.slice(0, 4) === end.slice(0, 4)
  const sameMonth = sameYear && start.length > 4 && start.slice(0, 7) === end.slice(0, 7)
  // The shared year (2017年) and, between two days of one month, the shared month (9月).
  const shared =
    sameMonth && end.length === 10 ? /^\d+年\d+月/ : sameYear && end.length > 4 ? /^\d+年/ : /^$/
  return `${formatDate(start, 'zh-CN')}至${formatDate(end, 'zh-CN').replace(shared, '')}`
}

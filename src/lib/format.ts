/**
 * Every number and date on screen and in exports goes through this module, on Intl.
 * English uses Western grouping with "million / billion"; Chinese uses 万 and 亿 as Intl's
 * compact notation does for zh-CN.
 */
import { startOf } from '../domain/dates'
import type { Qualifier, Unit } from '../domain/schema'

export const locales = ['en', 'zh-CN'] as const
export type Locale = (typeof locales)[number]
export type Currency = 'CNY' | 'USD'

const cache = new Map<string, Intl.NumberFormat>()
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = cache.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, options)
    cache.set(key, format)
  }
  return format
}

/** Full figure with grouping: 550,000 / 550,000. */
export function formatInteger(value: number, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value)
}

/** Short figure for cards and axes: 550,000 → "550K"… in English "550 thousand", in Chinese "55万". */
export function formatCompact(value: number, locale: Locale): string {
  if (Math.abs(value) < 10_000) return formatInteger(value, locale)
  return numberFormat(locale, {
    notation: 'compact',
    compactDisplay: locale === 'en' ? 'long' : 'short',
    maximumFractionDigits: 2,
  }).format(value)
}

/** Money: "CNY 10 billion", "USD 7.25 billion"; in Chinese "¥100亿", "US$72.5亿". */
export function formatMoney(value: number, currency: Currency, locale: Locale): string {
  if (locale === 'en') return `${currency} ${formatCompact(value, locale)}`
  return numberFormat(locale, {
    style: 'currency',
    currency,
    notation: Math.abs(value) >= 10_000 ? 'compact' : 'standard',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }).format(value)
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
  percent: 'percent',
}

/** A value in its unit, without qualifier: "550,000", "CNY 10 billion", "53 days", "64%". */
export function formatValue(value: number, unit: Unit, locale: Locale): string {
  switch (unit) {
    case 'CNY':
    case 'USD':
      return formatMoney(value, unit, locale)
    case 'count':
    case 'people':
    case 'provinces':
      return value >= 1_000_000 ? formatCompact(value, locale) : formatInteger(value, locale)
    default:
      return numberFormat(locale, {
        style: 'unit',
        unit: unitNames[unit],
        unitDisplay: 'long',
        maximumFractionDigits: 2,
      }).format(value)
  }
}

/** A value as the source qualifies it: "550,000+", "up to USD 7.25 billion", "about 41". */
export function formatQualified(
  value: number,
  unit: Unit,
  qualifier: Qualifier,
  locale: Locale,
): string {
  const text = formatValue(value, unit, locale)
  const zh = locale === 'zh-CN'
  switch (qualifier) {
    case 'exact':
      return text
    case 'more-than':
      return zh ? `超过${text}` : `${text}+`
    case 'up-to':
      return zh ? `最高${text}` : `up to ${text}`
    case 'about':
      return zh ? `约${text}` : `about ${text}`
  }
}

/** Dates at the precision the source gives: "8 Nov 2017", "2017"; 2017年11月8日, 2017年. */
export function formatDate(iso: string, locale: Locale): string {
  const precision = iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day'
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : {
            year: 'numeric',
            month: locale === 'en' ? 'short' : 'long',
            day: 'numeric',
            timeZone: 'UTC',
          }
  return new Intl.DateTimeFormat(locale, options).format(startOf(iso))
}

export function formatPeriod(period: { start: string; end?: string }, locale: Locale): string {
  if (!period.end || period.end === period.start) return formatDate(period.start, locale)
  return `${formatDate(period.start, locale)} – ${formatDate(period.end, locale)}`
}

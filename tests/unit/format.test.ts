import { i18n } from '@lingui/core'
import fc from 'fast-check'
import { startOf } from '../../src/domain/dates'
import {
  formatCompact,
  formatDate,
  formatInteger,
  formatMoney,
  formatMonthShort,
  formatPercent,
  formatPeriod,
  formatQualified,
  formatValue,
} from '../../src/lib/format'
import { zh } from '../../src/locales/all'

// The words around a figure (元, 超过 …) come from the active catalog: Chinese figures are read
// with the Chinese catalog active, as the app does.
i18n.load('zh-CN', { ...zh })
function inChinese<T>(read: () => T): T {
  i18n.activate('zh-CN')
  try {
    return read()
  } finally {
    i18n.activate('en')
  }
}

describe('formatCompact', () => {
  it.each([
    [9_999, '9,999', '9,999'],
    [10_000, '10 thousand', '1万'],
    [550_000, '550 thousand', '55万'],
    [99_999_999, '100 million', '1亿'],
    [100_000_000, '100 million', '1亿'],
    [123_456_789, '123.46 million', '1.23亿'],
    [10_000_000_000, '10 billion', '100亿'],
  ])('shows %d as "%s" in English and "%s" in Chinese', (value, en, zh) => {
    expect(formatCompact(value, 'en')).toBe(en)
    expect(formatCompact(value, 'zh-CN')).toBe(zh)
  })

  it('never shows 10,000万 for a figure that rounds up to 1亿', () => {
    expect(formatCompact(99_999_999, 'zh-CN')).not.toContain('万')
    expect(formatCompact(99_995, 'zh-CN')).toBe('10万')
  })
})

describe('formatInteger', () => {
  it('groups thousands and keeps at most two decimals', () => {
    expect(formatInteger(550_000, 'en')).toBe('550,000')
    expect(formatInteger(550_000, 'zh-CN')).toBe('550,000')
    expect(formatInteger(6.7518, 'en')).toBe('6.75')
  })
})

describe('formatMoney', () => {
  it('writes the currency code and the scale word in English', () => {
    expect(formatMoney(10_000_000_000, 'CNY', 'en')).toBe('CNY 10 billion')
    expect(formatMoney(7_250_000_000, 'USD', 'en')).toBe('USD 7.25 billion')
    expect(formatMoney(23_400_000, 'USD', 'en')).toBe('USD 23.4 million')
    expect(formatMoney(5_000, 'CNY', 'en')).toBe('CNY 5,000')
  })

  it.each([
    [10_000_000_000, 'CNY', '100亿元'],
    [7_250_000_000, 'USD', '72.5亿美元'],
    [150_000_000, 'CNY', '1.5亿元'],
    [23_400_000, 'USD', '2340万美元'],
    [1_600_000, 'USD', '160万美元'],
    [5_000, 'CNY', '5000元'],
    [12.5, 'USD', '12.5美元'],
  ] as const)('writes %d %s as %s in Chinese: 万/亿 then the unit', (value, currency, text) => {
    expect(inChinese(() => formatMoney(value, currency, 'zh-CN'))).toBe(text)
  })

  it('never puts a currency sign in front of a Chinese amount', () => {
    for (const value of [5, 5_000, 10_000, 1_600_000, 7_250_000_000]) {
      for (const currency of ['CNY', 'USD'] as const) {
        expect(inChinese(() => formatMoney(value, currency, 'zh-CN'))).not.toMatch(/[¥$￥]/)
      }
    }
  })
})

describe('formatPercent', () => {
  it('turns a ratio into a whole percentage by default', () => {
    expect(formatPercent(1.28, 'en')).toBe('128%')
    expect(formatPercent(0.5806, 'en')).toBe('58%')
    expect(formatPercent(0.5806, 'zh-CN')).toBe('58%')
  })

  it('keeps the fraction digits asked for', () => {
    expect(formatPercent(0.5806, 'en', 1)).toBe('58.1%')
  })
})

describe('formatValue', () => {
  it('shows counts in full below a million and compact above', () => {
    expect(formatValue(550_000, 'people', 'en')).toBe('550,000')
    expect(formatValue(18, 'provinces', 'zh-CN')).toBe('18')
    expect(formatValue(1_500_000, 'people', 'en')).toBe('1.5 million')
    expect(formatValue(1_500_000, 'people', 'zh-CN')).toBe('150万')
  })

  it('names days and years', () => {
    expect(formatValue(53, 'days', 'en')).toBe('53 days')
    expect(formatValue(1, 'days', 'en')).toBe('1 day')
    expect(formatValue(3, 'years', 'en')).toBe('3 years')
    expect(formatValue(53, 'days', 'zh-CN')).toBe('53天')
    expect(formatValue(3, 'years', 'zh-CN')).toBe('3年')
  })

  it('shows a percent-unit value with the % sign, as formatPercent does, in both locales', () => {
    expect(formatValue(64, 'percent', 'zh-CN')).toBe('64%')
    expect(formatValue(64, 'percent', 'en')).toBe('64%')
    expect(formatValue(64.5, 'percent', 'en')).toBe('64.5%')
  })

  it('shows money through formatMoney', () => {
    expect(formatValue(10_000_000_000, 'CNY', 'en')).toBe('CNY 10 billion')
  })
})

describe('formatQualified', () => {
  it.each([
    [550_000, 'people', 'more-than', '550,000+', '超过55万'],
    [41, 'count', 'about', 'about 41', '约41'],
    [7_250_000_000, 'USD', 'up-to', 'up to USD 7.25 billion', '最高72.5亿美元'],
    [10_000_000_000, 'CNY', 'more-than', 'CNY 10 billion+', '超过100亿元'],
    [90_000, 'count', 'exact', '90,000', '9万'],
  ] as const)('%d %s %s reads "%s" / "%s"', (value, unit, qualifier, en, chinese) => {
    expect(formatQualified(value, unit, qualifier, 'en')).toBe(en)
    expect(inChinese(() => formatQualified(value, unit, qualifier, 'zh-CN'))).toBe(chinese)
  })

  it('takes the qualifier words from the catalog', () => {
    for (const [qualifier, id] of [
      ['more-than', 'format.qualified.more-than'],
      ['up-to', 'format.qualified.up-to'],
      ['about', 'format.qualified.about'],
    ] as const) {
      const chinese = inChinese(() => formatQualified(41, 'count', qualifier, 'zh-CN'))
      expect(chinese).toBe(zh[id]?.replace('{value}', '41'))
    }
  })
})

describe('formatDate', () => {
  it('shows a day in both locales', () => {
    expect(formatDate('2017-11-08', 'en')).toBe('Nov 8, 2017')
    expect(formatDate('2017-11-08', 'zh-CN')).toBe('2017年11月8日')
  })

  it('does not shift a day across time zones', () => {
    expect(formatDate('2017-01-01', 'en')).toBe('Jan 1, 2017')
    expect(formatDate('2017-12-31', 'zh-CN')).toBe('2017年12月31日')
  })

  it('shows a month without inventing a day', () => {
    expect(formatDate('2017-09', 'en')).toBe('September 2017')
    expect(formatDate('2017-09', 'zh-CN')).toBe('2017年9月')
  })

  it('shows a year without inventing a month', () => {
    expect(formatDate('2017', 'en')).toBe('2017')
    expect(formatDate('2017', 'zh-CN')).toBe('2017年')
  })
})

describe('formatPeriod', () => {
  // Intl's formatRange puts thin spaces around the dash; what matters is what a reader sees.
  const period = (start: string, end: string | undefined, locale: 'en' | 'zh-CN') =>
    formatPeriod({ start, end }, locale).replace(/\s/g, ' ')

  it('shows both ends of a period, without repeating what they share in English', () => {
    expect(period('2017-09-01', '2017-09-19', 'en')).toBe('Sep 1 – 19, 2017')
    expect(period('2017-01-01', '2017-11-08', 'en')).toBe('Jan 1 – Nov 8, 2017')
    expect(period('2015', '2017', 'en')).toBe('2015 – 2017')
  })

  it('shows both ends in full when they have different precision', () => {
    expect(period('2017-09-01', '2017-10', 'en')).toBe('Sep 1, 2017 – October 2017')
  })

  it('joins both ends with 至 in Chinese and does not repeat the year or month', () => {
    expect(period('2017-03-04', '2017-11-10', 'zh-CN')).toBe('2017年3月4日至11月10日')
    expect(period('2017-09-01', '2017-09-19', 'zh-CN')).toBe('2017年9月1日至19日')
    expect(period('2016-12-14', '2017-11-08', 'zh-CN')).toBe('2016年12月14日至2017年11月8日')
    expect(period('2017-03', '2017-11', 'zh-CN')).toBe('2017年3月至11月')
    expect(period('2017-09-01', '2017-10', 'zh-CN')).toBe('2017年9月1日至10月')
    expect(period('2015', '2017', 'zh-CN')).toBe('2015—2017年')
  })

  it('shows a single date when the period has no end or ends where it starts', () => {
    expect(period('2017-09-21', undefined, 'en')).toBe('Sep 21, 2017')
    expect(period('2017-09-21', undefined, 'zh-CN')).toBe('2017年9月21日')
    expect(period('2017', '2017', 'en')).toBe('2017')
  })
})

describe('dates are written as Intl writes them, without building its calendar data', () => {
  const iso = (precision: 'year' | 'month' | 'day') =>
    fc
      .date({
        min: new Date(Date.UTC(1900, 0, 1)),
        max: new Date(Date.UTC(2199, 11, 31)),
        noInvalidDate: true,
      })
      .map((date) =>
        date.toISOString().slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10),
      )
  const options = (value: string, locale: 'en' | 'zh-CN'): Intl.DateTimeFormatOptions =>
    value.length === 4
      ? { year: 'numeric', timeZone: 'UTC' }
      : value.length === 7
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : {
            year: 'numeric',
            month: locale === 'en' ? 'short' : 'long',
            day: 'numeric',
            timeZone: 'UTC',
          }
  const precisions = fc.constantFrom('year' as const, 'month' as const, 'day' as const)

  it('a date, in both languages', () => {
    fc.assert(
      fc.property(
        precisions.chain(iso),
        fc.constantFrom('en' as const, 'zh-CN' as const),
        (value, locale) => {
          const intl = new Intl.DateTimeFormat(locale, options(value, locale)).format(
            startOf(value),
          )
          expect(formatDate(value, locale)).toBe(intl)
        },
      ),
    )
  })

  it('a month as an axis tick, in both languages', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const intl = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })
      for (let month = 0; month < 12; month++) {
        expect(formatMonthShort(month, locale)).toBe(intl.format(Date.UTC(2017, month, 1)))
      }
    }
  })

  it("an English range of one precision, as Intl's formatRange", () => {
    fc.assert(
      fc.property(
        precisions.chain((p) => fc.tuple(iso(p), iso(p))),
        ([a, b]) => {
          const [start, end] = a <= b ? [a, b] : [b, a]
          const intl = new Intl.DateTimeFormat('en', options(start, 'en')).formatRange(
            startOf(start),
            startOf(end),
          )
          expect(formatPeriod({ start, end }, 'en')).toBe(intl)
        },
      ),
    )
  })

  it('a range within one month or one year, which random pairs rarely are', () => {
    fc.assert(
      fc.property(iso('day'), fc.integer({ min: 0, max: 400 }), (start, days) => {
        const end = new Date(startOf(start).getTime() + days * 86_400_000)
          .toISOString()
          .slice(0, 10)
        const intl = new Intl.DateTimeFormat('en', options(start, 'en')).formatRange(
          startOf(start),
          startOf(end),
        )
        expect(formatPeriod({ start, end }, 'en')).toBe(intl)
      }),
    )
  })
})

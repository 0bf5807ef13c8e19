import { i18n } from '@lingui/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dataset2017 } from '../../mocks/dataset'
import { cnyPerUsd } from '../../src/domain/currency'
import { filterRows, type MetricFilters } from '../../src/domain/filters'
import { deriveKpis } from '../../src/domain/kpis'
import { statuses } from '../../src/domain/status'
import { buildDeck, clampSlide } from '../../src/features/present/deck-build'
import {
  FIGURE_ROW_WIDTH,
  figureWidth,
  fitRow,
  lineCount,
  MAX_FIGURES,
  paginate,
} from '../../src/features/present/deck-layout'
import type { EventSlide, Slide, SummarySlide } from '../../src/features/present/deck-model'
import {
  describeFilters,
  QUOTE_LIMIT,
  QUOTE_TOLERANCE,
  shortenQuote,
  textColumns,
} from '../../src/features/present/deck-words'
import { isEnglishPassage } from '../../src/features/present/english-phrases'
import { en, zh } from '../../src/locales/all'

const kpis = deriveKpis(dataset2017)

/** The deck as "kind" and "kind-event" names: title, event-4, event-5, summary, notes. */
function outline(slides: readonly Slide[]): string[] {
  return slides.map((s) => (s.kind === 'event' ? `event-${s.event}` : s.kind))
}

function eventSlide(slides: readonly Slide[], event: number): EventSlide {
  const slide = slides.find((s): s is EventSlide => s.kind === 'event' && s.event === event)
  if (!slide) throw new Error(`no slide for event ${event}`)
  return slide
}

function summaries(slides: readonly Slide[]): SummarySlide[] {
  return slides.filter((s): s is SummarySlide => s.kind === 'summary')
}

describe('buildDeck without filters', () => {
  const deck = buildDeck(kpis)

  it('has the title, the ten events in order, the targets summary, then the data notes', () => {
    expect(outline(deck.slides)).toEqual([
      'title',
      ...Array.from({ length: 10 }, (_, i) => `event-${i + 1}`),
      'summary',
      'summary',
      'notes',
      'notes',
    ])
    expect(deck.slides).toHaveLength(15)
    expect(deck.events).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(deck.filtered).toBe(false)
    expect(new Set(deck.slides.map((s) => s.key)).size).toBe(deck.slides.length)
  })

  it('opens with China Post Group, 2017 in review, the source and its date', () => {
    const [title] = deck.slides
    expect(title).toMatchObject({
      kind: 'title',
      organisation: 'China Post Group',
      heading: '2017 in review',
      scope: '10 events · 27 figures',
      sourceTitle: '2017 Top Ten Events at China Post Group',
      published: 'Jan 23, 2018',
      filterText: undefined,
    })
    expect(title?.source.attribution).toBe(
      'Source: China Post, “2017 Top Ten Events at China Post Group”, Jan 23, 2018',
    )
  })

  it('gives each event its headline figures, its chart against target and its quote', () => {
    const psbc = eventSlide(deck.slides, 4)
    expect(psbc.heading).toBe('PSBC issues US$7.25 billion of offshore preferred shares')
    expect(psbc.kicker).toBe('Event 4 of 10 · Finance · Sep 21, 2017')
    expect(psbc.figures.map((f) => f.value)).toEqual(['USD 7.25 billion'])
    expect(psbc.chart).toMatchObject({ kind: 'bullet', key: 'psbc' })
    expect(psbc.source.attribution).toBe('China Post, Jan 23, 2018')
    expect(psbc.source.quote).toMatch(/^The Postal Savings Bank of China \(PSBC\) successfully/)

    const innovation = eventSlide(deck.slides, 3)
    expect(innovation.chart).toMatchObject({ kind: 'bars', key: 'funnel', scale: 'log' })
    // Prize tiers are summed into one figure rather than filling the slide.
    // 119 prizes: the 30 gadgets the release lists beside them are not counted as prizes.
    expect(innovation.figures.map((f) => f.value)).toEqual(['550,000+', '119', '90,000', '87'])
    expect(innovation.figures[1]).toMatchObject({
      label: 'Innovation prizes: 59 science & technology, 60 management',
      status: undefined,
      detail: ['The release also lists 30 gadgets'],
    })
    // An illustrative reference gives no verdict and no "of target".
    expect(innovation.figures[0]).toMatchObject({
      status: 'reference',
      detail: ['Illustrative reference 500,000', '110% of an illustrative reference'],
    })

    // The source's 926× conversion error is on the slide, flagged, not dropped.
    const insurance = eventSlide(deck.slides, 5)
    expect(insurance.figures.find((f) => f.value === 'USD 1.6 million')?.flag).toBe('error')
    expect(insurance.chart?.title).toMatch(/53 days early/)

    for (const slide of deck.slides.filter((s): s is EventSlide => s.kind === 'event')) {
      expect(slide.figures.length).toBeLessThanOrEqual(MAX_FIGURES)
      if (slide.chart) {
        const row = slide.figures.reduce((sum, f) => sum + figureWidth(f), 0)
        expect(row + (slide.figures.length - 1) * 32).toBeLessThanOrEqual(FIGURE_ROW_WIDTH)
      }
      // A whole sentence may run a little over the limit rather than be cut before its end.
      expect(slide.source.quote?.length ?? 0).toBeLessThanOrEqual(
        Math.ceil(QUOTE_LIMIT * QUOTE_TOLERANCE) + 2,
      )
      expect(slide.notes.some((n) => n.startsWith('Source: “'))).toBe(true)
    }
  })

  it('shows the dated milestones of events without figures', () => {
    const leaders = eventSlide(deck.slides, 1)
    expect(leaders.figures).toEqual([])
    expect(leaders.chart).toBeUndefined()
    expect(leaders.dates.map((d) => d.date)).toEqual([
      'Mar 4, 2017',
      'May 20, 2017',
      'Sep 15, 2017',
      'Nov 10, 2017',
    ])
    expect(leaders.dates.filter((d) => d.flag).length).toBe(3)
  })

  it('counts every figure by status on the summary and lists each target once', () => {
    const pages = summaries(deck.slides)
    const [first] = pages
    for (const status of statuses) {
      // "Cannot be judged" is listed only when some target cannot judge (none here): 0.
      expect(first?.counts.find((c) => c.status === status)?.count ?? 0).toBe(
        kpis.rows.filter((r) => r.status === status).length,
      )
    }
    expect(first?.total).toBe(kpis.rows.length)
    const listed = pages.flatMap((p) => p.groups.flatMap((g) => g.items.map((i) => i.key)))
    expect(listed.sort()).toEqual(
      kpis.rows
        .filter((r) => r.target)
        .map((r) => r.metric.id)
        .sort(),
    )
    expect(pages.map((p) => p.heading)).toEqual([
      'Targets at a glance (1 of 2)',
      'Targets at a glance (2 of 2)',
    ])
    // Illustrative targets are grouped apart from the ones the release states or implies.
    expect(pages.flatMap((p) => p.groups.map((g) => g.key))).toEqual(['published', 'illustrative'])
  })

  it('lists the data-quality findings on the notes slides, one per problem', () => {
    const notes = deck.slides.flatMap((s) => (s.kind === 'notes' ? s.findings : []))
    expect(notes.map((f) => f.severity)).toEqual([
      'error',
      'warning',
      'warning',
      'warning',
      'info',
      'info',
      'info',
      'info',
      'info',
    ])
    expect(notes[0]?.message).toMatch(/about 926× too small/)
  })
})

describe('buildDeck with the analyst’s filters', () => {
  it('categories finance and insurance: title, events 4 and 5, summary, data notes', () => {
    const filters: MetricFilters = { categories: ['finance', 'insurance'] }
    const deck = buildDeck(kpis, filters)
    expect(outline(deck.slides)).toEqual(['title', 'event-4', 'event-5', 'summary', 'notes'])
    expect(deck.slides).toHaveLength(5)
    expect(deck.filtered).toBe(true)
    const [title] = deck.slides
    expect(title?.kind === 'title' && title.filterText).toBe('Showing finance and insurance')

    const [summary] = summaries(deck.slides)
    const rows = filterRows(kpis.rows, filters)
    expect(summary?.total).toBe(rows.length)
    for (const status of statuses) {
      expect(summary?.counts.find((c) => c.status === status)?.count ?? 0).toBe(
        rows.filter((r) => r.status === status).length,
      )
    }
    // The PSBC issue has no target: the headline's ceiling is not a goal.
    expect(summary?.groups.flatMap((g) => g.items.map((i) => i.event))).toEqual([5, 5, 5])
    // Only the findings of the events shown.
    const notes = deck.slides.at(-1)
    // The conversion error (event 5), the headline's "up to" and "Banks" (event 4).
    expect(notes?.kind === 'notes' && notes.findings.map((f) => f.event)).toEqual([5, 4, 4])
  })

  it('figure filters keep the events with a matching figure and narrow the counts', () => {
    const deck = buildDeck(kpis, { statuses: ['reference'] })
    expect(outline(deck.slides)).toEqual([
      'title',
      'event-3',
      'event-6',
      'summary',
      'summary',
      'notes',
    ])
    const [summary] = summaries(deck.slides)
    // References are counted apart, never as met or below.
    expect(summary?.counts.map((c) => c.count)).toEqual([0, 0, 0, 11, 0])
    expect(eventSlide(deck.slides, 6).figures.map((f) => f.status)).toContain('reference')
  })

  it('an event filter keeps just that event; a filter matching nothing keeps the frame', () => {
    expect(outline(buildDeck(kpis, { events: [10] }).slides)).toEqual([
      'title',
      'event-10',
      'summary',
      'notes',
    ])
    const empty = buildDeck(kpis, { q: 'no such words anywhere' })
    expect(outline(empty.slides)).toEqual(['title', 'summary', 'notes'])
    const [summary] = summaries(empty.slides)
    expect(summary?.total).toBe(0)
  })

  it('converts money to the chosen currency on figures and charts', () => {
    const deck = buildDeck(kpis, {}, { currency: 'CNY', rate: cnyPerUsd(dataset2017) })
    const psbc = eventSlide(deck.slides, 4)
    expect(psbc.figures[0]?.value).toBe('CNY 48.95 billion')
    expect(psbc.chart?.kind === 'bullet' && psbc.chart.rows[0]?.valueText).toBe('CNY 48.95 billion')
  })
})

/** Fields that hold words a reader sees (not ids, kinds, colours or the source's quotes). */
const notWords = new Set([
  'key',
  'kind',
  'chartKind',
  'colour',
  'status',
  'severity',
  'provenance',
  'targetProvenance',
  'flag',
  'tick',
  'scale',
  'quote',
  'sourceTitle',
])

function slideTexts(value: unknown, field = ''): string[] {
  if (typeof value === 'string') return notWords.has(field) ? [] : [value]
  if (Array.isArray(value)) return value.flatMap((item) => slideTexts(item, field))
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => slideTexts(item, key))
  }
  return []
}

/** Latin words of three letters or more outside the release's own English passages. */
function latinWords(text: string): string[] {
  const own = text.replace(/“[^“”]*”|《[^《》]*》/g, (passage) =>
    isEnglishPassage(passage) ? '' : passage,
  )
  return (own.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !['CNY', 'USD'].includes(w))
}

describe('buildDeck in Chinese', () => {
  beforeAll(() => i18n.loadAndActivate({ locale: 'zh-CN', messages: zh }))
  afterAll(() => i18n.loadAndActivate({ locale: 'en', messages: en }))

  // A goal stated in words has no target to be "against": the notes give the release's verdict.
  it('says a goal stated in words by its verdict in the notes, not as a target', () => {
    const chinese = buildDeck(kpis, {}, undefined, 'zh-CN')
    const notes = chinese.slides.flatMap((s) => s.notes)
    expect(notes).toContain('巡视下属单位数：136，按新闻稿所述，已全面覆盖。已达成。')
    expect(
      notes.some((n) => n.includes('第7条新闻，巡视下属单位数：136，按新闻稿所述，已全面覆盖。')),
    ).toBe(true)
    expect(notes.filter((n) => /目标为按|目标文字目标|目标为超额|目标为11月/.test(n))).toEqual([])
    i18n.loadAndActivate({ locale: 'en', messages: en })
    const english = buildDeck(kpis).slides.flatMap((s) => s.notes)
    i18n.loadAndActivate({ locale: 'zh-CN', messages: zh })
    expect(
      english.filter((n) => /target In words|target of Full|target of Target/.test(n)),
    ).toEqual([])
  })

  it('has the same slides in the same order as the English deck', () => {
    const chinese = buildDeck(kpis, {}, undefined, 'zh-CN')
    i18n.loadAndActivate({ locale: 'en', messages: en })
    const english = buildDeck(kpis)
    i18n.loadAndActivate({ locale: 'zh-CN', messages: zh })
    expect(chinese.slides.map((s) => s.key)).toEqual(english.slides.map((s) => s.key))
    expect(chinese.slides).toHaveLength(15)
  })

  // The two languages say the same facts: each slide leads with the same figures, in the same order
  // and with the same status. Figures are kept while they fit the slide's width, and Chinese
  // figures are narrower, so a Chinese slide may show one more at the end (events 5 and 9 today).
  it('leads each slide with the same figures, with the same status, as the English deck', () => {
    const figures = (deck: ReturnType<typeof buildDeck>) =>
      deck.slides.map((s) =>
        s.kind === 'event' ? s.figures.map((f) => `${f.key}:${f.status}:${f.flag}`) : [],
      )
    const chinese = figures(buildDeck(kpis, {}, undefined, 'zh-CN'))
    i18n.loadAndActivate({ locale: 'en', messages: en })
    const english = figures(buildDeck(kpis))
    i18n.loadAndActivate({ locale: 'zh-CN', messages: zh })
    expect(chinese.map((slide, i) => slide.slice(0, english[i]?.length))).toEqual(english)
    expect(english.flat().length).toBeGreaterThan(10)
  })

  it('shows the same figures and charts on every slide as the English deck, in every currency and filter', () => {
    /** What a slide shows, without its words: figure keys, chart key and kind, chart marks. */
    const shape = (slide: Slide) =>
      slide.kind === 'event'
        ? {
            key: slide.key,
            figures: slide.figures.map((f) => f.key),
            chart: slide.chart && {
              key: slide.chart.key,
              kind: slide.chart.chartKind,
              marks:
                slide.chart.kind === 'bullet'
                  ? slide.chart.rows.map((r) => [r.key, r.value, r.target])
                  : slide.chart.categories.map((c) => [c.key, Object.keys(c.values)]),
            },
            dates: slide.dates.map((d) => d.key),
          }
        : slide.kind === 'summary'
          ? { key: slide.key, items: slide.groups.flatMap((g) => g.items.map((i) => i.key)) }
          : { key: slide.key }
    const rate = cnyPerUsd(dataset2017)
    const views: [
      MetricFilters,
      { currency: 'CNY' | 'USD'; rate: number | undefined } | undefined,
    ][] = [
      [{}, undefined],
      [{}, { currency: 'USD', rate }],
      [{}, { currency: 'CNY', rate }],
      [{ categories: ['finance', 'insurance'] }, undefined],
      [{ statuses: ['met'] }, { currency: 'USD', rate }],
    ]
    for (const [filters, money] of views) {
      const chinese = buildDeck(kpis, filters, money, 'zh-CN').slides.map(shape)
      i18n.loadAndActivate({ locale: 'en', messages: en })
      const english = buildDeck(kpis, filters, money, 'en').slides.map(shape)
      i18n.loadAndActivate({ locale: 'zh-CN', messages: zh })
      expect(chinese, JSON.stringify({ filters, money })).toEqual(english)
    }
  })

  it('opens with 中国邮政集团公司 and the release, its English title kept as published', () => {
    const [title] = buildDeck(kpis, {}, undefined, 'zh-CN').slides
    expect(title).toMatchObject({
      heading: '2017年回顾',
      organisation: '中国邮政集团公司',
      scope: '10条新闻 · 27项指标',
      sourceTitle: '2017 Top Ten Events at China Post Group',
      published: '2018年1月23日',
    })
    expect(title?.source.attribution).toBe(
      '来源：中国邮政英文新闻稿《2017 Top Ten Events at China Post Group》，2018年1月23日',
    )
  })

  it('words figures, charts and dates the Chinese way: 万, 亿, 2017年9月21日', () => {
    const { slides } = buildDeck(kpis, {}, undefined, 'zh-CN')
    const psbc = eventSlide(slides, 4)
    expect(psbc.heading).toBe('邮储银行成功发行72.5亿美元境外优先股')
    expect(psbc.kicker).toBe('第4条（共10条）· 金融 · 2017年9月21日')
    expect(psbc.figures.map((f) => f.value)).toEqual(['72.5亿美元'])
    // The quote stays in the release's English.
    expect(psbc.source.quote).toMatch(/^The Postal Savings Bank of China \(PSBC\) successfully/)

    const innovation = eventSlide(slides, 3)
    expect(innovation.figures.map((f) => f.value)).toEqual(['超过55万', '119', '9万', '87'])
    expect(innovation.figures[0]).toMatchObject({
      label: '登录云创新平台人数',
      detail: ['示意参照50万', '相当于示意参照的110%'],
    })
    expect(innovation.figures[1]).toMatchObject({
      label: '创新成果获奖：科技创新59项、管理创新60项',
      detail: ['另列“小发明”30项'],
    })
    expect(innovation.chart?.title).toBe('创新成果漏斗（对数刻度）')
    expect(
      innovation.chart?.kind === 'bars' && innovation.chart.categories.map((c) => c.label),
    ).toEqual(['参与人数', '提交成果', '金点子'])

    const insurance = eventSlide(slides, 5)
    expect(insurance.chart?.title).toBe('“双百亿”：2017年11月8日实现目标，提前53天')
    expect(eventSlide(slides, 1).dates.map((d) => d.date)).toEqual([
      '2017年3月4日',
      '2017年5月20日',
      '2017年9月15日',
      '2017年11月10日',
    ])
  })

  it('leaves no English word on any slide or in the notes, except the release’s own', () => {
    for (const slide of buildDeck(kpis, {}, undefined, 'zh-CN').slides) {
      const english = slideTexts(slide).flatMap(latinWords)
      expect(english, slide.key).toEqual([])
    }
  })

  it('names the analyst’s filters in Chinese', () => {
    expect(describeFilters({ categories: ['finance', 'insurance'] }, 'zh-CN')).toBe(
      '当前显示：金融和保险',
    )
    expect(
      describeFilters({ events: [4, 6], statuses: ['met'], flagged: true, q: 'shares' }, 'zh-CN'),
    ).toBe('当前显示：第4和6条新闻；状态为已达成；有数据质量问题的指标；包含“shares”')
  })

  it('converts money to the chosen currency: 489.51亿元', () => {
    const deck = buildDeck(kpis, {}, { currency: 'CNY', rate: cnyPerUsd(dataset2017) }, 'zh-CN')
    expect(eventSlide(deck.slides, 4).figures[0]?.value).toBe('489.51亿元')
  })
})

describe('deck helpers', () => {
  it('counts a Chinese character as full width when fitting text', () => {
    expect(textColumns('2017年')).toBe(6)
    expect(lineCount('中'.repeat(30), 52)).toBe(2)
    expect(lineCount('a'.repeat(30), 52)).toBe(1)
    // A character of a 72 px figure: a full em in Chinese, 0.7 em for a Latin letter or digit.
    expect(figureWidth({ value: '中'.repeat(10) }) - figureWidth({ value: '1'.repeat(10) })).toBe(
      10 * 72 * 0.3,
    )
  })

  it('describes the filters in English as before', () => {
    expect(
      describeFilters({
        categories: ['finance', 'e-commerce'],
        events: [4, 6],
        statuses: ['met'],
        provenance: ['stated', 'none'],
        flagged: true,
        q: 'shares',
      }),
    ).toBe(
      'Showing finance and e-commerce; events 4 and 6; status met; stated and no targets; with data-quality findings; matching “shares”',
    )
  })

  it('shortens a long quote at a word break with an ellipsis, and keeps a short one', () => {
    expect(shortenQuote('Short and sweet.')).toBe('Short and sweet.')
    const long = `${'word '.repeat(60)}end.`
    const short = shortenQuote(long, 40)
    expect(short.length).toBeLessThanOrEqual(40)
    expect(short).toMatch(/word…$/)
  })

  it('shortens a quote where its meaning allows: a whole sentence, else a clause', () => {
    // Slide 10: 183 characters, shown whole rather than cut before whose target was exceeded.
    const newspapers =
      'Cities above the county level in 18 provinces realized the goal by the end of September, 2017, more than fulfilling the target the Ministry of Transport and the State Post Bureau proposed.'
    expect(shortenQuote(newspapers)).toBe(newspapers)
    const clauses = `First part of the claim, ${'and then a very long tail '.repeat(8)}end.`
    expect(shortenQuote(clauses, 40)).toBe('First part of the claim…')
  })

  it('keeps figures that fit one row, most important first', () => {
    const figures = ['CNY 10 billion+', 'USD 1.6 million', '312 days', '53 days'].map((value) => ({
      value,
    }))
    expect(fitRow(figures).map((f) => f.value)).toEqual(['CNY 10 billion+', 'USD 1.6 million'])
    expect(fitRow([{ value: '1' }, { value: '2' }, { value: '3' }, { value: '4' }])).toHaveLength(4)
  })

  it('paginates by lines, never leaving a page empty', () => {
    expect(paginate([1, 1, 1, 2, 3], (n) => n, 2, 4)).toEqual([[1, 1], [1, 2], [3]])
    expect(paginate([5], (n) => n, 2, 4)).toEqual([[5]])
  })

  it('clamps slide numbers into the deck', () => {
    expect(clampSlide(undefined, 14)).toBe(1)
    expect(clampSlide(99, 14)).toBe(14)
    expect(clampSlide(0, 14)).toBe(1)
    expect(clampSlide(4, 14)).toBe(4)
  })
})

/**
 * The presentation deck, built from the data: a title slide, one slide per top-ten event (its
 * headline figures, its chart against target and its source line), the targets summary and the
 * data notes. Pure: the same KPIs, filters and language always give the same slides in the same
 * order, so a reload, a shared link or the presenter's second window lands on the same slide n.
 * Words come from the message catalogs of the active language (`i18n._`), figures and dates from
 * the format module in `locale`; the source's own sentences and title stay in its English.
 */
import { i18n } from '@lingui/core'
import type { BulletRow } from '@/components/charts/bullet-chart'
import type { LegendItem } from '@/components/charts/chart-legend'
import type { ChartSeries, TargetedValue } from '@/components/charts/chart-types'
import type { BarCategory } from '@/components/charts/target-bar-chart'
import { provenanceMessage, statusMessage } from '@/components/status-badge'
import {
  awardSchemes,
  type ChartPoint,
  type CoverageShare,
  carnivalAndStake,
  type FunnelStageKey,
  innovationFunnel,
  insuranceGoal,
  type MoneyView,
  preferredShareIssue,
  rolloutCoverage,
} from '@/domain/chart-data'
import { filterRows, hasActiveFilters, type MetricFilters } from '@/domain/filters'
import type { Kpis } from '@/domain/kpis'
import type { MetricRow } from '@/domain/metric-rows'
import type { QualityFinding, Severity } from '@/domain/quality'
import { findingMessage } from '@/domain/quality-messages'
import type { KpiEvent, Metric, Qualifier, Target, TargetProvenance, Unit } from '@/domain/schema'
import { type Status, statusCounts } from '@/domain/status'
import { categoryMessage, deadlineText, severityMessage } from '@/i18n/labels'
import { displayMetricValue, displayTargetValue } from '@/lib/display'
import {
  formatCompact,
  formatDate,
  formatInteger,
  formatPercent,
  formatPeriod,
  formatQualified,
  formatRate,
  formatValue,
  type Locale,
} from '@/lib/format'

// ---------------------------------------------------------------------------------------------
// What a slide holds

export interface SourceLine {
  /** A verbatim sentence of the source, shortened with an ellipsis when very long. */
  quote?: string
  /** Who said it, where and when. */
  attribution: string
}

interface SlideCommon {
  /** Stable across data refreshes: 'title', 'event-4', 'summary-1', 'notes-1'. */
  key: string
  /** The slide's heading, which the live region also announces. */
  heading: string
  source: SourceLine
  /** Speaker notes for the presenter view: sentences built from the data, and the full quotes. */
  notes: string[]
}

export interface TitleSlide extends SlideCommon {
  kind: 'title'
  organisation: string
  subtitle: string
  /** "10 events · 27 figures". */
  scope: string
  /** The source and its date, for the title slide's own lines. */
  sourceTitle: string
  published: string
  /** "Showing: finance, insurance" when the analyst's filters narrow the deck. */
  filterText: string | undefined
  /** Said when analysts' what-if targets (on this device) replace published ones. */
  whatIfText: string | undefined
}

/** A headline figure: the value big, then what it is and how it stands against its target. */
export interface SlideFigure {
  key: string
  value: string
  label: string
  /** Undefined for a total over several figures, which has no single status. */
  status: Status | undefined
  /**
   * How the figure stands, in parts a slide shows joined by " · " and breaks only between:
   * ["Target 500,000", "illustrative", "110%"], ["3 of 4 tiers met target"]; none without a target.
   */
  detail: string[] | undefined
  /** The most serious data-quality finding on the figure. */
  flag: Severity | undefined
}

export interface SlideDate {
  key: string
  date: string
  label: string
  flag: Severity | undefined
}

export type TickKind = 'count' | 'percent' | 'share'

interface ChartCommon {
  key: string
  /** The event whose slide shows the chart: the event of its figures. */
  event: number
  title: string
  /** The chart in one or two sentences: its text alternative. */
  summary: string
  legend: LegendItem[]
  tick: TickKind
}

export type SlideChart =
  | (ChartCommon & {
      kind: 'bars'
      scale: 'linear' | 'log'
      series: ChartSeries[]
      categories: BarCategory[]
    })
  | (ChartCommon & {
      kind: 'bullet'
      colour: string
      rows: BulletRow[]
      extraTicks: number[]
    })

export interface EventSlide extends SlideCommon {
  kind: 'event'
  event: number
  /** "Event 4 of 10 · Finance · Sep 21, 2017". */
  kicker: string
  summary: string
  figures: SlideFigure[]
  chart: SlideChart | undefined
  /** The event's dated milestones, shown when it has no chart. */
  dates: SlideDate[]
  /** "Converted at 6.7518 CNY per USD (…)" when a figure shows in the reader's currency. */
  conversion: string | undefined
}

export interface StatusCount {
  status: Status
  count: number
}

export interface SummaryItem {
  key: string
  event: number
  label: string
  value: string
  target: string
  provenance: TargetProvenance
  status: Status
}

/** Targets in groups by where they come from, so the table needs no provenance column. */
export interface SummaryGroup {
  key: SummaryGroupKey
  title: string
  items: SummaryItem[]
}

export const summaryGroups = ['published', 'illustrative', 'analyst'] as const
export type SummaryGroupKey = (typeof summaryGroups)[number]

function summaryGroup(provenance: TargetProvenance): SummaryGroupKey {
  return provenance === 'stated' || provenance === 'derived' ? 'published' : provenance
}

export interface SummarySlide extends SlideCommon {
  kind: 'summary'
  page: number
  pages: number
  /** Every status, in the order the tiles show them, counted over the filtered figures. */
  counts: StatusCount[]
  /** How many figures the counts cover. */
  total: number
  /** How many of them have a target. */
  targeted: number
  /** The figures with a target on this page, grouped by where their targets come from. */
  groups: SummaryGroup[]
}

export interface SlideFinding {
  key: string
  severity: Severity
  event: number
  /** What the finding is about: the figure or the dated milestone, else the event. */
  subject: string
  message: string
}

export interface NotesSlide extends SlideCommon {
  kind: 'notes'
  page: number
  pages: number
  findings: SlideFinding[]
  /** What stated, derived and illustrative targets mean; after the last finding. */
  provenanceNotes: string[]
}

export type Slide = TitleSlide | EventSlide | SummarySlide | NotesSlide

export interface Deck {
  slides: Slide[]
  /** The events with a slide, in order. */
  events: number[]
  filtered: boolean
}

// ---------------------------------------------------------------------------------------------
// Words: catalog ids spelled out, so the catalog check sees each one in use

const headingMessage = { summary: 'present.summary.heading', notes: 'present.notes.heading' }
const pagedHeadingMessage = {
  summary: 'present.summary.headingPage',
  notes: 'present.notes.headingPage',
}

const qualifierMessage: Record<Exclude<Qualifier, 'exact'>, string> = {
  'more-than': 'chart.qualifier.more-than',
  'up-to': 'chart.qualifier.up-to',
  about: 'chart.qualifier.about',
}

const currencyMessage: Partial<Record<Unit, string>> = { CNY: 'unit.CNY', USD: 'unit.USD' }

const stageMessage: Record<FunnelStageKey, string> = {
  participants: 'present.chart.funnel.participants',
  submissions: 'present.chart.funnel.submissions',
  'golden-ideas': 'present.chart.funnel.goldenIdeas',
}

const premiumMessage: Record<string, string> = {
  new: 'present.chart.insurance.new',
  renewal: 'present.chart.insurance.renewal',
}

/** Prizes of one scheme inside the awards figure's label: "89 science & technology". */
const awardSchemeMessage: Record<string, string> = {
  'science-tech': 'present.figure.awards.scienceTech',
  management: 'present.figure.awards.management',
}

const summaryGroupMessage = {
  published: 'present.summary.group.published',
  illustrative: 'present.summary.group.illustrative',
  analyst: 'present.summary.group.analyst',
} as const

/** A status as a slide shows it: "Met", "Below target"; 已达成, 未达目标. */
function statusText(status: Status): string {
  return i18n._(statusMessage[status])
}

/** A data-quality finding's severity in a word: "Error", "Note"; 错误, 提示. */
function severityText(severity: Severity): string {
  return i18n._(severityMessage[severity])
}

/** A word inside an English sentence is lower case ("below target"); Chinese has no case. */
function inSentence(word: string, locale: Locale): string {
  return locale === 'en' ? word.toLowerCase() : word
}

function statusInSentence(status: Status, locale: Locale): string {
  return inSentence(statusText(status), locale)
}

/** "stated", "illustrative"; 明确, 示意. */
function provenanceWord(provenance: TargetProvenance, locale: Locale): string {
  return inSentence(i18n._(provenanceMessage[provenance]), locale)
}

/** "A and B", "A, B and C"; "A和B", "A、B和C". */
function joinWords(words: readonly string[], locale: Locale = 'en'): string {
  if (locale !== 'en') return new Intl.ListFormat(locale, { type: 'conjunction' }).format(words)
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
}

/** Clauses of one sentence: "a; b"; "a；b". */
function joinClauses(clauses: readonly string[], locale: Locale): string {
  return clauses.join(locale === 'en' ? '; ' : '；')
}

/** A text ended as a sentence: "… targets." / "……目标。". */
function sentence(text: string): string {
  return i18n._('present.sentence', { text })
}

/** A heading that runs over several slides: "Data notes (2 of 3)"; plain on a single slide. */
function pagedHeading(
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

function isWide(char: string): boolean {
  return WIDE.test(char)
}

/** A text's width in columns, as a terminal counts them: a wide character counts two. */
export function textColumns(text: string): number {
  let columns = 0
  for (const char of text) columns += isWide(char) ? 2 : 1
  return columns
}

/** Units of things counted: in Chinese, ten thousand and more of them read in 万. */
const counted: ReadonlySet<Unit> = new Set<Unit>(['count', 'people', 'provinces'])

/**
 * A value in its unit as a slide shows it: percentages as "64%"; in Chinese, counts of ten
 * thousand and more in 万 (55万, as China Post writes them); the rest as the format module does.
 */
function amount(value: number, unit: Unit, locale: Locale): string {
  if (unit === 'percent') return formatPercent(value / 100, locale)
  if (locale !== 'en' && counted.has(unit) && Math.abs(value) >= 10_000) {
    return formatCompact(value, locale)
  }
  return formatValue(value, unit, locale)
}

/** A value as the source qualifies it: "550,000+", "up to USD 7.25 billion", "64%"; 超过55万. */
export function pointText(
  p: Pick<ChartPoint, 'value' | 'unit' | 'qualifier'>,
  locale: Locale = 'en',
): string {
  if (locale === 'en' && p.unit !== 'percent') {
    return formatQualified(p.value, p.unit, p.qualifier, locale)
  }
  const text = amount(p.value, p.unit, locale)
  return p.qualifier === 'exact' ? text : i18n._(qualifierMessage[p.qualifier], { value: text })
}

/** A figure's value on a slide, in the reader's currency (counts are never converted). */
function metricValue(metric: Metric, money: MoneyView | undefined, locale: Locale): string {
  return counted.has(metric.unit)
    ? pointText(metric, locale)
    : displayMetricValue(metric, money?.currency, money?.rate, locale).text
}

function targetValue(target: Target, money: MoneyView | undefined, locale: Locale): string {
  return counted.has(target.unit) && target.value !== undefined
    ? amount(target.value, target.unit, locale)
    : displayTargetValue(target, money?.currency, money?.rate, locale)
}

/** The longest quote a slide shows whole; longer ones are shortened where the meaning allows. */
export const QUOTE_LIMIT = 170
/** A sentence this much over the limit is still shown whole rather than cut before its end. */
export const QUOTE_TOLERANCE = 1.15

/**
 * A quote short enough for a slide's footer, cut where its meaning allows: the whole first
 * sentence when it nearly fits, else at the last clause boundary (, ; : –) that keeps at least
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

function worstSeverity(findings: readonly QualityFinding[]): Severity | undefined {
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

// ---------------------------------------------------------------------------------------------
// Figures

function targetDetail(
  row: MetricRow,
  money: MoneyView | undefined,
  locale: Locale,
): string[] | undefined {
  const { target } = row
  if (!target) return undefined
  const value = targetValue(target, money, locale)
  if (target.provenance === 'illustrative') {
    const parts = [i18n._('kpi.reference', { value })]
    if (row.referenceShare !== undefined) {
      parts.push(i18n._('kpi.ofReference', { percent: formatPercent(row.referenceShare, locale) }))
    }
    return parts
  }
  const parts = [
    target.kind === 'qualitative'
      ? i18n._('kpi.goal', { value })
      : i18n._('present.figure.target', { value }),
    provenanceWord(target.provenance, locale),
  ]
  if (row.attainment !== undefined) parts.push(formatPercent(row.attainment, locale))
  if (row.daysEarly !== undefined) parts.push(deadlineText(row.daysEarly))
  return parts
}

function rowFigure(row: MetricRow, money: MoneyView | undefined, locale: Locale): SlideFigure {
  return {
    key: row.metric.id,
    value: metricValue(row.metric, money, locale),
    label: row.metric.label[locale],
    status: row.status,
    detail: targetDetail(row, money, locale),
    flag: worstSeverity(row.findings),
  }
}

/**
 * Prize tiers become one figure: the first, second and third prizes of every scheme. The release
 * lists the science scheme's 30 "gadgets" beside its prizes, not as a prize, so they are named
 * apart. Tier references are illustrative, so the figure gives no verdict.
 */
function awardsFigure(tiers: readonly MetricRow[], locale: Locale): SlideFigure[] {
  if (tiers.length === 0) return []
  const isGadgets = (r: MetricRow) => r.metric.id.endsWith('.gadgets')
  const prizesOf = (rows: readonly MetricRow[]) =>
    rows.filter((r) => !isGadgets(r)).reduce((sum, r) => sum + r.metric.value, 0)
  const gadgets = tiers.filter(isGadgets).reduce((sum, r) => sum + r.metric.value, 0)
  const bySchemes = awardSchemes.flatMap((scheme) => {
    const prizes = tiers.filter((r) => r.metric.id.startsWith(`awards.${scheme.key}.`))
    const count = formatInteger(prizesOf(prizes), locale)
    const id = awardSchemeMessage[scheme.key]
    if (prizes.length === 0) return []
    return [id ? i18n._(id, { count }) : `${count} ${scheme.name}`]
  })
  return [
    {
      key: 'awards',
      value: formatInteger(prizesOf(tiers), locale),
      label: i18n._('present.figure.awards', {
        schemes: bySchemes.join(locale === 'en' ? ', ' : '、'),
      }),
      status: undefined,
      detail:
        gadgets === 0
          ? undefined
          : [i18n._('present.figure.awardsGadgets', { count: formatInteger(gadgets, locale) })],
      flag: worstSeverity(tiers.flatMap((r) => r.findings)),
    },
  ]
}

export const MAX_FIGURES = 6

/**
 * Slide geometry the figures must fit, at 1920×1080 (present.css): a row of figure tiles above a
 * chart, each as wide as its value at 72 px bold and at least 400 px. A Latin letter or digit is
 * about 0.7 em wide at that weight; a Chinese character takes a full em.
 */
export const FIGURE_ROW_WIDTH = 1760
const FIGURE_GAP = 32
const FIGURE_MIN_WIDTH = 400
const FIGURE_CHROME = 34
const FIGURE_FONT = 72
const NARROW_EM = 0.7
const WIDE_EM = 1

export function figureWidth(figure: Pick<SlideFigure, 'value'>): number {
  let ems = 0
  for (const char of figure.value) ems += isWide(char) ? WIDE_EM : NARROW_EM
  return Math.max(FIGURE_MIN_WIDTH, ems * FIGURE_FONT + FIGURE_CHROME)
}

/** The figures that fit one row, in order of importance; the rest stay in the speaker notes. */
export function fitRow<T extends Pick<SlideFigure, 'value'>>(figures: readonly T[]): T[] {
  const kept: T[] = []
  let used = 0
  for (const figure of figures) {
    const width = figureWidth(figure) + (kept.length > 0 ? FIGURE_GAP : 0)
    if (used + width <= FIGURE_ROW_WIDTH) {
      kept.push(figure)
      used += width
    }
  }
  return kept
}

const importance = (row: MetricRow, keyMetric: string | undefined) =>
  row.metric.id === keyMetric
    ? 0
    : row.findings.some((f) => f.severity !== 'info')
      ? 1
      : row.target
        ? 2
        : 3

/**
 * The event's headline figures, most important first: its key figure, figures the checks flag,
 * figures with a target, then the rest; prize tiers are summed into one figure. Beside a chart
 * they must fit one row; without a chart up to six wrap onto two rows.
 */
function eventFigures(
  event: KpiEvent,
  rows: readonly MetricRow[],
  money: MoneyView | undefined,
  besideChart: boolean,
  locale: Locale,
): SlideFigure[] {
  const isAward = (r: MetricRow) =>
    awardSchemes.some((s) => r.metric.id.startsWith(`awards.${s.key}.`))
  const ranked = rows
    .filter((r) => !isAward(r))
    .map((r, order) => ({ r, order, rank: importance(r, event.keyMetric) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ r }) => rowFigure(r, money, locale))
  const [first, ...rest] = ranked
  const figures = [
    ...(first ? [first] : []),
    ...awardsFigure(rows.filter(isAward), locale),
    ...rest,
  ].slice(0, MAX_FIGURES)
  return besideChart ? fitRow(figures) : figures
}

// ---------------------------------------------------------------------------------------------
// Charts: one per event, from the result family its figures belong to

function targeted(p: ChartPoint, locale: Locale, label = p.label): TargetedValue {
  return {
    label,
    value: p.value,
    valueText: pointText(p, locale),
    target: p.target,
    targetText: p.target === undefined ? undefined : amount(p.target, p.unit, locale),
    targetProvenance: p.targetProvenance,
    status: p.status,
  }
}

function describeValue(v: TargetedValue, locale: Locale): string {
  const values = {
    label: v.label,
    value: v.valueText,
    target: v.targetText ?? '',
    status: statusInSentence(v.status, locale),
  }
  if (v.targetText === undefined) return i18n._('present.chart.valueNoTarget', values)
  return v.targetProvenance
    ? i18n._('present.chart.valueAgainstKind', {
        ...values,
        kind: provenanceWord(v.targetProvenance, locale),
      })
    : i18n._('present.chart.valueAgainst', values)
}

/** The chart in words: an optional lead sentence, then each value against its target. */
function chartSummary(values: readonly TargetedValue[], locale: Locale, lead?: string): string {
  const body = sentence(
    joinClauses(
      values.map((v) => describeValue(v, locale)),
      locale,
    ),
  )
  return lead ? `${lead}${locale === 'en' ? ' ' : ''}${body}` : body
}

function targetLegend(
  points: readonly ChartPoint[],
  locale: Locale,
  name: (kind: string) => string = (kind) => i18n._('present.chart.legend.target', { kind }),
): LegendItem[] {
  const provenances = [...new Set(points.flatMap((p) => p.targetProvenance ?? []))]
  return provenances.map(
    (provenance): LegendItem => ({
      key: `target-${provenance}`,
      kind: 'target',
      label: name(provenanceWord(provenance, locale)),
      provenance,
    }),
  )
}

function bulletRow(
  p: ChartPoint,
  rowLabel: string,
  locale: Locale,
  extra: Partial<BulletRow> = {},
): BulletRow {
  return {
    ...targeted(p, locale),
    key: p.id,
    rowLabel,
    shortLabel: rowLabel,
    openEnded: p.qualifier === 'more-than',
    ...extra,
  }
}

function bulletLegend(
  colour: string,
  label: string,
  points: readonly ChartPoint[],
  locale: Locale,
): LegendItem[] {
  return [
    { key: 'value', kind: 'bar', label, colour },
    { key: 'band', kind: 'band', label: i18n._('present.chart.legend.band') },
    ...targetLegend(points, locale),
  ]
}

/** "18 of 31"; 18/31. */
function ofWhole(value: string, whole: string): string {
  return i18n._('present.chart.ofWhole', { value, whole })
}

function shareValue(coverage: CoverageShare, label: string, locale: Locale): TargetedValue {
  const { point, targetShare } = coverage
  const whole = formatInteger(coverage.whole, locale)
  return {
    label,
    value: coverage.share,
    valueText: ofWhole(pointText(point, locale), whole),
    target: targetShare,
    targetText:
      point.target === undefined ? undefined : ofWhole(formatInteger(point.target, locale), whole),
    targetProvenance: point.targetProvenance,
    status: point.status,
  }
}

/** The currency a chart shows money in: "CNY", 人民币. */
function currencyName(unit: Unit | undefined): string {
  const id = unit ? currencyMessage[unit] : undefined
  return id ? i18n._(id) : (unit ?? '')
}

type ChartBuilder = (kpis: Kpis, money: MoneyView | undefined, locale: Locale) => SlideChart

const chartBuilders: ChartBuilder[] = [
  (kpis, _money, locale) => {
    const funnel = innovationFunnel(kpis.rows, locale)
    const name = (stage: (typeof funnel.stages)[number]) => i18n._(stageMessage[stage.key])
    const figure = i18n._('present.chart.funnel.series')
    return {
      kind: 'bars',
      key: 'funnel',
      event: funnel.participants.event,
      title: i18n._('present.chart.funnel.title'),
      summary: chartSummary(
        funnel.stages.map((s) => targeted(s, locale, name(s))),
        locale,
        i18n._('present.chart.funnel.logScale'),
      ),
      scale: 'log',
      tick: 'count',
      series: [{ key: 'count', label: figure, colour: 'var(--chart-1)' }],
      categories: funnel.stages.map((stage) => ({
        key: stage.id,
        label: name(stage),
        shortLabel: name(stage),
        values: { count: targeted(stage, locale, name(stage)) },
      })),
      legend: [
        { key: 'count', kind: 'bar', label: figure, colour: 'var(--chart-1)' },
        ...targetLegend(funnel.stages, locale),
      ],
    }
  },
  (kpis, money, locale) => {
    const { issue } = preferredShareIssue(kpis.rows, money, locale)
    const row = bulletRow(
      issue,
      i18n._('present.chart.psbc.row', { unit: currencyName(issue.unit) }),
      locale,
    )
    return {
      kind: 'bullet',
      key: 'psbc',
      event: issue.event,
      title: i18n._('present.chart.psbc.title'),
      summary: chartSummary([row], locale),
      tick: 'count',
      colour: 'var(--chart-1)',
      rows: [row],
      extraTicks: [],
      legend: bulletLegend('var(--chart-1)', i18n._('present.chart.psbc.issued'), [issue], locale),
    }
  },
  (kpis, money, locale) => {
    const goal = insuranceGoal(kpis.rows, money, locale)
    const rows = goal.premiums.map((p) => {
      const id = premiumMessage[p.key]
      return bulletRow(p, id ? i18n._(id) : p.name, locale)
    })
    const date = formatDate(goal.reachedOn, locale)
    const days = formatInteger(goal.daysEarly, locale)
    return {
      kind: 'bullet',
      key: 'insurance',
      event: goal.daysToGoal.event,
      title: i18n._('present.chart.insurance.title', {
        unit: currencyName(goal.premiums[0]?.unit),
        date,
        count: goal.daysEarly,
        days,
      }),
      summary: chartSummary(
        rows,
        locale,
        i18n._('present.chart.insurance.lead', { date, count: goal.daysEarly, days }),
      ),
      tick: 'count',
      colour: 'var(--chart-3)',
      rows,
      extraTicks: [],
      legend: [
        {
          key: 'value',
          kind: 'bar',
          label: i18n._('present.chart.insurance.reached'),
          colour: 'var(--chart-3)',
        },
        { key: 'band', kind: 'band', label: i18n._('present.chart.insurance.band') },
        ...targetLegend(goal.premiums, locale, (kind) =>
          i18n._('present.chart.insurance.goal', { kind }),
        ),
      ],
    }
  },
  (kpis, _money, locale) => {
    const { members } = carnivalAndStake(kpis.rows, locale)
    const row = bulletRow(members, i18n._('present.chart.carnival.row'), locale)
    return {
      kind: 'bullet',
      key: 'carnival',
      event: members.event,
      title: i18n._('present.chart.carnival.title', {
        period: formatPeriod(members.period, locale),
      }),
      summary: chartSummary([row], locale),
      tick: 'count',
      colour: 'var(--chart-2)',
      rows: [row],
      extraTicks: [],
      legend: bulletLegend(
        'var(--chart-2)',
        i18n._('present.chart.carnival.row'),
        [members],
        locale,
      ),
    }
  },
  (kpis, _money, locale) => {
    const { unitsInspected, unitsReinspected } = rolloutCoverage(kpis.rows, kpis.dataset, locale)
    const shares = [
      {
        key: 'units',
        label: i18n._('present.chart.inspection.units'),
        coverage: unitsInspected,
      },
      {
        key: 'twice',
        label: i18n._('present.chart.inspection.twice'),
        coverage: unitsReinspected,
      },
    ]
    const values = shares.map((s) => shareValue(s.coverage, s.label, locale))
    return {
      kind: 'bars',
      key: 'inspection',
      event: unitsInspected.point.event,
      title: i18n._('present.chart.inspection.title'),
      summary: chartSummary(values, locale),
      scale: 'linear',
      tick: 'share',
      series: [
        {
          key: 'share',
          label: i18n._('present.chart.inspection.series'),
          colour: 'var(--chart-1)',
        },
      ],
      categories: shares.map((s, i) => ({
        key: s.key,
        label: s.label,
        shortLabel: s.label,
        values: { share: values[i] as TargetedValue },
      })),
      legend: [
        {
          key: 'share',
          kind: 'bar',
          label: i18n._('present.chart.inspection.covered'),
          colour: 'var(--chart-1)',
        },
        ...targetLegend(
          shares.map((s) => s.coverage.point),
          locale,
        ),
      ],
    }
  },
  (kpis, _money, locale) => {
    const { newspapers } = rolloutCoverage(kpis.rows, kpis.dataset, locale)
    const p = newspapers.point
    const whole = formatInteger(newspapers.whole, locale)
    const row = bulletRow(p, i18n._('present.chart.newspapers.row'), locale, {
      valueText: ofWhole(pointText(p, locale), whole),
    })
    return {
      kind: 'bullet',
      key: 'newspapers',
      event: p.event,
      title: i18n._('present.chart.newspapers.title', { whole }),
      summary: chartSummary([row], locale),
      tick: 'count',
      colour: 'var(--chart-1)',
      rows: [row],
      extraTicks: p.target === undefined ? [] : [p.target],
      legend: bulletLegend(
        'var(--chart-1)',
        i18n._('present.chart.newspapers.reached'),
        [p],
        locale,
      ),
    }
  },
  (kpis, _money, locale) => {
    const { stake } = carnivalAndStake(kpis.rows, locale)
    const label = i18n._('present.chart.stake.row')
    const row = bulletRow(stake, label, locale)
    return {
      kind: 'bullet',
      key: 'stake',
      event: stake.event,
      title: i18n._('present.chart.stake.title'),
      summary: chartSummary([row], locale),
      tick: 'percent',
      colour: 'var(--chart-4)',
      rows: [row],
      extraTicks: stake.target === undefined ? [] : [stake.target],
      legend: [
        // No control line: the release gives only "controlling interest", not China Post's share.
        { key: 'value', kind: 'bar', label, colour: 'var(--chart-4)' },
        ...targetLegend([stake], locale),
      ],
    }
  },
]

/** Each event's chart, keyed by event number; a family whose figures are missing is skipped. */
function eventCharts(
  kpis: Kpis,
  money: MoneyView | undefined,
  locale: Locale,
): Map<number, SlideChart> {
  const charts = new Map<number, SlideChart>()
  for (const build of chartBuilders) {
    try {
      const chart = build(kpis, money, locale)
      if (!charts.has(chart.event)) charts.set(chart.event, chart)
    } catch {
      // The family's figures are not in this dataset: the event's slide goes without a chart.
    }
  }
  return charts
}

// ---------------------------------------------------------------------------------------------
// Pages: slides hold a fixed number of text lines, so long lists continue on the next slide

/**
 * Rough lines a text takes in a column of `perLine` Latin characters; a Chinese character is
 * full width, so it counts as two.
 */
export function lineCount(text: string, perLine: number): number {
  return Math.max(1, Math.ceil(textColumns(text) / perLine))
}

export function paginate<T>(
  items: readonly T[],
  lines: (item: T) => number,
  firstBudget: number,
  budget: number,
): T[][] {
  const pages: T[][] = [[]]
  let left = firstBudget
  for (const item of items) {
    const need = lines(item)
    const page = pages.at(-1) as T[]
    if (page.length > 0 && need > left) {
      pages.push([item])
      left = budget - need
    } else {
      page.push(item)
      left -= need
    }
  }
  return pages
}

/**
 * The summary table at 1920×1080 (present.css), in px: characters per line of the figure column,
 * a row of one line (32 px type at line-height 1.15, padding and rule), each further line of a
 * wrapped label, a group heading row, and the room for rows under the column headings, below the
 * status tiles on the first page and on the whole body on the others.
 */
const SUMMARY_LABEL_CHARS = 52
const SUMMARY_ROW = 47
const SUMMARY_ROW_LINE = 37
const SUMMARY_GROUP = 53
const SUMMARY_HEAD = 47
const SUMMARY_BODY = 754
const SUMMARY_TILES = 157 + 24
const SUMMARY_FIRST_ROOM = SUMMARY_BODY - SUMMARY_TILES - SUMMARY_HEAD
const SUMMARY_ROOM = SUMMARY_BODY - SUMMARY_HEAD
/** Characters per line of a finding (bold titles run wider), lines per notes slide, the gap. */
const NOTES_CHARS = 104
const NOTES_TITLE_CHARS = 90
const NOTES_LINES = 19.4
const NOTES_GAP_LINES = 0.6

// ---------------------------------------------------------------------------------------------
// The deck

interface SourceNames {
  /** China Post, “2017 Top Ten Events at China Post Group”, Jan 23, 2018. */
  attribution: string
  /** China Post, Jan 23, 2018: under a quote, once the title slide has named the release. */
  short: string
  /** The release's own title, in its English. */
  title: string
  date: string
}

function sourceNames(kpis: Kpis, locale: Locale): SourceNames {
  const source = kpis.dataset.sources[0]
  const title = source?.title ?? kpis.dataset.title[locale]
  if (!source) return { attribution: title, short: title, title, date: '' }
  const date = formatDate(source.published, locale)
  const publisher = source.publisher[locale]
  return {
    attribution: i18n._('present.source.attribution', { publisher, title, date }),
    short: i18n._('present.source.short', { publisher, date }),
    title,
    date,
  }
}

function eventMatches(
  event: KpiEvent,
  filters: MetricFilters,
  filteredRows: readonly MetricRow[],
): boolean {
  if (filters.categories?.length && !filters.categories.includes(event.category)) return false
  if (filters.events?.length && !filters.events.includes(event.number)) return false
  const rowLevel =
    !!filters.statuses?.length ||
    !!filters.provenance?.length ||
    filters.flagged !== undefined ||
    !!filters.q?.trim()
  // Row filters keep the events with at least one matching figure.
  return !rowLevel || filteredRows.some((r) => r.metric.event === event.number)
}

/** A speaker note on a figure: its value, its target and how it stands. */
function figureNote(row: MetricRow, money: MoneyView | undefined, locale: Locale): string {
  const values = {
    label: row.metric.label[locale],
    value: metricValue(row.metric, money, locale),
    status: statusText(row.status),
  }
  if (!row.target) return i18n._('present.notes.figureNoTarget', values)
  if (row.target.provenance === 'illustrative') {
    return i18n._('present.notes.figureReference', {
      ...values,
      target: targetValue(row.target, money, locale),
      share:
        row.referenceShare === undefined
          ? i18n._('present.figure.seeNotes')
          : formatPercent(row.referenceShare, locale),
    })
  }
  if (row.daysEarly !== undefined) {
    return i18n._('present.notes.figureDeadline', {
      ...values,
      target: targetValue(row.target, money, locale),
      early: deadlineText(row.daysEarly),
    })
  }
  const against = {
    ...values,
    provenance: row.target.provenance,
    kind: provenanceWord(row.target.provenance, locale),
    target: targetValue(row.target, money, locale),
  }
  return row.attainment === undefined
    ? i18n._('present.notes.figureNoAttainment', against)
    : i18n._('present.notes.figure', {
        ...against,
        attainment: formatPercent(row.attainment, locale),
      })
}

function eventSlide(
  event: KpiEvent,
  kpis: Kpis,
  rows: readonly MetricRow[],
  chart: SlideChart | undefined,
  money: MoneyView | undefined,
  attribution: string,
  locale: Locale,
): EventSlide {
  const { dataset, findings } = kpis
  const figures = eventFigures(event, rows, money, chart !== undefined, locale)
  const rate = dataset.reference.find((r) => r.unit === 'CNY/USD')
  const converted =
    money?.rate !== undefined &&
    rows.some(
      (r) =>
        !counted.has(r.metric.unit) &&
        displayMetricValue(r.metric, money.currency, money.rate, locale).converted,
    )
  const keyRow = rows.find((r) => r.metric.id === event.keyMetric) ?? rows[0]
  const eventFindings = findings.filter((f) => f.event === event.number)
  const milestones = dataset.milestones
    .filter((m) => m.event === event.number)
    .sort((a, b) => a.date.localeCompare(b.date))
  const dates = milestones.map(
    (m): SlideDate => ({
      key: m.id,
      date: formatDate(m.date, locale),
      label: m.label[locale],
      flag: worstSeverity(eventFindings.filter((f) => f.subject.id === m.id)),
    }),
  )
  const quotes = [
    ...new Set([
      event.headline,
      ...rows.flatMap((r) => [
        r.metric.provenance.quote,
        ...(r.metric.provenance.supporting ?? []),
      ]),
      ...milestones.map((m) => m.provenance.quote),
    ]),
  ]
  return {
    kind: 'event',
    key: `event-${event.number}`,
    event: event.number,
    heading: event.title[locale],
    kicker: i18n._('present.event.kicker', {
      number: formatInteger(event.number, locale),
      count: formatInteger(dataset.events.length, locale),
      category: i18n._(categoryMessage[event.category]),
      period: formatPeriod(event.period, locale),
    }),
    summary: event.summary[locale],
    figures,
    chart,
    dates,
    conversion:
      converted && rate
        ? i18n._('present.event.conversion', {
            rate: formatRate(rate.value, locale),
            basis: rate.label[locale],
          })
        : undefined,
    source: {
      quote: shortenQuote(keyRow?.metric.provenance.quote ?? event.headline),
      attribution,
    },
    notes: [
      event.summary[locale],
      ...rows.map((r) => figureNote(r, money, locale)),
      ...(chart ? [i18n._('present.notes.chart', { summary: chart.summary })] : []),
      ...eventFindings.map((f) =>
        i18n._('present.notes.finding', {
          severity: severityText(f.severity),
          message: findingMessage(f, dataset, locale),
        }),
      ),
      ...quotes.map((q) =>
        i18n._('present.notes.source', { quote: q.replace(/\s+/g, ' ').trim() }),
      ),
    ],
  }
}

/** A figure on the summary, for the summary's own line counts and the speaker notes. */
function summaryItemNote(item: SummaryItem, locale: Locale): string {
  return i18n._('present.summary.itemNote', {
    event: formatInteger(item.event, locale),
    label: item.label,
    value: item.value,
    kind: provenanceWord(item.provenance, locale),
    target: item.target,
    status: statusText(item.status),
  })
}

function summarySlides(
  rows: readonly MetricRow[],
  money: MoneyView | undefined,
  attribution: string,
  locale: Locale,
): SummarySlide[] {
  const counts = statusCounts(rows)
  const items = rows.flatMap((r): SummaryItem[] =>
    r.target
      ? [
          {
            key: r.metric.id,
            event: r.metric.event,
            label: r.metric.label[locale],
            value: metricValue(r.metric, money, locale),
            target: targetValue(r.target, money, locale),
            provenance: r.target.provenance,
            status: r.status,
          },
        ]
      : [],
  )
  // Group by provenance, then lay the rows out page by page; a group that runs onto the next
  // page repeats its heading there. Rows are measured in px, not counted in lines: a wrapped
  // row costs less than two rows, so a page of one-line (Chinese) rows holds fewer of them.
  const pages: SummaryGroup[][] = [[]]
  let left = SUMMARY_FIRST_ROOM
  for (const key of summaryGroups) {
    const title = i18n._(summaryGroupMessage[key])
    const members = items.filter((item) => summaryGroup(item.provenance) === key)
    let group: SummaryGroup | undefined
    for (const item of members) {
      const lines = Math.min(3, lineCount(item.label, SUMMARY_LABEL_CHARS))
      const row = SUMMARY_ROW + (lines - 1) * SUMMARY_ROW_LINE
      if (row + (group ? 0 : SUMMARY_GROUP) > left && (pages.at(-1) as SummaryGroup[]).length > 0) {
        pages.push([])
        left = SUMMARY_ROOM
        group = undefined
      }
      if (!group) {
        group = { key, title, items: [] }
        ;(pages.at(-1) as SummaryGroup[]).push(group)
        left -= SUMMARY_GROUP
      }
      group.items.push(item)
      left -= row
    }
  }
  const countText = counts
    .filter((c) => c.count > 0)
    .map((c) =>
      i18n._('present.summary.statusCount', {
        count: formatInteger(c.count, locale),
        status: statusInSentence(c.status, locale),
      }),
    )
  return pages.map((groups, i) => ({
    kind: 'summary',
    key: `summary-${i + 1}`,
    heading: pagedHeading('summary', i, pages.length, locale),
    page: i + 1,
    pages: pages.length,
    counts,
    total: rows.length,
    targeted: items.length,
    groups,
    source: { attribution: i18n._('present.source.label', { attribution }) },
    notes: [
      i18n._('present.summary.countsNote', {
        count: rows.length,
        total: formatInteger(rows.length, locale),
        counts: joinWords(countText, locale),
      }),
      ...groups.flatMap((group) => [
        i18n._('present.summary.groupNote', { title: group.title }),
        ...group.items.map((item) => summaryItemNote(item, locale)),
      ]),
    ],
  }))
}

/** The title of a finding on the notes slide, after its severity: "Event 5: …". */
export function findingAbout(
  finding: Pick<SlideFinding, 'event' | 'subject'>,
  locale: Locale = 'en',
): string {
  return i18n._('present.notes.findingAbout', {
    event: formatInteger(finding.event, locale),
    subject: finding.subject,
  })
}

function notesSlides(
  kpis: Kpis,
  events: readonly number[],
  attribution: string,
  locale: Locale,
): NotesSlide[] {
  const { dataset } = kpis
  const provenanceNotes = [i18n._('present.notes.provenance')]
  const subjectOf = (f: QualityFinding) =>
    dataset.metrics.find((m) => m.id === f.subject.id)?.label[locale] ??
    dataset.milestones.find((m) => m.id === f.subject.id)?.label[locale] ??
    dataset.events.find((e) => e.number === f.event)?.title[locale] ??
    i18n._('present.notes.event', { event: formatInteger(f.event, locale) })
  const findings = kpis.findings
    .filter((f) => events.includes(f.event))
    .map(
      (f): SlideFinding => ({
        key: f.id,
        severity: f.severity,
        event: f.event,
        subject: subjectOf(f),
        message: findingMessage(f, dataset, locale),
      }),
    )
  // The note on what targets mean comes after the findings, on the last slide it fits on.
  const items: (SlideFinding | 'provenance')[] = [...findings, 'provenance']
  const pages = paginate(
    items,
    (item) =>
      NOTES_GAP_LINES +
      (item === 'provenance'
        ? provenanceNotes.reduce((sum, note) => sum + lineCount(note, NOTES_CHARS), 0)
        : lineCount(
            `${severityText(item.severity)} · ${findingAbout(item, locale)}`,
            NOTES_TITLE_CHARS,
          ) + lineCount(item.message, NOTES_CHARS)),
    NOTES_LINES,
    NOTES_LINES,
  )
  return pages.map((page, i) => {
    const shown = page.filter((item): item is SlideFinding => item !== 'provenance')
    const explained = page.includes('provenance') ? provenanceNotes : []
    return {
      kind: 'notes',
      key: `notes-${i + 1}`,
      heading: pagedHeading('notes', i, pages.length, locale),
      page: i + 1,
      pages: pages.length,
      findings: shown,
      provenanceNotes: explained,
      source: { attribution: i18n._('present.source.checked', { attribution }) },
      notes: [
        findings.length === 0
          ? i18n._('present.notes.none')
          : i18n._('present.notes.count', {
              count: findings.length,
              findings: formatInteger(findings.length, locale),
            }),
        ...shown.map((f) =>
          i18n._('present.notes.findingNote', {
            severity: severityText(f.severity),
            event: formatInteger(f.event, locale),
            message: f.message,
          }),
        ),
        ...explained,
      ],
    }
  })
}

/**
 * The deck for the analyst's filters, in `locale` (the catalog of the same language must be
 * active): event-level filters (categories, events) choose the event slides; figure-level filters
 * (statuses, provenance, flagged, text) keep the events with a matching figure and narrow the
 * figures and the summary counts.
 */
export function buildDeck(
  kpis: Kpis,
  filters: MetricFilters = {},
  money?: MoneyView,
  locale: Locale = 'en',
): Deck {
  const rows = filterRows(kpis.rows, filters)
  const events = kpis.dataset.events
    .filter((e) => eventMatches(e, filters, rows))
    .sort((a, b) => a.number - b.number)
  const eventNumbers = events.map((e) => e.number)
  const deckRows = rows.filter((r) => eventNumbers.includes(r.metric.event))
  const charts = eventCharts(kpis, money, locale)
  const source = sourceNames(kpis, locale)
  const filterText = describeFilters(filters, locale)
  const whatIfCount = kpis.dataset.targets.filter((t) => t.provenance === 'analyst').length
  const whatIfText =
    whatIfCount > 0
      ? i18n._('present.title.whatIf', {
          count: whatIfCount,
          countText: formatInteger(whatIfCount, locale),
        })
      : undefined
  const counts = {
    events: events.length,
    eventsText: formatInteger(events.length, locale),
    figures: deckRows.length,
    figuresText: formatInteger(deckRows.length, locale),
  }
  const title: TitleSlide = {
    kind: 'title',
    key: 'title',
    heading: i18n._('present.title.heading'),
    organisation: i18n._('app.brand'),
    subtitle: i18n._('present.title.subtitle'),
    scope: i18n._('present.title.scope', counts),
    sourceTitle: source.title,
    published: source.date,
    filterText,
    whatIfText,
    source: { attribution: i18n._('present.source.label', { attribution: source.attribution }) },
    notes: [
      i18n._('present.title.noteSource', { title: source.title, date: source.date }),
      i18n._('present.title.noteScope', counts),
      ...(filterText ? [sentence(filterText)] : []),
      ...(whatIfText ? [whatIfText] : []),
    ],
  }
  const slides: Slide[] = [
    title,
    ...events.map((event) =>
      eventSlide(
        event,
        kpis,
        deckRows.filter((r) => r.metric.event === event.number),
        charts.get(event.number),
        money,
        source.short,
        locale,
      ),
    ),
    ...summarySlides(deckRows, money, source.short, locale),
    ...notesSlides(kpis, eventNumbers, source.attribution, locale),
  ]
  return { slides, events: eventNumbers, filtered: hasActiveFilters(filters) }
}

/** A slide number (1-based) kept within the deck; anything unusable is slide 1. */
export function clampSlide(slide: number | undefined, count: number): number {
  if (slide === undefined || !Number.isFinite(slide) || count < 1) return 1
  return Math.min(Math.max(1, Math.trunc(slide)), count)
}

/**
 * The presentation deck, built from the data: a title slide, one slide per top-ten event (its
 * headline figures, its chart against target and its source line), the targets summary and the
 * data notes. Pure: the same KPIs and filters always give the same slides in the same order, so a
 * reload, a shared link or the presenter's second window lands on the same slide n.
 */
import type { BulletRow } from '../../components/charts/bullet-chart'
import type { LegendItem } from '../../components/charts/chart-legend'
import type { ChartSeries, TargetedValue } from '../../components/charts/chart-types'
import type { BarCategory } from '../../components/charts/target-bar-chart'
import {
  awardSchemes,
  type ChartPoint,
  type CoverageShare,
  carnivalAndStake,
  innovationFunnel,
  insuranceGoal,
  type MoneyView,
  preferredShareIssue,
  rolloutCoverage,
} from '../../domain/chart-data'
import { filterRows, hasActiveFilters, type MetricFilters } from '../../domain/filters'
import type { Kpis } from '../../domain/kpis'
import type { MetricRow } from '../../domain/metric-rows'
import type { QualityFinding, Severity } from '../../domain/quality'
import { findingMessage } from '../../domain/quality-messages'
import type { KpiEvent, Qualifier, TargetProvenance, Unit } from '../../domain/schema'
import { type Status, statuses } from '../../domain/status'
import { displayMetricValue, displayTargetValue } from '../../lib/display'
import {
  formatDate,
  formatInteger,
  formatPercent,
  formatPeriod,
  formatQualified,
  formatValue,
} from '../../lib/format'

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
}

/** A headline figure: the value big, then what it is and how it stands against its target. */
export interface SlideFigure {
  key: string
  value: string
  label: string
  /** Undefined for a total over several figures, which has no single status. */
  status: Status | undefined
  /** "Target 500,000 · illustrative · 110%", "3 of 4 tiers met target"; none without a target. */
  detail: string | undefined
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

export const summaryGroups = [
  { key: 'published', title: 'Targets the release states, or derived from its goals' },
  { key: 'illustrative', title: 'Illustrative targets: not published, for comparison only' },
  { key: 'analyst', title: 'Targets set by an analyst in this dashboard' },
] as const
export type SummaryGroupKey = (typeof summaryGroups)[number]['key']

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
// Words

export const statusWords: Record<Status, string> = {
  met: 'Met',
  'on-track': 'On track',
  below: 'Below target',
  'no-target': 'No published target',
}

export const severityWords: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
}

const provenanceWords: Record<TargetProvenance, string> = {
  stated: 'stated',
  derived: 'derived',
  illustrative: 'illustrative',
  analyst: 'analyst',
}

const qualifierWords: Record<Qualifier, string> = {
  exact: '',
  'more-than': 'more than ',
  'up-to': 'up to ',
  about: 'about ',
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** "an illustrative", "a stated". */
function article(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Percentages read as "64%" on slides; everything else as the format module writes it. */
function amount(value: number, unit: Unit): string {
  return unit === 'percent' ? formatPercent(value / 100, 'en') : formatValue(value, unit, 'en')
}

/** A chart point's value as a label: "550,000+", "up to USD 7.25 billion", "64%". */
export function pointText(p: Pick<ChartPoint, 'value' | 'unit' | 'qualifier'>): string {
  if (p.unit !== 'percent') return formatQualified(p.value, p.unit, p.qualifier, 'en')
  return `${qualifierWords[p.qualifier]}${amount(p.value, p.unit)}`
}

/** The longest quote a slide shows whole; longer ones end in an ellipsis at a word break. */
export const QUOTE_LIMIT = 170

export function shortenQuote(quote: string, limit = QUOTE_LIMIT): string {
  const text = quote.replace(/\s+/g, ' ').trim()
  if (text.length <= limit) return text
  const cut = text.slice(0, limit - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`
}

function worstSeverity(findings: readonly QualityFinding[]): Severity | undefined {
  return [...findings].sort((a, b) => severityRank[a.severity] - severityRank[b.severity])[0]
    ?.severity
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`
}

/** The analyst's filters in words, for the title slide. */
export function describeFilters(filters: MetricFilters): string | undefined {
  if (!hasActiveFilters(filters)) return undefined
  const parts: string[] = []
  if (filters.categories?.length) parts.push(joinWords(filters.categories))
  if (filters.events?.length) {
    parts.push(
      `event${filters.events.length === 1 ? '' : 's'} ${joinWords(filters.events.map(String))}`,
    )
  }
  if (filters.statuses?.length) {
    parts.push(`status ${joinWords(filters.statuses.map((s) => statusWords[s].toLowerCase()))}`)
  }
  if (filters.provenance?.length) {
    parts.push(
      `${joinWords(filters.provenance.map((p) => (p === 'none' ? 'no' : provenanceWords[p])))} targets`,
    )
  }
  if (filters.flagged !== undefined) {
    parts.push(filters.flagged ? 'with data-quality findings' : 'without data-quality findings')
  }
  if (filters.q?.trim()) parts.push(`matching “${filters.q.trim()}”`)
  return `Showing ${parts.join('; ')}`
}

// ---------------------------------------------------------------------------------------------
// Figures

function targetDetail(row: MetricRow, money: MoneyView | undefined): string | undefined {
  const { target } = row
  if (!target) return undefined
  const parts = [
    `Target ${displayTargetValue(target, money?.currency, money?.rate)}`,
    provenanceWords[target.provenance],
  ]
  if (row.attainment !== undefined) parts.push(formatPercent(row.attainment, 'en'))
  return parts.join(' · ')
}

function rowFigure(row: MetricRow, money: MoneyView | undefined): SlideFigure {
  return {
    key: row.metric.id,
    value: displayMetricValue(row.metric, money?.currency, money?.rate).text,
    label: row.metric.label.en,
    status: row.status,
    detail: targetDetail(row, money),
    flag: worstSeverity(row.findings),
  }
}

/** Prize tiers become one figure: the prizes of every scheme, and how many tiers met target. */
function awardsFigure(tiers: readonly MetricRow[]): SlideFigure[] {
  if (tiers.length === 0) return []
  const total = tiers.reduce((sum, r) => sum + r.metric.value, 0)
  const bySchemes = awardSchemes.flatMap((scheme) => {
    const prizes = tiers.filter((r) => r.metric.id.startsWith(`awards.${scheme.key}.`))
    const count = prizes.reduce((sum, r) => sum + r.metric.value, 0)
    const name = scheme.name.replace(/ innovation$/i, '').toLowerCase()
    return prizes.length === 0 ? [] : [`${formatInteger(count, 'en')} ${name}`]
  })
  const met = tiers.filter((r) => r.status === 'met').length
  const targeted = tiers.filter((r) => r.target).length
  return [
    {
      key: 'awards',
      value: formatInteger(total, 'en'),
      label: `Innovation prizes: ${bySchemes.join(', ')}`,
      status: undefined,
      detail:
        targeted === 0
          ? undefined
          : `${met} of ${targeted} prize tier${targeted === 1 ? '' : 's'} met target`,
      flag: worstSeverity(tiers.flatMap((r) => r.findings)),
    },
  ]
}

export const MAX_FIGURES = 6

/**
 * Slide geometry the figures must fit, at 1920×1080 (present.css): a row of figure tiles above a
 * chart, each as wide as its value at 72 px bold (about 0.7 em a character) and at least 400 px.
 */
export const FIGURE_ROW_WIDTH = 1760
const FIGURE_GAP = 32
const FIGURE_MIN_WIDTH = 400
const FIGURE_CHROME = 34
const FIGURE_CHAR_WIDTH = 0.7 * 72

export function figureWidth(figure: Pick<SlideFigure, 'value'>): number {
  return Math.max(FIGURE_MIN_WIDTH, figure.value.length * FIGURE_CHAR_WIDTH + FIGURE_CHROME)
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
): SlideFigure[] {
  const isAward = (r: MetricRow) =>
    awardSchemes.some((s) => r.metric.id.startsWith(`awards.${s.key}.`))
  const ranked = rows
    .filter((r) => !isAward(r))
    .map((r, order) => ({ r, order, rank: importance(r, event.keyMetric) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ r }) => rowFigure(r, money))
  const [first, ...rest] = ranked
  const figures = [...(first ? [first] : []), ...awardsFigure(rows.filter(isAward)), ...rest].slice(
    0,
    MAX_FIGURES,
  )
  return besideChart ? fitRow(figures) : figures
}

// ---------------------------------------------------------------------------------------------
// Charts: one per event, from the result family its figures belong to

function targeted(p: ChartPoint, label = p.label): TargetedValue {
  return {
    label,
    value: p.value,
    valueText: pointText(p),
    target: p.target,
    targetText: p.target === undefined ? undefined : amount(p.target, p.unit),
    targetProvenance: p.targetProvenance,
    status: p.status,
  }
}

function describeValue(v: TargetedValue): string {
  const against =
    v.targetText === undefined
      ? ', no published target'
      : ` against ${v.targetProvenance ? `the ${provenanceWords[v.targetProvenance]} ` : 'the '}target of ${v.targetText}`
  return `${v.label}: ${v.valueText}${against} (${statusWords[v.status].toLowerCase()})`
}

function chartSummary(values: readonly TargetedValue[], lead = ''): string {
  return `${lead}${values.map(describeValue).join('; ')}.`
}

function targetLegend(points: readonly ChartPoint[], name?: (p: TargetProvenance) => string) {
  const provenances = [...new Set(points.flatMap((p) => p.targetProvenance ?? []))]
  return provenances.map(
    (provenance): LegendItem => ({
      key: `target-${provenance}`,
      kind: 'target',
      label: name?.(provenance) ?? `Target (${provenanceWords[provenance]})`,
      provenance,
    }),
  )
}

function bulletRow(p: ChartPoint, rowLabel: string, extra: Partial<BulletRow> = {}): BulletRow {
  return {
    ...targeted(p),
    key: p.id,
    rowLabel,
    shortLabel: rowLabel,
    openEnded: p.qualifier === 'more-than',
    ...extra,
  }
}

function bulletLegend(colour: string, label: string, points: readonly ChartPoint[]): LegendItem[] {
  return [
    { key: 'value', kind: 'bar', label, colour },
    { key: 'band', kind: 'band', label: 'Up to the target' },
    ...targetLegend(points),
  ]
}

function shareValue(coverage: CoverageShare, label: string): TargetedValue {
  const { point, targetShare } = coverage
  const whole = formatInteger(coverage.whole, 'en')
  return {
    label,
    value: coverage.share,
    valueText: `${pointText(point)} of ${whole}`,
    target: targetShare,
    targetText:
      point.target === undefined ? undefined : `${formatInteger(point.target, 'en')} of ${whole}`,
    targetProvenance: point.targetProvenance,
    status: point.status,
  }
}

type ChartBuilder = (kpis: Kpis, money: MoneyView | undefined) => SlideChart

const chartBuilders: ChartBuilder[] = [
  (kpis) => {
    const funnel = innovationFunnel(kpis.rows)
    return {
      kind: 'bars',
      key: 'funnel',
      event: funnel.participants.event,
      title: 'Innovation funnel against its targets (log scale)',
      summary: chartSummary(
        funnel.stages.map((s) => targeted(s, s.name)),
        'Log scale, each gridline ten times the one before. ',
      ),
      scale: 'log',
      tick: 'count',
      series: [{ key: 'count', label: 'Figure', colour: 'var(--chart-1)' }],
      categories: funnel.stages.map((stage) => ({
        key: stage.id,
        label: stage.name,
        shortLabel: stage.shortName,
        values: { count: targeted(stage, stage.name) },
      })),
      legend: [
        { key: 'count', kind: 'bar', label: 'Figure', colour: 'var(--chart-1)' },
        ...targetLegend(funnel.stages),
      ],
    }
  },
  (kpis, money) => {
    const { issue } = preferredShareIssue(kpis.rows, money)
    const row = bulletRow(issue, `Issued (${issue.unit})`)
    return {
      kind: 'bullet',
      key: 'psbc',
      event: issue.event,
      title: 'Offshore preferred shares issued against the target',
      summary: chartSummary([row]),
      tick: 'count',
      colour: 'var(--chart-1)',
      rows: [row],
      extraTicks: [],
      legend: bulletLegend('var(--chart-1)', 'Issued', [issue]),
    }
  },
  (kpis, money) => {
    const goal = insuranceGoal(kpis.rows, money)
    const rows = goal.premiums.map((p) => bulletRow(p, p.name))
    return {
      kind: 'bullet',
      key: 'insurance',
      event: goal.daysToGoal.event,
      title: `Premiums against the goal (${goal.premiums[0]?.unit ?? ''}): reached ${formatDate(goal.reachedOn, 'en')}, ${formatInteger(goal.daysEarly, 'en')} days early`,
      summary: chartSummary(
        rows,
        `Reached by ${formatDate(goal.reachedOn, 'en')}, ${formatInteger(goal.daysEarly, 'en')} days before the deadline. `,
      ),
      tick: 'count',
      colour: 'var(--chart-3)',
      rows,
      extraTicks: [],
      legend: [
        { key: 'value', kind: 'bar', label: 'Reached', colour: 'var(--chart-3)' },
        { key: 'band', kind: 'band', label: 'Up to the goal' },
        ...targetLegend(goal.premiums, (p) => `Goal (${provenanceWords[p]})`),
      ],
    }
  },
  (kpis) => {
    const { members } = carnivalAndStake(kpis.rows)
    const row = bulletRow(members, 'Members')
    return {
      kind: 'bullet',
      key: 'carnival',
      event: members.event,
      title: `Carnival members, ${formatPeriod(members.period, 'en')}`,
      summary: chartSummary([row]),
      tick: 'count',
      colour: 'var(--chart-2)',
      rows: [row],
      extraTicks: [],
      legend: bulletLegend('var(--chart-2)', 'Members', [members]),
    }
  },
  (kpis) => {
    const { unitsInspected, unitsReinspected } = rolloutCoverage(kpis.rows, kpis.dataset)
    const shares = [
      { key: 'units', label: 'Units inspected', coverage: unitsInspected },
      { key: 'twice', label: 'Inspected twice', coverage: unitsReinspected },
    ]
    const values = shares.map((s) => shareValue(s.coverage, s.label))
    return {
      kind: 'bars',
      key: 'inspection',
      event: unitsInspected.point.event,
      title: 'Share of subordinate units covered by the inspection tour',
      summary: chartSummary(values),
      scale: 'linear',
      tick: 'share',
      series: [{ key: 'share', label: 'Coverage', colour: 'var(--chart-1)' }],
      categories: shares.map((s, i) => ({
        key: s.key,
        label: s.label,
        shortLabel: s.label,
        values: { share: values[i] as TargetedValue },
      })),
      legend: [
        { key: 'share', kind: 'bar', label: 'Share covered', colour: 'var(--chart-1)' },
        ...targetLegend(shares.map((s) => s.coverage.point)),
      ],
    }
  },
  (kpis) => {
    const { newspapers } = rolloutCoverage(kpis.rows, kpis.dataset)
    const p = newspapers.point
    const row = bulletRow(p, 'Provinces', {
      valueText: `${pointText(p)} of ${formatInteger(newspapers.whole, 'en')}`,
    })
    return {
      kind: 'bullet',
      key: 'newspapers',
      event: p.event,
      title: `Provinces with same-day newspapers, of ${formatInteger(newspapers.whole, 'en')}`,
      summary: chartSummary([row]),
      tick: 'count',
      colour: 'var(--chart-1)',
      rows: [row],
      extraTicks: p.target === undefined ? [] : [p.target],
      legend: bulletLegend('var(--chart-1)', 'Provinces reached', [p]),
    }
  },
  (kpis) => {
    const { stake } = carnivalAndStake(kpis.rows)
    const row = bulletRow(stake, 'Stake')
    return {
      kind: 'bullet',
      key: 'stake',
      event: stake.event,
      title: 'Stake bought in sposter.net against control',
      summary: chartSummary([row]),
      tick: 'percent',
      colour: 'var(--chart-4)',
      rows: [row],
      extraTicks: stake.target === undefined ? [] : [stake.target],
      legend: [
        { key: 'value', kind: 'bar', label: 'Stake', colour: 'var(--chart-4)' },
        { key: 'band', kind: 'band', label: 'Up to control' },
        ...targetLegend([stake], (p) => `Control threshold (${provenanceWords[p]})`),
      ],
    }
  },
]

/** Each event's chart, keyed by event number; a family whose figures are missing is skipped. */
function eventCharts(kpis: Kpis, money: MoneyView | undefined): Map<number, SlideChart> {
  const charts = new Map<number, SlideChart>()
  for (const build of chartBuilders) {
    try {
      const chart = build(kpis, money)
      if (!charts.has(chart.event)) charts.set(chart.event, chart)
    } catch {
      // The family's figures are not in this dataset: the event's slide goes without a chart.
    }
  }
  return charts
}

// ---------------------------------------------------------------------------------------------
// Pages: slides hold a fixed number of text lines, so long lists continue on the next slide

/** Rough lines a text takes in a column of `perLine` characters. */
export function lineCount(text: string, perLine: number): number {
  return Math.max(1, Math.ceil(text.length / perLine))
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

/** Characters per line of each summary column, and lines per summary page (1920×1080 design). */
const SUMMARY_LABEL_CHARS = 52
const SUMMARY_FIRST_LINES = 11
const SUMMARY_LINES = 14
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
  title: string
  date: string
}

function sourceNames(kpis: Kpis): SourceNames {
  const source = kpis.dataset.sources[0]
  const title = source?.title ?? kpis.dataset.title.en
  if (!source) return { attribution: title, short: title, title, date: '' }
  const date = formatDate(source.published, 'en')
  return {
    attribution: `${source.publisher}, “${title}”, ${date}`,
    short: `${source.publisher}, ${date}`,
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

function eventSlide(
  event: KpiEvent,
  kpis: Kpis,
  rows: readonly MetricRow[],
  chart: SlideChart | undefined,
  money: MoneyView | undefined,
  attribution: string,
): EventSlide {
  const { dataset, findings } = kpis
  const figures = eventFigures(event, rows, money, chart !== undefined)
  const keyRow = rows.find((r) => r.metric.id === event.keyMetric) ?? rows[0]
  const eventFindings = findings.filter((f) => f.event === event.number)
  const milestones = dataset.milestones
    .filter((m) => m.event === event.number)
    .sort((a, b) => a.date.localeCompare(b.date))
  const dates = milestones.map(
    (m): SlideDate => ({
      key: m.id,
      date: formatDate(m.date, 'en'),
      label: m.label.en,
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
  const figureNotes = rows.map((r) => {
    const value = displayMetricValue(r.metric, money?.currency, money?.rate).text
    const against = r.target
      ? `, against ${article(provenanceWords[r.target.provenance])} target of ${displayTargetValue(r.target, money?.currency, money?.rate)}${r.attainment === undefined ? '' : ` (${formatPercent(r.attainment, 'en')})`}`
      : ', no published target'
    return `${r.metric.label.en}: ${value}${against}. ${statusWords[r.status]}.`
  })
  return {
    kind: 'event',
    key: `event-${event.number}`,
    event: event.number,
    heading: event.title.en,
    kicker: `Event ${event.number} of ${dataset.events.length} · ${capitalise(event.category)} · ${formatPeriod(event.period, 'en')}`,
    summary: event.summary.en,
    figures,
    chart,
    dates,
    source: {
      quote: shortenQuote(keyRow?.metric.provenance.quote ?? event.headline),
      attribution,
    },
    notes: [
      event.summary.en,
      ...figureNotes,
      ...(chart ? [`Chart: ${chart.summary}`] : []),
      ...eventFindings.map((f) => `${severityWords[f.severity]}: ${findingMessage(f, dataset)}`),
      ...quotes.map((q) => `Source: “${q.replace(/\s+/g, ' ').trim()}”`),
    ],
  }
}

function summarySlides(
  rows: readonly MetricRow[],
  money: MoneyView | undefined,
  attribution: string,
): SummarySlide[] {
  const counts = statuses.map((status) => ({
    status,
    count: rows.filter((r) => r.status === status).length,
  }))
  const items = rows.flatMap((r): SummaryItem[] =>
    r.target
      ? [
          {
            key: r.metric.id,
            event: r.metric.event,
            label: r.metric.label.en,
            value: displayMetricValue(r.metric, money?.currency, money?.rate).text,
            target: displayTargetValue(r.target, money?.currency, money?.rate),
            provenance: r.target.provenance,
            status: r.status,
          },
        ]
      : [],
  )
  // Group by provenance, then lay the rows out page by page; a group that runs onto the next
  // page repeats its heading there. A heading takes a line, as a row does.
  const pages: SummaryGroup[][] = [[]]
  let left = SUMMARY_FIRST_LINES
  for (const { key, title } of summaryGroups) {
    const members = items.filter((item) => summaryGroup(item.provenance) === key)
    let group: SummaryGroup | undefined
    for (const item of members) {
      const rowLines = Math.min(3, lineCount(item.label, SUMMARY_LABEL_CHARS))
      if (rowLines + (group ? 0 : 1) > left && (pages.at(-1) as SummaryGroup[]).length > 0) {
        pages.push([])
        left = SUMMARY_LINES
        group = undefined
      }
      if (!group) {
        group = { key, title, items: [] }
        ;(pages.at(-1) as SummaryGroup[]).push(group)
        left -= 1
      }
      group.items.push(item)
      left -= rowLines
    }
  }
  const countText = counts
    .filter((c) => c.count > 0)
    .map((c) => `${c.count} ${statusWords[c.status].toLowerCase()}`)
  const heading = 'Targets at a glance'
  return pages.map((groups, i) => ({
    kind: 'summary',
    key: `summary-${i + 1}`,
    heading: pages.length > 1 ? `${heading} (${i + 1} of ${pages.length})` : heading,
    page: i + 1,
    pages: pages.length,
    counts,
    total: rows.length,
    targeted: items.length,
    groups,
    source: { attribution: `Source: ${attribution}` },
    notes: [
      `Of ${rows.length} figures: ${joinWords(countText)}.`,
      ...groups.flatMap((group) => [
        `${group.title}:`,
        ...group.items.map(
          (item) =>
            `Event ${item.event}, ${item.label}: ${item.value} against ${provenanceWords[item.provenance]} target ${item.target}. ${statusWords[item.status]}.`,
        ),
      ]),
    ],
  }))
}

const provenanceNotes = [
  'Targets are stated in the release, derived from its goals, or illustrative: not published, dashed.',
]

function notesSlides(kpis: Kpis, events: readonly number[], attribution: string): NotesSlide[] {
  const { dataset } = kpis
  const subjectOf = (f: QualityFinding) =>
    dataset.metrics.find((m) => m.id === f.subject.id)?.label.en ??
    dataset.milestones.find((m) => m.id === f.subject.id)?.label.en ??
    dataset.events.find((e) => e.number === f.event)?.title.en ??
    `Event ${f.event}`
  const findings = kpis.findings
    .filter((f) => events.includes(f.event))
    .map(
      (f): SlideFinding => ({
        key: f.id,
        severity: f.severity,
        event: f.event,
        subject: subjectOf(f),
        message: findingMessage(f, dataset),
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
            `${severityWords[item.severity]} · Event ${item.event}: ${item.subject}`,
            NOTES_TITLE_CHARS,
          ) + lineCount(item.message, NOTES_CHARS)),
    NOTES_LINES,
    NOTES_LINES,
  )
  const heading = 'Data notes: what the checks found'
  return pages.map((page, i) => {
    const shown = page.filter((item): item is SlideFinding => item !== 'provenance')
    const explained = page.includes('provenance') ? provenanceNotes : []
    return {
      kind: 'notes',
      key: `notes-${i + 1}`,
      heading: pages.length > 1 ? `${heading} (${i + 1} of ${pages.length})` : heading,
      page: i + 1,
      pages: pages.length,
      findings: shown,
      provenanceNotes: explained,
      source: { attribution: `Checked against ${attribution}` },
      notes: [
        findings.length === 0
          ? 'The data-quality rules find nothing to flag for these events.'
          : `${findings.length} data-quality finding${findings.length === 1 ? '' : 's'} for these events; the figures on the slides keep the source's values and flag them.`,
        ...shown.map((f) => `${severityWords[f.severity]}, event ${f.event}: ${f.message}`),
        ...explained,
      ],
    }
  })
}

/**
 * The deck for the analyst's filters: event-level filters (categories, events) choose the event
 * slides; figure-level filters (statuses, provenance, flagged, text) keep the events with a
 * matching figure and narrow the figures and the summary counts.
 */
export function buildDeck(kpis: Kpis, filters: MetricFilters = {}, money?: MoneyView): Deck {
  const rows = filterRows(kpis.rows, filters)
  const events = kpis.dataset.events
    .filter((e) => eventMatches(e, filters, rows))
    .sort((a, b) => a.number - b.number)
  const eventNumbers = events.map((e) => e.number)
  const deckRows = rows.filter((r) => eventNumbers.includes(r.metric.event))
  const charts = eventCharts(kpis, money)
  const source = sourceNames(kpis)
  const title: TitleSlide = {
    kind: 'title',
    key: 'title',
    heading: '2017 in review',
    organisation: 'China Post Group',
    subtitle: 'The top ten events, figure by figure, against their targets',
    scope: `${events.length} event${events.length === 1 ? '' : 's'} · ${deckRows.length} figure${deckRows.length === 1 ? '' : 's'}`,
    sourceTitle: source.title,
    published: source.date,
    filterText: describeFilters(filters),
    source: { attribution: `Source: ${source.attribution}` },
    notes: [
      `China Post Group's 2017 in review, from the release “${source.title}” of ${source.date}.`,
      `${events.length} event${events.length === 1 ? '' : 's'} and ${deckRows.length} figures follow, each quoted from the release and set against a target that says whether the release states it, it is derived from a stated goal, or it is only illustrative.`,
      ...(describeFilters(filters) ? [`${describeFilters(filters)}.`] : []),
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
      ),
    ),
    ...summarySlides(deckRows, money, source.short),
    ...notesSlides(kpis, eventNumbers, source.attribution),
  ]
  return { slides, events: eventNumbers, filtered: hasActiveFilters(filters) }
}

/** A slide number (1-based) kept within the deck; anything unusable is slide 1. */
export function clampSlide(slide: number | undefined, count: number): number {
  if (slide === undefined || !Number.isFinite(slide) || count < 1) return 1
  return Math.min(Math.max(1, Math.trunc(slide)), count)
}

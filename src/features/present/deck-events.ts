/**
 * One slide per event: its headline figures (the most important that fit), its chart from the
 * result family that charts it, its dated milestones, its source line and its speaker notes.
 */
import { i18n } from '@lingui/core'
import { cnyPerUsdFact, type MoneyView, toCurrency } from '@/domain/currency'
import type { Kpis } from '@/domain/kpis'
import type { Locale } from '@/domain/locale'
import { findingSubjects, type MetricRow } from '@/domain/metric-rows'
import { fillPlaceholders } from '@/domain/placeholders'
import type { KpiEvent, LocalizedText } from '@/domain/schema'
import type { CombinedFigureSpec } from '@/families/spec'
import { categoryMessage } from '@/i18n/labels'
import { findingMessage } from '@/i18n/quality-messages'
import { figureNote, type TargetWords, targetParts } from '@/i18n/target-phrases'
import { displayMetricValue } from '@/lib/display'
import { formatDate, formatInteger, formatPeriod, formatRate } from '@/lib/format'
import { figureWidth, fitRow, MAX_FIGURES, widestValue } from './deck-layout'
import type { EventSlide, SlideChart, SlideDate, SlideFigure } from './deck-model'
import {
  isCounted,
  metricValue,
  severityText,
  shortenQuote,
  targetValue,
  worstSeverity,
} from './deck-words'

/** A figure with what the row fitting measures: its value as the widest language writes it. */
interface FittedFigure extends SlideFigure {
  widest: string
}

/** A row's target as its figure and notes say it: the value in the reader's currency and its kind. */
function targetWords(
  row: MetricRow,
  money: MoneyView | undefined,
  locale: Locale,
): TargetWords | undefined {
  return (
    row.target && {
      text: targetValue(row.target, money, locale),
      provenance: row.target.provenance,
      kind: row.target.kind,
    }
  )
}

function rowFigure(row: MetricRow, money: MoneyView | undefined, locale: Locale): FittedFigure {
  const { metric } = row
  const target = targetWords(row, money, locale)
  const shown = metric.conversionOf
    ? { value: metric.value, unit: metric.unit }
    : toCurrency(metric.value, metric.unit, money?.currency, money?.rate)
  return {
    key: metric.id,
    value: metricValue(metric, money, locale),
    widest: widestValue(shown.value, shown.unit, metric.qualifier),
    label: metric.label[locale],
    status: row.status,
    detail: target && targetParts(target, row, locale),
    flag: worstSeverity(row.findings),
  }
}

/**
 * A figure a family sums from several (the prize tiers): the parts in view, each group named,
 * and the parts the source lists aside (the gadgets) named apart.
 */
function combinedFigure(
  spec: CombinedFigureSpec,
  rows: readonly MetricRow[],
  locale: Locale,
): FittedFigure[] {
  // The dataset's words (dashboard.json), their one placeholder filled with what is in view.
  const fill = (text: LocalizedText, name: string, value: string) =>
    fillPlaceholders(text[locale], (raw) => (raw === name ? value : undefined))
  const parts = rows.filter((r) => spec.groups.some((g) => g.ids.includes(r.metric.id)))
  if (parts.length === 0) return []
  const sum = (of: readonly MetricRow[]) => of.reduce((total, r) => total + r.metric.value, 0)
  const isAside = (r: MetricRow) => spec.aside.includes(r.metric.id)
  const summed = (of: readonly MetricRow[]) => sum(of.filter((r) => !isAside(r)))
  const groups = spec.groups.flatMap((group) => {
    const members = parts.filter((r) => group.ids.includes(r.metric.id))
    return members.length === 0
      ? []
      : [fill(group.label, 'sum', formatInteger(summed(members), locale))]
  })
  const aside = sum(parts.filter(isAside))
  return [
    {
      key: spec.key,
      value: formatInteger(summed(parts), locale),
      widest: formatInteger(summed(parts), 'en'),
      label: fill(
        spec.label,
        'series',
        groups.reduce((first, rest) => i18n._('list.series', { first, rest })),
      ),
      status: undefined,
      detail:
        aside === 0 || !spec.asideLabel
          ? undefined
          : [fill(spec.asideLabel, 'sum', formatInteger(aside, locale))],
      flag: worstSeverity(parts.flatMap((r) => r.findings)),
    },
  ]
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
 * figures with a target, then the rest; a family's combined figure (the prize tiers, summed)
 * stands second, for its parts. Beside a chart they must fit one row, the same in every
 * language; without a chart up to six wrap onto two rows.
 */
function eventFigures(
  event: KpiEvent,
  rows: readonly MetricRow[],
  combined: readonly CombinedFigureSpec[],
  money: MoneyView | undefined,
  besideChart: boolean,
  locale: Locale,
): SlideFigure[] {
  const inCombined = (r: MetricRow) =>
    combined.some((c) => c.groups.some((g) => g.ids.includes(r.metric.id)))
  const ranked = rows
    .filter((r) => !inCombined(r))
    .map((r, order) => ({ r, order, rank: importance(r, event.keyMetric) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ r }) => rowFigure(r, money, locale))
  const [first, ...rest] = ranked
  const figures = [
    ...(first ? [first] : []),
    ...combined.flatMap((spec) => combinedFigure(spec, rows, locale)),
    ...rest,
  ].slice(0, MAX_FIGURES)
  const shown = besideChart
    ? fitRow(figures, (f) => Math.max(figureWidth(f), figureWidth({ value: f.widest })))
    : figures
  return shown.map(({ widest: _, ...figure }) => figure)
}

export function eventSlide(
  event: KpiEvent,
  kpis: Kpis,
  rows: readonly MetricRow[],
  chart: SlideChart | undefined,
  combined: readonly CombinedFigureSpec[],
  money: MoneyView | undefined,
  attribution: string,
  locale: Locale,
): EventSlide {
  const { dataset, findings } = kpis
  const figures = eventFigures(event, rows, combined, money, chart !== undefined, locale)
  const rate = cnyPerUsdFact(dataset)
  const converted =
    money?.rate !== undefined &&
    rows.some(
      (r) =>
        !isCounted(r.metric.unit) &&
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
      flag: worstSeverity(
        eventFindings.filter((f) => findingSubjects(f).some((s) => s.id === m.id)),
      ),
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
      ...rows.map((r) =>
        figureNote(
          {
            label: r.metric.label[locale],
            value: metricValue(r.metric, money, locale),
            status: r.status,
          },
          targetWords(r, money, locale),
          r,
          locale,
        ),
      ),
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

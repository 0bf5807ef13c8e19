/**
 * The presentation deck, built from the data: a title slide, one slide per top-ten event (its
 * headline figures, its chart against target and its source line), the targets summary and the
 * data notes. Pure: the same KPIs, filters and language always give the same slides in the same
 * order, so a reload, a shared link or the presenter's second window lands on the same slide n.
 * Words come from the message catalogs of the active language (`i18n._`), figures and dates from
 * the format module in `locale`; the source's own sentences and title stay in its English.
 * The model is in deck-model.ts; the event slides, the summary and the data notes each in their
 * own part; charts come from the result families (src/families/) through deck-charts.ts.
 */
import { i18n } from '@lingui/core'
import { conversionRate } from '@/domain/chart-data'
import type { MoneyView } from '@/domain/currency'
import { filterRows, hasActiveFilters, type MetricFilters } from '@/domain/filters'
import type { Kpis } from '@/domain/kpis'
import type { Locale } from '@/domain/locale'
import type { MetricRow } from '@/domain/metric-rows'
import type { KpiEvent } from '@/domain/schema'
import type { OtherPeriods } from '@/families/other-periods'
import { formatDate, formatInteger, formatPeriod } from '@/lib/format'
import { deckFamilies } from './deck-charts'
import { eventSlide } from './deck-events'
import type { Deck, Slide, TitleSlide } from './deck-model'
import { notesSlides } from './deck-notes'
import { summarySlides } from './deck-summary'
import { describeFilters, sentence } from './deck-words'

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

/**
 * The deck for the analyst's filters, in `locale` (the catalog of the same language must be
 * active): event-level filters (categories, events) choose the event slides; figure-level filters
 * (statuses, provenance, flagged, text) keep the events with a matching figure and narrow the
 * figures and the summary counts.
 */
export function buildDeck(...args: Parameters<typeof deckInParts>): Deck {
  const parts = deckInParts(...args)
  let part = parts.next()
  while (!part.done) part = parts.next()
  return part.value
}

/**
 * buildDeck a part at a time: the generator stops after each family's charts and each slide,
 * and returns the deck. The deck's page gives way to input between parts (use-deck.ts): built
 * at once, the deck was a phone's longest task.
 */
export function* deckInParts(
  kpis: Kpis,
  filters: MetricFilters = {},
  money?: MoneyView,
  locale: Locale = 'en',
  /** The same metrics in other published datasets, for the slides' charts. */
  others?: OtherPeriods,
): Generator<void, Deck, void> {
  const rows = filterRows(kpis.rows, filters)
  const events = kpis.dataset.events
    .filter((e) => eventMatches(e, filters, rows))
    .sort((a, b) => a.number - b.number)
  const eventNumbers = events.map((e) => e.number)
  const deckRows = rows.filter((r) => eventNumbers.includes(r.metric.event))
  const { charts, combined } = yield* deckFamilies(
    kpis,
    money,
    conversionRate(kpis.dataset),
    locale,
    others,
  )
  const source = sourceNames(kpis, locale)
  const period = formatPeriod(kpis.dataset.period, locale)
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
    heading: i18n._('present.title.heading', { period }),
    organisation: kpis.dataset.organisation[locale],
    subtitle: i18n._('present.title.subtitle'),
    scope: i18n._('present.title.scope', counts),
    sourceTitle: source.title,
    published: source.date,
    filterText,
    whatIfText,
    source: { attribution: i18n._('present.source.label', { attribution: source.attribution }) },
    notes: [
      i18n._('present.title.noteSource', {
        organisation: kpis.dataset.organisation[locale],
        period,
        title: source.title,
        date: source.date,
      }),
      i18n._('present.title.noteScope', counts),
      ...(filterText ? [sentence(filterText)] : []),
      ...(whatIfText ? [whatIfText] : []),
    ],
  }
  const slides: Slide[] = [title]
  for (const event of events) {
    yield
    slides.push(
      eventSlide(
        event,
        kpis,
        deckRows.filter((r) => r.metric.event === event.number),
        charts.get(event.number),
        combined,
        money,
        source.short,
        locale,
      ),
    )
  }
  yield
  slides.push(...summarySlides(deckRows, money, source.short, locale))
  yield
  slides.push(...notesSlides(kpis, eventNumbers, source.attribution, locale))
  return { slides, events: eventNumbers, filtered: hasActiveFilters(filters) }
}

/** A slide number (1-based) kept within the deck; anything unusable is slide 1. */
export function clampSlide(slide: number | undefined, count: number): number {
  if (slide === undefined || !Number.isFinite(slide) || count < 1) return 1
  return Math.min(Math.max(1, Math.trunc(slide)), count)
}

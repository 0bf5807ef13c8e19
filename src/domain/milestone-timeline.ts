/**
 * The milestone timeline's data: every dated milestone along the year most of them fall in, one
 * lane per event. Pure, like chart-data.ts.
 */
import { ChartDataError, type TextLocale } from './chart-data'
import { type DatePrecision, datePrecision, endOf, startOf } from './dates'
import type { Dataset } from './schema'

const DAY_MS = 86_400_000

export interface TimelinePoint {
  id: string
  event: number
  date: string
  precision: DatePrecision
  /** First and last instant the date covers, in ms since the epoch (UTC). */
  start: number
  end: number
  label: string
  /** Starts before the timeline's first day ("2016" on an axis from December 2016). */
  before: boolean
}

export interface TimelineLane {
  event: number
  /** The event's title; undefined when the dataset has no such event. */
  title: string | undefined
  points: TimelinePoint[]
}

export interface MilestoneTimeline {
  /** The year most milestones fall in. */
  year: number
  /** [first, last] instant shown, ms since the epoch. */
  domain: [number, number]
  lanes: TimelineLane[]
  points: TimelinePoint[]
}

/**
 * Milestones by event along the year most of them fall in. The axis starts earlier when a
 * milestone is dated to a day or month before that year (a goal proposed in December 2016);
 * milestones known only to an earlier year sit at the start, marked `before`.
 */
export function milestoneTimeline(
  dataset: Pick<Dataset, 'milestones' | 'events'>,
  locale: TextLocale = 'en',
): MilestoneTimeline {
  if (dataset.milestones.length === 0) {
    throw new ChartDataError('no-milestones', '', 'The dataset has no dated milestones.')
  }
  const yearCounts = new Map<number, number>()
  for (const m of dataset.milestones) {
    const y = startOf(m.date).getUTCFullYear()
    yearCounts.set(y, (yearCounts.get(y) ?? 0) + 1)
  }
  const year = [...yearCounts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0
  const yearStart = Date.UTC(year, 0, 1)
  const yearEnd = Date.UTC(year + 1, 0, 1)
  // The axis reaches back to the month of the earliest milestone dated to a day or month.
  const precise = dataset.milestones.filter((m) => datePrecision(m.date) !== 'year')
  const earliest = Math.min(yearStart, ...precise.map((m) => startOf(m.date).getTime()))
  const first = new Date(earliest)
  const domainStart = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1)
  const domainEnd = Math.max(yearEnd, ...dataset.milestones.map((m) => endOf(m.date).getTime()))

  const points = dataset.milestones
    .map(
      (m): TimelinePoint => ({
        id: m.id,
        event: m.event,
        date: m.date,
        precision: datePrecision(m.date),
        start: startOf(m.date).getTime(),
        // endOf gives the last day; the point covers that whole day.
        end: endOf(m.date).getTime() + DAY_MS,
        label: m.label[locale],
        before: startOf(m.date).getTime() < domainStart,
      }),
    )
    .sort((a, b) => a.start - b.start || a.end - b.end)

  const lanes = [...new Set(points.map((p) => p.event))]
    .sort((a, b) => a - b)
    .map(
      (event): TimelineLane => ({
        event,
        title: dataset.events.find((e) => e.number === event)?.title[locale],
        points: points.filter((p) => p.event === event),
      }),
    )
  return { year, domain: [domainStart, domainEnd], lanes, points }
}

/** Dates in the dataset are ISO strings at day, month or year precision ("2017-09-21", "2017"). */

export type DatePrecision = 'day' | 'month' | 'year'

const DAY_MS = 86_400_000

export function datePrecision(iso: string): DatePrecision {
  if (iso.length === 4) return 'year'
  if (iso.length === 7) return 'month'
  return 'day'
}

/** First day covered by a date: "2017" → 1 January 2017, in UTC. */
export function startOf(iso: string): Date {
  const [year, month = 1, day = 1] = iso.split('-').map(Number)
  return new Date(Date.UTC(year ?? 0, month - 1, day))
}

/** Last day covered by a date: "2017" → 31 December 2017, "2017-09" → 30 September 2017. */
export function endOf(iso: string): Date {
  const [year = 0, month, day] = iso.split('-').map(Number)
  if (day !== undefined && month !== undefined) return new Date(Date.UTC(year, month - 1, day))
  if (month !== undefined) return new Date(Date.UTC(year, month, 0))
  return new Date(Date.UTC(year, 11, 31))
}

/** Whole days from one date to another; inclusive counts both ends (1 to 19 September is 19 days). */
export function daysBetween(from: string, to: string, inclusive: boolean): number {
  const days = Math.round((startOf(to).getTime() - startOf(from).getTime()) / DAY_MS)
  return inclusive ? days + 1 : days
}

/** Fraction of a period that has elapsed on a given day, clamped to 0–1. */
export function elapsedShare(from: string, due: string, on: string): number {
  const start = startOf(from).getTime()
  const end = endOf(due).getTime()
  const now = endOf(on).getTime()
  if (end <= start) return 1
  return Math.min(1, Math.max(0, (now - start) / (end - start)))
}

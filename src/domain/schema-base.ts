/**
 * The schema's building blocks, shared by the dataset schema (schema.ts) and the dashboard's
 * (dashboard-schema.ts): text in both languages, dates, sizes.
 */
import * as z from 'zod/mini'

export const nonEmpty = () => z.string().check(z.trim(), z.minLength(1, 'must not be empty'))
export const size = () => z.number().check(z.gt(0))

/** True when every part exists: no 13th month, no 30 February, no 29 February 2017. */
function isCalendarDate(value: string): boolean {
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

/** ISO calendar date, or a coarser year-month / year when the source is no more precise. */
export const isoDate = z
  .string()
  .check(
    z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD'),
    z.refine(isCalendarDate, { message: 'is not a real calendar date' }),
  )

export const localizedText = z.object({
  en: nonEmpty(),
  'zh-CN': nonEmpty(),
})

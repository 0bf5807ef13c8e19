import * as z from 'zod/mini'
import { filterSearch } from '@/lib/search-params'
import { pickValid, type SearchShape } from '@/lib/url-state'

export const sortColumns = [
  'label',
  'value',
  'unit',
  'target',
  'attainment',
  'status',
  'provenance',
  'event',
  'category',
  'date',
] as const
export type SortColumn = (typeof sortColumns)[number]

/** The analyst workspace: table sort and the metric open in the detail drawer. */
export const exploreSearch = {
  sort: z.enum(sortColumns),
  dir: z.enum(['asc', 'desc']),
  metric: z.string().check(z.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/), z.maxLength(120)),
} satisfies SearchShape

export const validateExploreSearch = (raw: Record<string, unknown>) =>
  pickValid({ ...filterSearch, ...exploreSearch }, raw)

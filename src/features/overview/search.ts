import * as z from 'zod/mini'
import { filterSearch } from '@/lib/search-params'
import { pickValid, type SearchShape } from '@/lib/url-state'

/** The overview: the event whose detail is open. */
export const overviewSearch = {
  event: z.int().check(z.gte(1), z.lte(10)),
} satisfies SearchShape

export const validateOverviewSearch = (raw: Record<string, unknown>) =>
  pickValid({ ...filterSearch, ...overviewSearch }, raw)

/**
 * Which URL parameters each route takes. The shapes live where they are used: the shared ones in
 * src/lib/search-params.ts, each view's own in src/features/<view>/search.ts.
 */
import { exploreSearch } from '@/features/explore/search'
import { overviewSearch } from '@/features/overview/search'
import { presentSearch } from '@/features/present/search'
import { filterSearch, globalSearch } from '@/lib/search-params'
import { type ParsedSearch, pickValid, type SearchShape } from '@/lib/url-state'

/** The msw scenario switch of dev and test builds; not an app parameter. */
export const devOnlyParams = ['mock']

/** Every parameter each route accepts, to tell the reader which ones in a URL were ignored. */
export const searchShapes: Record<string, SearchShape> = {
  '/': { ...globalSearch, ...filterSearch, ...overviewSearch },
  '/explore': { ...globalSearch, ...filterSearch, ...exploreSearch },
  '/data': { ...globalSearch },
  '/present': { ...globalSearch, ...filterSearch, ...presentSearch },
}

export const validateGlobalSearch = (raw: Record<string, unknown>) => pickValid(globalSearch, raw)

/** Every parameter any view reads, typed: what useSearch() returns. */
export type AppSearch = ParsedSearch<
  typeof globalSearch &
    typeof filterSearch &
    typeof overviewSearch &
    typeof exploreSearch &
    typeof presentSearch
>

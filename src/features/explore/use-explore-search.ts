import { useCallback } from 'react'
import { useNavigate, useSearch } from '@/lib/router/react'
import type { filterSearch } from '@/lib/search-params'
import type { ParsedSearch } from '@/lib/url-state'
import { useUrlFilters } from '@/lib/use-url-filters'
import type { exploreSearch } from './search'

/** The workspace's own URL parameters: filters, sort and the open metric. */
export type ExploreParams = ParsedSearch<typeof filterSearch & typeof exploreSearch>

/** An empty list leaves the URL rather than being written as `[]`, which the schema rejects. */
export function listParam<T>(values: readonly T[]): T[] | undefined {
  return values.length > 0 ? [...values] : undefined
}

/** Every piece of workspace state lives in the URL; this reads it and writes patches to it. */
export function useExploreSearch() {
  const search = useSearch()
  const navigate = useNavigate()
  const filters = useUrlFilters()
  /** Sets keys (undefined removes one). `replace` for keystrokes, so Back skips them. */
  const update = useCallback(
    (patch: Partial<ExploreParams>, options: { replace?: boolean } = {}) =>
      void navigate({
        search: (prev) => ({ ...prev, ...patch }),
        replace: options.replace,
        resetScroll: false,
      }),
    [navigate],
  )
  return { search, filters, update }
}

import { useMemo } from 'react'
import type { MetricFilters } from '@/domain/filters'
import { useSearch } from '@/lib/router/react'

/**
 * The analyst's filters as the URL holds them (see filterSearch), for every view that narrows by
 * them. The same object until a filter changes, so filtering, counting and the deck rerun only then.
 */
export function useUrlFilters(): MetricFilters {
  // A string selected from the URL: a change of another parameter (the currency) does not render
  // the view again.
  const key = useSearch(({ categories, events, statuses, provenance, flagged, q }) =>
    JSON.stringify({ categories, events, statuses, provenance, flagged, q }),
  )
  return useMemo(() => JSON.parse(key) as MetricFilters, [key])
}

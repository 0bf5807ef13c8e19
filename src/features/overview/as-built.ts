import { DEFAULT_DATASET_KEY, useDatasetKey } from '@/api/dataset-key'
import { targetOverridesStore } from '@/api/target-overrides'
import type { CurrencyChoice } from '@/domain/currency'
import { hasActiveFilters } from '@/domain/filters'
import { overridesFor } from '@/domain/target-overrides'
import { usePersisted } from '@/lib/persisted-store'
import { useSearch } from '@/lib/router/react'
import { useUrlFilters } from '@/lib/use-url-filters'

/**
 * Whether the overview's charts look as the build drew them (scripts/prerender.ts: the newest
 * dataset as published, no filter, money as stated, references shown), so the build's drawings kept
 * from the prerendered page (in the reader's language) can stand in for them. `currency` is the one
 * the charts show (the overview defers it), so a drawing never stands beside figures it does not match.
 */
export function useAsBuilt(datasetId: string, currency: CurrencyChoice): boolean {
  // Selected, so another change of the URL does not render the charts again.
  const hideReferences = useSearch((search) => search.references === 'hide')
  const filters = useUrlFilters()
  const key = useDatasetKey()
  const overrides = usePersisted(targetOverridesStore)
  return (
    key === DEFAULT_DATASET_KEY &&
    !hasActiveFilters(filters) &&
    currency === undefined &&
    !hideReferences &&
    overridesFor(datasetId, overrides).length === 0
  )
}

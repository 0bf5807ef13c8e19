import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useState } from 'react'
import { buildKpis } from '@/domain/build-kpis'
import type { Kpis } from '@/domain/kpis'
import type { MetricRow } from '@/domain/metric-rows'
import type { QualityFinding } from '@/domain/quality'
import { withoutReferences } from '@/domain/references'
import type { Dataset } from '@/domain/schema'
import { applyTargetOverrides } from '@/domain/target-overrides'
import { analystBasis } from '@/i18n/analyst-basis'
import { nextTask, pauseEvery } from '@/lib/next-task'
import { usePersisted } from '@/lib/persisted-store'
import { useSearch } from '@/lib/router/react'
import {
  ApiError,
  fetchDataset,
  fetchDatasetIndex,
  inSlices,
  LARGE_DATASET,
  STARTUP_BUDGET_MS,
} from './client'
import { useDatasetKey } from './dataset-key'
import { targetOverridesStore } from './target-overrides'

/** Query keys, general to specific. */
export const kpiKeys = {
  all: ['kpis'] as const,
  index: () => [...kpiKeys.all, 'index'] as const,
  dataset: (key: string) => [...kpiKeys.all, key, 'dataset'] as const,
}

export const MAX_RETRIES = 3

/** Retry transient faults only (network, timeout, 5xx); a schema error will not fix itself. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return error instanceof ApiError && error.transient && failureCount < MAX_RETRIES
}

/**
 * The first retry's wait. The browser-test build (.env.e2e) sets it to 100 ms, so the fault tests
 * check each step of the backoff without sitting through it; every other build waits 1 s.
 */
const BACKOFF_MS = Number(import.meta.env.VITE_RETRY_BACKOFF_MS ?? 1000)

/** 1 s, 2 s, 4 s … capped at 8 s. */
export function retryDelay(attempt: number): number {
  return Math.min(BACKOFF_MS * 2 ** attempt, 8 * BACKOFF_MS)
}

/**
 * The validated dataset and the data-quality findings on it, which depend on nothing else; for a
 * large dataset its rows too, built in slices (in one go they held the page for a few hundred ms).
 */
export interface LoadedDataset {
  dataset: Dataset
  findings: QualityFinding[]
  rows?: MetricRow[]
}

async function loadDataset(key: string, signal: AbortSignal): Promise<LoadedDataset> {
  // The rules load with the validator, while the request is in flight.
  const slices = import('@/domain/dataset-in-slices')
  const dataset = await fetchDataset({ key, signal })
  if (dataset.metrics.length > LARGE_DATASET) {
    return { dataset, ...(await (await inSlices()).derivedInSlices(dataset)) }
  }
  // The rules run a few at a time in tasks of their own: straight after the validation, in one
  // go, the two made one long task (42 ms on /, unthrottled), and a phone takes four times as long.
  const { qualityFindingsInSlices } = await slices
  await nextTask()
  return {
    dataset,
    findings: await qualityFindingsInSlices(dataset, pauseEvery(STARTUP_BUDGET_MS)),
  }
}

/** A yearly dataset changes rarely: fresh for an hour, kept for the whole visit. */
export const datasetQuery = (key: string) =>
  queryOptions({
    queryKey: kpiKeys.dataset(key),
    queryFn: ({ signal }) => loadDataset(key, signal),
    staleTime: 60 * 60 * 1000,
    gcTime: Number.POSITIVE_INFINITY,
  })

/** The published datasets, for the picker; a failure only hides the picker. */
export const datasetIndexQuery = () =>
  queryOptions({
    queryKey: kpiKeys.index(),
    queryFn: ({ signal }) => fetchDatasetIndex({ signal }),
    staleTime: 60 * 60 * 1000,
    retry: false,
  })

/**
 * The dataset with analysts' target edits in force (and, with `?references=hide`, without its
 * illustrative references), findings, statuses and rows derived once per response or edit, so
 * every view recomputes together. A large dataset's are built in slices outside `select`
 * (kpisInSlices): until the first are ready the view waits as for the data; after an edit it
 * keeps the rows it has until the new ones are.
 */
export function useKpis() {
  const key = useDatasetKey()
  const overrides = usePersisted(targetOverridesStore)
  const hideReferences = useSearch((search) => search.references === 'hide')
  const [large, setLarge] = useState<Kpis>()
  const select = useCallback(
    ({ dataset, findings, rows }: LoadedDataset) => {
      // A large dataset's rows as last built for this load (its findings), else none yet.
      if (rows) return large?.findings === findings ? large : undefined
      const edited = applyTargetOverrides(dataset, overrides, analystBasis)
      return buildKpis(hideReferences ? withoutReferences(edited) : edited, findings)
    },
    [overrides, hideReferences, large],
  )
  const loaded = useQueryClient().getQueryData<LoadedDataset>(kpiKeys.dataset(key))
  useEffect(() => {
    if (!loaded?.rows) return
    let current = true
    void inSlices()
      .then((slices) => slices.kpisInSlices(loaded, overrides, hideReferences))
      .then((kpis) => current && setLarge(kpis))
    return () => {
      current = false
    }
  }, [loaded, overrides, hideReferences])
  // A large dataset's rows are not compared deeply with the last ones (100,000 rows: a long task).
  return useQuery({ ...datasetQuery(key), select, structuralSharing: !loaded?.rows })
}

/** The id of the dataset on screen ("china-post-2017"), once it has arrived. */
export function useDatasetId(): string | undefined {
  return useQuery({ ...datasetQuery(useDatasetKey()), select: ({ dataset }) => dataset.id }).data
}

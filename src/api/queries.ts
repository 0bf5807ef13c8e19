import { queryOptions, useQuery } from '@tanstack/react-query'
import { useCallback } from 'react'
import { deriveKpis } from '../domain/kpis'
import type { Dataset } from '../domain/schema'
import { applyTargetOverrides } from '../domain/target-overrides'
import { usePersisted } from '../lib/persisted-store'
import { ApiError, fetchDataset } from './client'
import { targetOverridesStore } from './target-overrides'

/** Query keys, general to specific. */
export const kpiKeys = {
  all: ['kpis'] as const,
  dataset: (year: number) => [...kpiKeys.all, year, 'dataset'] as const,
}

export const MAX_RETRIES = 3

/** Retry transient faults only (network, timeout, 5xx); a schema error will not fix itself. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return error instanceof ApiError && error.transient && failureCount < MAX_RETRIES
}

/** 1 s, 2 s, 4 s … capped at 8 s. */
export function retryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 8000)
}

/** A yearly dataset changes rarely: fresh for an hour, kept for the whole visit. */
export const datasetQuery = (year = 2017) =>
  queryOptions({
    queryKey: kpiKeys.dataset(year),
    queryFn: ({ signal }) => fetchDataset({ signal }),
    staleTime: 60 * 60 * 1000,
    gcTime: Number.POSITIVE_INFINITY,
  })

export function useDataset(year = 2017) {
  return useQuery(datasetQuery(year))
}

/**
 * The dataset with analysts' target edits in force and findings, statuses and rows derived once
 * per response or edit, so every view recomputes together.
 */
export function useKpis(year = 2017) {
  const overrides = usePersisted(targetOverridesStore)
  const select = useCallback(
    (dataset: Dataset) => deriveKpis(applyTargetOverrides(dataset, overrides)),
    [overrides],
  )
  return useQuery({ ...datasetQuery(year), select })
}

/**
 * Which dataset the view shows: the `?year=` parameter (a dataset key such as 2017), or else the
 * newest dataset the build found in data/.
 */

import { isDatasetKey } from '@/domain/vocabulary'
import { useSearch } from '@/lib/router/react'

export const DEFAULT_DATASET_KEY: string = import.meta.env.VITE_DEFAULT_DATASET

/** The key as the URL carries it: a year-like key as a number (?year=2017, not ?year="2017"). */
export function yearParam(key: string): string | number {
  return /^[1-9]\d{0,5}$/.test(key) ? Number(key) : key
}

/** The dataset key a search object names, or the default. */
export function datasetKeyOf(search: { year?: string | number | undefined }): string {
  return search.year === undefined ? DEFAULT_DATASET_KEY : String(search.year)
}

export function useDatasetKey(): string {
  return useSearch(datasetKeyOf)
}

/** The key a page address names before the router has parsed it (the app's first request). */
export function datasetKeyFromUrl(search: string): string {
  const year = new URLSearchParams(search).get('year')?.replace(/^"|"$/g, '')
  return year && isDatasetKey(year) ? year : DEFAULT_DATASET_KEY
}

/** The list of published datasets, derived from the datasets themselves (pure). */
import type { Dataset, DatasetIndex, DatasetIndexEntry } from './schema'

export function indexEntry(key: string, dataset: Dataset): DatasetIndexEntry {
  const { id, organisation, title, edition, period, asOf, version } = dataset
  return { key, id, organisation, title, edition, period, asOf, version }
}

/** Newest first by as-of date, then by key, so the first entry is the one a visit opens on. */
export function datasetIndexOf(
  datasets: readonly { key: string; dataset: Dataset }[],
): DatasetIndex {
  const entries = datasets.map(({ key, dataset }) => indexEntry(key, dataset))
  entries.sort((a, b) => b.asOf.localeCompare(a.asOf) || a.key.localeCompare(b.key))
  return { datasets: entries }
}

/** The key a visit without `?year=` opens: the newest dataset. */
export function latestKey(index: DatasetIndex): string | undefined {
  return index.datasets[0]?.key
}

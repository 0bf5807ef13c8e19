/**
 * The API payloads assembled from data/ exactly as the build assembles them, for msw handlers:
 * every dataset folder, by key (its folder name), and the index of them.
 */
import { assembleDataset, type DataFileName } from '../src/domain/assemble-dataset'
import { datasetIndexOf } from '../src/domain/dataset-index'
import type { Dataset, DatasetIndex } from '../src/domain/schema'

type Files = Record<string, unknown>

/** Assembles every `<folder>/<file>.json` of a glob; `sources` maps a file name to its text. */
export function assembleFolders(
  files: Files,
  sources: Record<string, string>,
): Map<string, Dataset> {
  const byKey = new Map<string, Record<string, unknown>>()
  for (const [path, json] of Object.entries(files)) {
    const [key, file] = path.split('/').slice(-2) as [string, string]
    byKey.set(key, { ...byKey.get(key), [file]: json })
  }
  const texts = new Map(
    Object.entries(sources).map(([path, text]) => [path.split('/').pop(), text]),
  )
  const datasets = new Map<string, Dataset>()
  for (const [key, contents] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
    const result = assembleDataset(contents as Record<DataFileName, unknown>, (f) => texts.get(f))
    if (!result.ok) {
      const first = result.issues[0]
      throw new Error(
        `${key}/${first?.file} is invalid: ${first?.message} (run npm run validate:data)`,
      )
    }
    datasets.set(key, result.dataset)
  }
  return datasets
}

export const datasets = assembleFolders(
  import.meta.glob('../data/*/*.json', { eager: true, import: 'default' }),
  import.meta.glob<string>('../data/sources/*', { eager: true, query: '?raw', import: 'default' }),
)

export function indexOf(all: ReadonlyMap<string, Dataset>): DatasetIndex {
  return datasetIndexOf([...all].map(([key, dataset]) => ({ key, dataset })))
}

function required(key: string): Dataset {
  const dataset = datasets.get(key)
  if (!dataset) throw new Error(`data/${key}/ is missing`)
  return dataset
}

/** The one real release so far; tests that check its figures use it by name. */
export const dataset2017: Dataset = required('2017')

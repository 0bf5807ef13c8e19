import { HttpResponse, http } from 'msw'
import { API_ROOT, DATASET_INDEX_PATH } from '../src/api/contract'
import type { Dataset } from '../src/domain/schema'
import { datasets, indexOf } from './dataset'

/** The API contract (src/api/contract.ts): any dataset file, whatever its key. */
export const DATASET_URL = new RegExp(`/${API_ROOT}/(?!index\\.json$)[^/]+\\.json$`)
export const INDEX_URL = `*/${DATASET_INDEX_PATH}`

/** Serves these datasets and their index, as the build emits them. */
export function datasetHandlers(served: ReadonlyMap<string, Dataset>) {
  return [
    http.get(INDEX_URL, () => HttpResponse.json(indexOf(served))),
    http.get(`*/${API_ROOT}/:file`, ({ params }) => {
      const key = String(params.file).replace(/\.json$/, '')
      const dataset = served.get(key)
      return dataset ? HttpResponse.json(dataset) : HttpResponse.json(null, { status: 404 })
    }),
  ]
}

export const handlers = datasetHandlers(datasets)

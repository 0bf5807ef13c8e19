import type { QueryClient } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { LARGE_DATASET } from '@/api/client'
import { DEFAULT_DATASET_KEY } from '@/api/dataset-key'
import { datasetQuery, type LoadedDataset } from '@/api/queries'
import { readStored, removeStored, writeStored } from '@/lib/storage'
import { announceUpdate } from './update-prompt'

/** The last good dataset, kept so a reload with no network still shows it (as stale). */
export const DATASET_COPY_KEY = 'cp-kpi:dataset-copy'
const DATASET_COPY_VERSION = 1
/** Where an earlier version kept the whole query cache, unvalidated; it is only removed now. */
const LEGACY_KEY = 'cp-kpi:query-cache'

/** `key`: the dataset's key; copies saved before there were several datasets have none. */
const copySchema = z.object({
  savedAt: z.number(),
  key: z.optional(z.string()),
  dataset: z.unknown(),
})

/** Validates a stored copy exactly as a response from the API is validated. */
async function validatedCopy(value: unknown): Promise<LoadedDataset | undefined> {
  const [{ parseDataset }, { qualityFindings }] = await Promise.all([
    import('@/domain/parse-dataset'),
    import('@/domain/quality'),
  ])
  const parsed = parseDataset(value)
  if (!parsed.ok || parsed.dataset.metrics.length === 0) return undefined
  return { dataset: parsed.dataset, findings: qualityFindings(parsed.dataset) }
}

/**
 * Keeps a copy of every validated response for the dataset the visit opened in local storage and, when no response has arrived
 * yet, shows the copy in its place. The copy is validated like a response, never replaces data
 * that came from the network, and carries the time it was saved (never later than now), so a
 * refresh that fails over it shows “Stale since …”. Storage that is full, refused or missing only
 * means no copy: the service worker's cache works without it.
 */
export async function keepDatasetCopy(queryClient: QueryClient, key: string) {
  const { queryKey } = datasetQuery(key)
  const cache = queryClient.getQueryCache()
  const save = (loaded: LoadedDataset | undefined) => {
    // Too large to keep offline (the overview says so): local storage holds a few megabytes, and
    // writing 100 MB would hold the page for seconds only to be refused. An older copy would
    // stand in for a dataset it no longer resembles, so it goes too.
    if (loaded && loaded.dataset.metrics.length > LARGE_DATASET) removeStored(DATASET_COPY_KEY)
    else if (loaded)
      writeStored(
        DATASET_COPY_KEY,
        { savedAt: Date.now(), key, dataset: loaded.dataset },
        DATASET_COPY_VERSION,
      )
  }
  removeStored(LEGACY_KEY)
  cache.subscribe((event) => {
    // Only answers from the API: `manual` writes (tests, the prerender) and restores are not.
    if (
      event.type === 'updated' &&
      event.action.type === 'success' &&
      !event.action.manual &&
      event.query.queryHash === cache.find({ queryKey, exact: true })?.queryHash
    ) {
      save(event.query.state.data as LoadedDataset | undefined)
    }
  })
  const current = () => cache.find<LoadedDataset>({ queryKey, exact: true })
  if (current()?.state.data !== undefined) {
    save(current()?.state.data)
    return
  }
  const read = readStored(DATASET_COPY_KEY, copySchema, DATASET_COPY_VERSION)
  if (read.status !== 'ok' || (read.value.key ?? DEFAULT_DATASET_KEY) !== key) return
  const loaded = await validatedCopy(read.value.dataset)
  const query = current()
  // A validated response that arrived meanwhile is fresher than any copy.
  if (!loaded || !query || query.state.data !== undefined) return
  query.setState({
    ...query.state,
    data: loaded,
    dataUpdatedAt: Math.min(read.value.savedAt, Date.now()),
    dataUpdateCount: query.state.dataUpdateCount + 1,
    // A request in flight goes on; one that already failed leaves the copy marked stale.
    status: query.state.status === 'error' ? 'error' : 'success',
  })
}

/**
 * Registers the service worker (production builds only). When a new version has installed and
 * waits, the reader is offered a reload; accepting tells the worker to take over (the generated
 * worker listens for SKIP_WAITING) and the page reloads once it controls it.
 */
export async function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return
  const registration = await navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, {
    scope: import.meta.env.BASE_URL,
  })
  const offer = (worker: ServiceWorker) =>
    announceUpdate(async () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
        once: true,
      })
      worker.postMessage({ type: 'SKIP_WAITING' })
    })
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting)
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker)
    })
  })
}

/**
 * The app's offline support, once it has taken over. It is a bonus and independent of local
 * storage: a browser that refuses service workers, or storage, still gets the app.
 */
export async function startOffline(queryClient: QueryClient, key: string) {
  // Production builds only: the dev server and the browser-test build have no worker.
  if (import.meta.env.PROD && import.meta.env.VITE_MOCKS !== 'true') {
    void registerServiceWorker().catch((error: unknown) =>
      console.warn('No offline support:', error),
    )
  }
  await keepDatasetCopy(queryClient, key).catch((error: unknown) =>
    console.warn('No local copy of the dataset:', error),
  )
}

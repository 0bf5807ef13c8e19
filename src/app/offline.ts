import type { QueryClient } from '@tanstack/react-query'
import { kpiKeys } from '@/api/queries'
import { SCHEMA_VERSION } from '@/domain/vocabulary'
import { announceUpdate } from './update-prompt'

/**
 * Keeps the last good dataset in local storage so a reload with no network still shows it.
 * Loaded after the first render: it is not on the critical path, and the service worker serves
 * the same data when offline. The buster changes with the schema, so an old shape is dropped.
 */
export async function persistDatasetCache(queryClient: QueryClient) {
  const [{ persistQueryClient, persistQueryClientSave }, { createSyncStoragePersister }] =
    await Promise.all([
      import('@tanstack/react-query-persist-client'),
      import('@tanstack/query-sync-storage-persister'),
    ])
  const options = {
    queryClient,
    persister: createSyncStoragePersister({
      storage: window.localStorage,
      key: 'cp-kpi:query-cache',
    }),
    buster: `schema-${SCHEMA_VERSION}-findings-1`,
    maxAge: 30 * 24 * 60 * 60 * 1000,
    dehydrateOptions: {
      shouldDehydrateQuery: (query: { state: { status: string }; queryKey: readonly unknown[] }) =>
        query.state.status === 'success' && query.queryKey[0] === kpiKeys.all[0],
    },
  }
  const [, restored] = persistQueryClient(options)
  await restored
  // What loaded before this ran is saved now, not only after the next change.
  await persistQueryClientSave(options)
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

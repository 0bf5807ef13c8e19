import type { QueryClient } from '@tanstack/react-query'
import { kpiKeys } from '../api/queries'
import { SCHEMA_VERSION } from '../domain/vocabulary'

/**
 * Keeps the last good dataset in local storage so a reload with no network still shows it.
 * Loaded after the first render: it is not on the critical path, and the service worker serves
 * the same data when offline. The buster changes with the schema, so an old shape is dropped.
 */
export async function persistDatasetCache(queryClient: QueryClient) {
  const [{ persistQueryClient }, { createSyncStoragePersister }] = await Promise.all([
    import('@tanstack/react-query-persist-client'),
    import('@tanstack/query-sync-storage-persister'),
  ])
  persistQueryClient({
    queryClient,
    persister: createSyncStoragePersister({
      storage: window.localStorage,
      key: 'cp-kpi:query-cache',
    }),
    buster: `schema-${SCHEMA_VERSION}-findings-1`,
    maxAge: 30 * 24 * 60 * 60 * 1000,
    dehydrateOptions: {
      shouldDehydrateQuery: (query) =>
        query.state.status === 'success' && query.queryKey[0] === kpiKeys.all[0],
    },
  })
}

export type UpdateListener = (apply: () => Promise<void>) => void

/** Registers the service worker (production builds only) and reports when an update waits. */
export async function registerServiceWorker(onUpdate: UpdateListener) {
  if (!('serviceWorker' in navigator)) return
  const { registerSW } = await import('virtual:pwa-register')
  const update = registerSW({
    onNeedRefresh: () => onUpdate(() => update(true)),
  })
}

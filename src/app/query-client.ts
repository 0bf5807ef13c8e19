import { QueryClient, type QueryClientConfig } from '@tanstack/react-query'
import { retryDelay, shouldRetry } from '@/api/queries'

/** The app's QueryClient: bounded retries with backoff for transient faults only. */
export function createQueryClient(
  queries: NonNullable<QueryClientConfig['defaultOptions']>['queries'] = {},
) {
  return new QueryClient({
    defaultOptions: {
      // Fetch even when the browser says it is offline: the service worker may answer from its
      // cache, and a fetch that fails ends in an error with “Try again”, not a silent pause.
      queries: {
        retry: shouldRetry,
        retryDelay,
        refetchOnWindowFocus: false,
        networkMode: 'always',
        // A failed load is retried by its own backoff, then by the reader's “Try again”; a view
        // that mounts later shows the error rather than starting another round of retries.
        retryOnMount: false,
        ...queries,
      },
    },
  })
}

import { QueryClient, type QueryClientConfig } from '@tanstack/react-query'
import { retryDelay, shouldRetry } from '../api/queries'

/** The app's QueryClient: bounded retries with backoff for transient faults only. */
export function createQueryClient(
  queries: NonNullable<QueryClientConfig['defaultOptions']>['queries'] = {},
) {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, retryDelay, refetchOnWindowFocus: false, ...queries },
    },
  })
}

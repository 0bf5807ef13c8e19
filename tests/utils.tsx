import { QueryClientProvider } from '@tanstack/react-query'
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { createQueryClient } from '../src/app/query-client'
import { createAppRouter } from '../src/app/router'

/** A fresh QueryClient per test: the app's retry policy, but no waiting between retries. */
export function createTestQueryClient() {
  return createQueryClient({ retryDelay: 0 })
}

export function renderWithClient(ui: ReactNode) {
  const client = createTestQueryClient()
  return { client, ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>) }
}

/** The whole app at a URL, with a memory history and a fresh QueryClient. */
export function renderApp(url = '/') {
  const client = createTestQueryClient()
  const router = createAppRouter(createMemoryHistory({ initialEntries: [url] }))
  const result = render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { client, router, ...result }
}

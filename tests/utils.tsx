import { i18n } from '@lingui/core'
import { I18nProvider } from '@lingui/react'
import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { createQueryClient } from '../src/app/query-client'
import { createAppRouter } from '../src/app/router'
import { RouterProvider } from '../src/lib/router/react'
import { memoryHistory } from '../src/lib/router/router'

/** A fresh QueryClient per test: the app's retry policy, but no waiting between retries. */
export function createTestQueryClient() {
  return createQueryClient({ retryDelay: 0 })
}

/** The whole app at a URL, with a memory history and a fresh QueryClient. */
export function renderApp(url = '/') {
  const client = createTestQueryClient()
  const router = createAppRouter(memoryHistory(url))
  const result = render(
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>,
  )
  return { client, router, ...result }
}

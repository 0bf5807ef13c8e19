import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { createQueryClient } from '../src/app/query-client'

/** A fresh QueryClient per test: the app's retry policy, but no waiting between retries. */
export function renderWithClient(ui: ReactNode) {
  const client = createQueryClient({ retryDelay: 0 })
  return { client, ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>) }
}

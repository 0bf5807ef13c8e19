import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { i18n } from '@/i18n/i18n'
import { LanguageProvider } from '@/i18n/language-provider'
import { RouterProvider } from '@/lib/router/react'
import type { AppRouter } from './router'

export function App({ queryClient, router }: { queryClient: QueryClient; router: AppRouter }) {
  return (
    <LanguageProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </LanguageProvider>
  )
}

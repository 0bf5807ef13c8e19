/**
 * Server-side entry used only by the build (scripts/prerender.ts): renders a route to HTML with
 * the dataset, so the headline figures are in the first paint before any script runs.
 */
import { createMemoryHistory } from '@tanstack/react-router'
import { renderToString } from 'react-dom/server'
import { DEFAULT_DATASET_KEY } from '@/api/dataset-key'
import { datasetQuery, type LoadedDataset } from '@/api/queries'
import { activateLocale } from '@/i18n/i18n'
import { App } from './app'
import { createQueryClient } from './query-client'
import { createAppRouter } from './router'

export async function prerender(url: string, loaded: LoadedDataset): Promise<string> {
  await activateLocale('en')
  const queryClient = createQueryClient()
  queryClient.setQueryData(datasetQuery(DEFAULT_DATASET_KEY).queryKey, loaded)
  const router = createAppRouter(createMemoryHistory({ initialEntries: [url] }))
  await router.load()
  return renderToString(<App queryClient={queryClient} router={router} />)
}

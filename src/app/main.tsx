import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { activateLocale } from '../i18n/i18n'
import { initialLocale } from '../i18n/locale'
import { App } from './app'
import { createQueryClient } from './query-client'
import './styles.css'

async function start() {
  // Dev server and the browser-test build only; the production bundle has no msw at all.
  if (import.meta.env.VITE_MOCKS === 'true') {
    const { startMockApi } = await import('../../mocks/browser')
    await startMockApi()
  }
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  await activateLocale(initialLocale())
  const queryClient = createQueryClient()
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  )
  const { persistDatasetCache, registerServiceWorker } = await import('./offline')
  await persistDatasetCache(queryClient)
  if (import.meta.env.PROD && import.meta.env.VITE_MOCKS !== 'true') {
    await registerServiceWorker()
  }
}

void start()

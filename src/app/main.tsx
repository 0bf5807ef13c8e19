import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { datasetQuery } from '../api/queries'
import { activateLocale } from '../i18n/i18n'
import { initialLocale } from '../i18n/locale'
import { App } from './app'
import { createQueryClient } from './query-client'
import { createAppRouter } from './router'

async function start() {
  // Dev server and the browser-test build only; the production bundle has no msw at all.
  if (import.meta.env.VITE_MOCKS === 'true') {
    const { startMockApi } = await import('../../mocks/browser')
    await startMockApi()
  }
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  const locale = initialLocale()
  const queryClient = createQueryClient()
  const router = createAppRouter()
  const app = (
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>
  )
  if (root.dataset.prerendered !== undefined) {
    // The build's prerendered overview is on screen. Render the app once its data and route are
    // ready, so it replaces that HTML in one commit instead of flashing a loading state.
    await Promise.all([
      activateLocale(locale),
      queryClient.prefetchQuery(datasetQuery()),
      router.load(),
    ])
  } else {
    await activateLocale(locale)
  }
  // One synchronous commit replaces the prerendered HTML, so nothing else shows in between.
  const reactRoot = createRoot(root)
  flushSync(() => reactRoot.render(app))
  delete root.dataset.prerendered
  delete document.documentElement.dataset.clientRender
  const { persistDatasetCache, registerServiceWorker } = await import('./offline')
  await persistDatasetCache(queryClient)
  if (import.meta.env.PROD && import.meta.env.VITE_MOCKS !== 'true') {
    // Offline support is a bonus: a browser that refuses service workers still gets the app.
    await registerServiceWorker().catch((error: unknown) =>
      console.warn('No offline support:', error),
    )
  }
}

void start()

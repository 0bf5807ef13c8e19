import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { datasetQuery } from '../api/queries'
import { activateLocale } from '../i18n/i18n'
import { initialLocale } from '../i18n/locale'
import { App } from './app'
import { createQueryClient } from './query-client'
import { createAppRouter } from './router'

/** How long the prerendered page waits for the app's data before the app takes over anyway. */
const PRERENDER_WAIT_MS = 3000

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
  await activateLocale(locale)
  const showingPrerender =
    root.dataset.prerendered !== undefined &&
    document.documentElement.dataset.clientRender === undefined
  if (showingPrerender) {
    // The build's prerendered overview is on screen. Give the data and route a moment, so the
    // app replaces that HTML in one commit instead of flashing a loading state; a slow or failing
    // API must not keep the page inert, so the wait is short and its outcome is not awaited.
    const ready = Promise.all([queryClient.prefetchQuery(datasetQuery()), router.load()])
    await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, PRERENDER_WAIT_MS))])
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

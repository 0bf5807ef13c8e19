import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'
import { isScenarioName, scenarios } from './scenarios'

/**
 * Starts msw in the browser (dev server and the e2e build only). `?mock=<scenario>` in the page
 * URL picks a fault scenario for the whole visit.
 */
export async function startMockApi(): Promise<void> {
  const worker = setupWorker(...handlers)
  const requested = new URLSearchParams(window.location.search).get('mock')
  if (isScenarioName(requested)) worker.use(...scenarios[requested]())
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true })
}

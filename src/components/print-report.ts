import { PREPARE_PRINT, PREPARED_FOR_PRINT } from './use-near-viewport'

/**
 * Prints the whole page (or saves it as PDF): mounts everything that waits for the viewport, waits
 * until no placeholder is left (or `timeoutMs`) and a moment for the charts to draw, then opens
 * the browser's print. Loaded only when someone asks to print.
 */
export async function printReport(timeoutMs = 10_000): Promise<void> {
  document.documentElement.setAttribute(PREPARED_FOR_PRINT, '')
  window.dispatchEvent(new Event(PREPARE_PRINT))
  const waiting = () => document.querySelector('.chart-placeholder, .skeleton, .panel-loading')
  const until = Date.now() + timeoutMs
  // Parts that subscribe later read PREPARED_FOR_PRINT themselves (use-near-viewport.ts).
  while (waiting() && Date.now() < until) await new Promise((r) => setTimeout(r, 100))
  await new Promise((r) => setTimeout(r, 400))
  window.print()
}

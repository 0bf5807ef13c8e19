import { type ReactNode, StrictMode, startTransition, useLayoutEffect } from 'react'
import { createRoot } from 'react-dom/client'
import { datasetKeyFromUrl } from '@/api/dataset-key'
import { datasetQuery } from '@/api/queries'
import { keepPrerenderedContent } from '@/components/prerendered-content'
import { activateLocale } from '@/i18n/i18n'
import { initialLocale } from '@/i18n/locale'
import { nextTask } from '@/lib/next-task'
import { App } from './app'
import { createQueryClient } from './query-client'
import { createAppRouter } from './router'

/** How long the prerendered page waits for the app's data before the app takes over anyway. */
const PRERENDER_WAIT_MS = 3000

/** Calls `onCommit` once the tree is on screen. */
function Committed({ onCommit, children }: { onCommit: () => void; children: ReactNode }) {
  useLayoutEffect(onCommit, [onCommit])
  return children
}

/**
 * Options the reader picks in the prerendered header before the app runs (theme, currency,
 * language), by control name: the browser keeps those choices, the app's render would not.
 * Returns a function that stops watching and hands over the choices.
 */
function watchPrerenderedChoices(root: HTMLElement): () => Map<string, string> {
  const choices = new Map<string, string>()
  const remember = (select: HTMLSelectElement) => {
    if (select.name) choices.set(select.name, select.value)
  }
  for (const select of root.querySelectorAll('select')) {
    if (!select.selectedOptions[0]?.defaultSelected) remember(select)
  }
  const onChange = (event: Event) => {
    if (event.target instanceof HTMLSelectElement) remember(event.target)
  }
  root.addEventListener('change', onChange)
  return () => {
    root.removeEventListener('change', onChange)
    return choices
  }
}

/** Makes each choice again through the app's own control, so it is applied and remembered. */
function replayChoices(root: HTMLElement, choices: Map<string, string>) {
  for (const [name, value] of choices) {
    const select = root.querySelector<HTMLSelectElement>(`select[name="${name}"]`)
    if (!select || select.value === value) continue
    select.value = value
    select.dispatchEvent(new Event('change', { bubbles: true }))
  }
}

async function start() {
  // Dev server and the browser-test build only; the production bundle has no msw at all.
  if (import.meta.env.VITE_MOCKS === 'true') {
    // biome-ignore lint/style/noRestrictedImports: the msw worker lives outside src/ and ships only in dev and test builds
    const { startMockApi } = await import('../../mocks/browser')
    await startMockApi()
  }
  // index.html always has #root; without it the next line throws anyway.
  const root = document.getElementById('root') as HTMLElement
  const locale = initialLocale()
  const queryClient = createQueryClient()
  await nextTask()
  const router = createAppRouter()
  await nextTask()
  const showingPrerender =
    root.dataset.prerendered !== undefined &&
    document.documentElement.dataset.clientRender === undefined
  const takeChoices = showingPrerender ? watchPrerenderedChoices(root) : () => new Map()
  // Every view shows the dataset: its request starts now, alongside the view's own code, rather
  // than once that code has run. (Failures show in the views; settling is all that matters here.)
  const openedKey = datasetKeyFromUrl(window.location.search)
  const dataset = datasetQuery(openedKey)
  const ready = Promise.allSettled([queryClient.prefetchQuery(dataset), router.load()])
  // Starting the request (and fetching the validator's chunks) and loading the catalog each take a
  // few ms on a fast machine: in one task, a phone's CPU made them a long one.
  await nextTask()
  await activateLocale(locale)
  if (showingPrerender) {
    // The build's prerendered view (the overview, the deck's title slide or the workspace's table)
    // is on screen. Give the data and route a moment, so the app replaces that HTML in one commit
    // instead of flashing a loading state; a slow or failing API must not keep the page inert, so
    // the wait is short.
    await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, PRERENDER_WAIT_MS))])
  }
  // The app renders as a transition: React works in slices between which the browser handles
  // input, and the prerendered HTML stays on screen until one commit replaces it.
  if (
    showingPrerender &&
    root.dataset.keepWhileLoading !== undefined &&
    queryClient.getQueryData(dataset.queryKey) === undefined
  ) {
    // The data is late: the view (the overview, the data page) keeps showing the prerendered
    // sections while it waits, where the page says it does (scripts/prerender.ts).
    const main = root.querySelector(`[lang="${locale}"] main`)
    if (main) keepPrerenderedContent(main.querySelectorAll(':scope > section'))
  }
  if (showingPrerender && root.dataset.prerendered === '/present') {
    // The deck is built over several tasks once the app runs (use-deck.ts): the title slide on
    // screen (of the page's copies per theme and turn) stays until then, and while data is late.
    const shown = [...root.querySelectorAll(`[lang="${locale}"] main`)].find((main) =>
      main.checkVisibility(),
    )
    if (shown) keepPrerenderedContent([shown])
  }
  // Over the prerendered page, the app renders into an empty box of its own first in #root: were
  // it rendered into #root itself, React's commit would remove every prerendered node in its one
  // task. Once the app is on screen a style hides that page (theme.css) and it is emptied later,
  // when the browser has already let go of its boxes.
  const container = showingPrerender ? document.createElement('div') : root
  if (showingPrerender) root.prepend(container)
  const reactRoot = createRoot(container)
  let choices = new Map<string, string>()
  await new Promise<void>((resolve) => {
    const onCommit = () => {
      choices = takeChoices()
      resolve()
    }
    startTransition(() =>
      reactRoot.render(
        <StrictMode>
          <Committed onCommit={onCommit}>
            <App queryClient={queryClient} router={router} />
          </Committed>
        </StrictMode>,
      ),
    )
  })
  delete root.dataset.prerendered
  delete document.documentElement.dataset.clientRender
  // Emptied once a frame has rendered it hidden: cheap then, it has no boxes left. Its two (empty,
  // hidden) language boxes stay, so the app's box keeps its place among #root's children and
  // nothing of the app is restyled: removing them cost a second full style pass. Each keeps its
  // chart drawings, which the charts take by the language they are in (chart-panels.tsx).
  if (showingPrerender)
    requestAnimationFrame(() =>
      setTimeout(() => {
        for (const page of root.querySelectorAll(':scope > [lang]'))
          page.replaceChildren(...page.querySelectorAll('[data-static-charts]'))
      }),
    )
  replayChoices(container, choices)
  const { startOffline } = await import('./offline')
  await startOffline(queryClient, openedKey)
}

void start()

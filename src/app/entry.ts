/**
 * The page's only script tag. The app itself loads after the browser has painted, so the
 * prerendered figures never wait on a script download; the framework and the app then start in
 * separate tasks, so the page keeps answering input while they do. (Nothing else is imported
 * here: a static import would make the HTML wait for the app's code.)
 */
import './styles.css'

/** Chromium's first formatter costs the page tens of ms; a worker pays it (intl-warmup.worker.ts). */
function warmIntl() {
  try {
    const worker = new Worker(new URL('./intl-warmup.worker.ts', import.meta.url), {
      type: 'module',
    })
    worker.onmessage = () => worker.terminate()
    worker.onerror = (event) => {
      // Nothing is lost: the page makes its formatters itself, as without the worker.
      event.preventDefault()
      worker.terminate()
    }
  } catch {
    // Workers unavailable: the same.
  }
}

async function start() {
  warmIntl()
  await import('react-dom/client')
  await new Promise((resolve) => setTimeout(resolve, 0))
  await import('./main')
}

// The second frame's callback runs once the first frame, with the prerendered page, is painted:
// no request for the app starts before the first paint.
requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start, 0)))

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import './styles.css'

async function start() {
  // Dev server and the browser-test build only; the production bundle has no msw at all.
  if (import.meta.env.VITE_MOCKS === 'true') {
    const { startMockApi } = await import('../../mocks/browser')
    await startMockApi()
  }
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void start()

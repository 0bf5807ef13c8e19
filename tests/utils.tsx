import { i18n } from '@lingui/core'
import { act, cleanup, render } from '@testing-library/react'
import { afterEach, beforeEach, onTestFinished } from 'vitest'
import { App } from '../src/app/app'
import { createQueryClient } from '../src/app/query-client'
import { createAppRouter } from '../src/app/router'
import { memoryHistory } from '../src/lib/router/router'
import { en, zh } from '../src/locales/all'

/** A fresh QueryClient per test: the app's retry policy, but no waiting between retries. */
export function createTestQueryClient() {
  return createQueryClient({ retryDelay: 0 })
}

/** The whole app at a URL, with a memory history and a fresh QueryClient. */
export function renderApp(url = '/') {
  const client = createTestQueryClient()
  const router = createAppRouter(memoryHistory(url))
  const result = render(<App queryClient={client} router={router} />)
  return { client, router, ...result }
}

/**
 * The tests of a describe block read the Chinese interface. Afterwards the app is unmounted before
 * English comes back: a page still showing ?lang=zh-CN would switch to Chinese again, late, in the
 * next test.
 */
export function inChinese() {
  beforeEach(() => i18n.loadAndActivate({ locale: 'zh-CN', messages: zh }))
  afterEach(() => {
    cleanup()
    act(() => i18n.loadAndActivate({ locale: 'en', messages: en }))
  })
}

/**
 * What the reader sees after each commit: `read` runs on every change of the page, outside act(),
 * so React's deferred render runs in a task of its own, as in a browser, and each commit is
 * observed on its own. For the tests that a control answers first and figures never mix.
 */
export function afterEachCommit<T>(read: () => T): T[] {
  const seen: T[] = []
  const observer = new MutationObserver(() => seen.push(read()))
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  })
  onTestFinished(() => observer.disconnect())
  const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
  const wasAct = env.IS_REACT_ACT_ENVIRONMENT
  env.IS_REACT_ACT_ENVIRONMENT = false
  onTestFinished(() => {
    env.IS_REACT_ACT_ENVIRONMENT = wasAct
  })
  return seen
}

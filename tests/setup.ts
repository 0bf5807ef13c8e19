import '@testing-library/jest-dom/vitest'
import { i18n } from '@lingui/core'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { server } from '../mocks/node'
import { en } from '../src/locales/all'

// Tests read the English interface, every part of the catalog loaded; catalogs compile at run time
// outside production builds. A copy, as loading a part later merges into the active messages.
i18n.loadAndActivate({ locale: 'en', messages: { ...en } })

// The first render of a view loads its lazy chunks; on a busy 2-core machine that can take more
// than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 })

// jsdom has no <dialog> methods: the drawers and dialogs open and close through these.
if (typeof HTMLDialogElement !== 'undefined') {
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.show ??= function show(this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open')
    this.dispatchEvent(new Event('close'))
  }
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  cleanup()
})
afterAll(() => server.close())

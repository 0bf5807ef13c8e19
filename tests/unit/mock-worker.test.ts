// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

describe('mocks/worker/mockServiceWorker.js', () => {
  // msw's postinstall (`msw.workerDirectory` in package.json) writes this file on every install;
  // committed byte for byte as the locked msw version writes it, `npm ci` leaves the tree clean.
  it('is exactly the worker the installed msw writes', () => {
    const committed = readFileSync(
      new URL('../../mocks/worker/mockServiceWorker.js', import.meta.url),
    )
    const installed = readFileSync(
      new URL('../../node_modules/msw/lib/mockServiceWorker.js', import.meta.url),
    )
    expect(committed.equals(installed)).toBe(true)
  })
})

import type { Location, Router } from '@/lib/router/router'
import { rejectedParams } from '@/lib/url-state'
import { devOnlyParams, searchShapes } from './search'

/**
 * The link parameters the last navigation ignored (unknown, or a value its schema rejects), noted
 * from the address as typed, before the router rewrites it without them, so the notice can name
 * them. Validation returns a rejected parameter as undefined (lib/url-state), so no view reads it.
 */
let ignored: readonly string[] = []
let notedPath = ''
const listeners = new Set<() => void>()

function note(location: Pick<Location, 'pathname' | 'search'>) {
  const shape = searchShapes[location.pathname]
  if (!shape) return
  const rejected = rejectedParams(shape, location.search, devOnlyParams)
  if (rejected.length === 0) return
  // The router's own rewrite of the same address (without the values it rejected) may still
  // carry the unknown names: they add to the notice rather than replace it.
  ignored = location.pathname === notedPath ? [...new Set([...ignored, ...rejected])] : rejected
  notedPath = location.pathname
  for (const listener of listeners) listener()
}

export function watchLinkParams(router: Router) {
  ignored = []
  notedPath = ''
  note(router.state.location)
  router.onBeforeNavigate(note)
}
export const ignoredParams = {
  get: () => ignored,
  dismiss: () => {
    ignored = []
    notedPath = ''
    for (const listener of listeners) listener()
  },
  subscribe: (listener: () => void) => {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  },
}

import { useLingui } from '@lingui/react'
import { useSyncExternalStore } from 'react'

type Apply = () => Promise<void>

let pending: Apply | undefined
const listeners = new Set<() => void>()

/** Called by the service worker registration when a new version has been downloaded. */
export function announceUpdate(apply: Apply) {
  pending = apply
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const noUpdate = () => undefined

/** Offers the new version without reloading under the reader's feet. */
export function UpdatePrompt() {
  const { _ } = useLingui()
  // The build's prerender has no update to offer (and React needs a server snapshot to render it).
  const apply = useSyncExternalStore(subscribe, () => pending, noUpdate)
  if (!apply) return null
  return (
    <div className="update-prompt" role="status">
      <p>{_('update.ready')}</p>
      <button type="button" className="button" onClick={() => void apply()}>
        {_('update.reload')}
      </button>
    </div>
  )
}

import { useSyncExternalStore } from 'react'
import { useLanguage } from '@/i18n/locale'
import { formatInteger } from '@/lib/format'
import type { PersistedList, SaveProblem } from '@/lib/persisted-store'
import { downloadText } from './download'

const problemText: Record<SaveProblem, string> = {
  unavailable: 'explore.storage.unavailable',
  newer: 'explore.storage.newer',
  invalid: 'explore.storage.invalid',
}
const setAsideText = {
  views: 'explore.storage.setAside.views',
  targets: 'explore.storage.setAside.targets',
} as const

/**
 * What happened to a stored list that the reader would otherwise not know: entries set aside on
 * load (kept, with a way to export them) and a change that could not be saved on this device.
 */
export function StorageNotice<T extends object>({
  store,
  list,
  fileName,
}: {
  store: PersistedList<T>
  /** Which list, in the reader's words. */
  list: 'views' | 'targets'
  fileName: string
}) {
  const [_, locale] = useLanguage()
  // Re-renders when the store changes (a save, another tab, a discard).
  useSyncExternalStore(store.subscribe, store.get, store.initial)
  const aside = store.setAside()
  const problem = store.saveProblem()
  if (aside.length === 0 && !problem) return null
  const exportAside = () =>
    downloadText(fileName, `${JSON.stringify(aside, null, 2)}\n`, 'application/json')
  return (
    <div className="notice storage-notice" role="status">
      {problem && <p>{_(problemText[problem])}</p>}
      {aside.length > 0 && (
        <>
          <p>
            {_(setAsideText[list], {
              count: aside.length,
              countText: formatInteger(aside.length, locale),
              reason: aside[0]?.reason ?? '',
            })}
          </p>
          <div className="toolbar">
            <button type="button" className="button secondary small" onClick={exportAside}>
              {_('explore.storage.export')}
            </button>
            <button type="button" className="link-button" onClick={() => store.discardSetAside()}>
              {_('explore.storage.discard')}
            </button>
          </div>
        </>
      )}
    </div>
  )
}

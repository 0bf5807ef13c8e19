/**
 * Named views of the analyst workspace, kept in versioned local storage. A view is stored as the
 * query string of its link, so it is just a link: opening it goes through the same validation as
 * any shared URL, and a parameter that a later version no longer accepts is dropped with a notice.
 */
import * as z from 'zod/mini'
import { createPersistedList, type SaveResult, usePersisted } from './persisted-store'

/** Longer than any link the workspace makes (every filter, a 200-character search in Chinese). */
export const MAX_VIEW_SEARCH = 8000

export const savedView = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  /** The view's query string, "" or starting with "?". */
  search: z.string().check(z.regex(/^(\?.*)?$/), z.maxLength(MAX_VIEW_SEARCH)),
  savedAt: z.string(),
})
export type SavedView = z.infer<typeof savedView>

export const SAVED_VIEWS_VERSION = 1
export const MAX_SAVED_VIEWS = 50

export const savedViewsStore = createPersistedList<SavedView>({
  key: 'cp-kpi:saved-views',
  item: savedView,
  version: SAVED_VIEWS_VERSION,
  max: MAX_SAVED_VIEWS,
})

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

export function useSavedViews() {
  const views = usePersisted(savedViewsStore)
  return {
    views,
    /** Adds a view; the oldest go when there are more than MAX_SAVED_VIEWS. */
    add: (name: string, search: string): SaveResult =>
      savedViewsStore.update((current) =>
        [
          ...current,
          { id: newId(), name: name.trim(), search, savedAt: new Date().toISOString() },
        ].slice(-MAX_SAVED_VIEWS),
      ),
    rename: (id: string, name: string) =>
      savedViewsStore.update((current) =>
        current.map((v) => (v.id === id ? { ...v, name: name.trim() } : v)),
      ),
    remove: (id: string) => savedViewsStore.update((current) => current.filter((v) => v.id !== id)),
    store: savedViewsStore,
  }
}

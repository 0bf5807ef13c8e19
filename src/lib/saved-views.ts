/**
 * Named views of the analyst workspace, kept in versioned local storage. A view is stored as the
 * query string of its link, so it is just a link: opening it goes through the same validation as
 * any shared URL, and a parameter that a later version no longer accepts is dropped with a notice.
 */
import * as z from 'zod/mini'
import { createPersistedStore, usePersisted } from './persisted-store'

export const savedView = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  /** The view's query string, "" or starting with "?". */
  search: z.string().check(z.regex(/^(\?.*)?$/), z.maxLength(2000)),
  savedAt: z.string(),
})
export type SavedView = z.infer<typeof savedView>

export const SAVED_VIEWS_VERSION = 1
export const MAX_SAVED_VIEWS = 50

export const savedViewsStore = createPersistedStore<SavedView[]>(
  'cp-kpi:saved-views',
  z.array(savedView).check(z.maxLength(MAX_SAVED_VIEWS)),
  SAVED_VIEWS_VERSION,
  [],
)

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

export function useSavedViews() {
  const views = usePersisted(savedViewsStore)
  const save = (next: SavedView[]) => savedViewsStore.set(next)
  return {
    views,
    /** Adds a view; the oldest go when there are more than MAX_SAVED_VIEWS. */
    add: (name: string, search: string): SavedView => {
      const view = { id: newId(), name: name.trim(), search, savedAt: new Date().toISOString() }
      save([...views, view].slice(-MAX_SAVED_VIEWS))
      return view
    },
    rename: (id: string, name: string) =>
      save(views.map((v) => (v.id === id ? { ...v, name: name.trim() } : v))),
    remove: (id: string) => save(views.filter((v) => v.id !== id)),
    problem: savedViewsStore.problem(),
  }
}

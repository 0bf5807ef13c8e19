import { useLingui } from '@lingui/react'
import { type FormEvent, useId, useState } from 'react'
import { useRouter } from '@/lib/router/react'
import { parseSearch, stringifySearch } from '@/lib/router/search-string'
import { type SavedView, useSavedViews } from '@/lib/saved-views'
import { StorageNotice } from './storage-notice'

function ViewItem({
  view,
  href,
  current,
  open,
  rename,
  remove,
}: {
  view: SavedView
  href: string
  current: boolean
  open: (href: string) => void
  rename: (name: string) => void
  remove: () => void
}) {
  const { _ } = useLingui()
  const [editing, setEditing] = useState(false)
  const [name, setName] = useState(view.name)
  const id = useId()
  if (editing) {
    const submit = (e: FormEvent) => {
      e.preventDefault()
      if (name.trim() === '') return
      rename(name)
      setEditing(false)
    }
    return (
      <li>
        <form className="inline-form" onSubmit={submit}>
          <label htmlFor={id} className="visually-hidden">
            {_('explore.views.newName', { name: view.name })}
          </label>
          <input
            id={id}
            value={name}
            maxLength={80}
            // biome-ignore lint/a11y/noAutofocus: renaming was just asked for.
            autoFocus
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setEditing(false)
            }}
          />
          <button type="submit" className="button small">
            {_('explore.views.save')}
          </button>
          <button
            type="button"
            className="button secondary small"
            onClick={() => setEditing(false)}
          >
            {_('explore.cancel')}
          </button>
        </form>
      </li>
    )
  }
  return (
    <li>
      <a
        href={href}
        aria-current={current ? 'page' : undefined}
        onClick={(e) => {
          if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
          e.preventDefault()
          open(href)
        }}
      >
        {view.name}
      </a>
      <span className="view-actions">
        <button
          type="button"
          className="link-button"
          aria-label={_('explore.views.renameName', { name: view.name })}
          onClick={() => {
            setName(view.name)
            setEditing(true)
          }}
        >
          {_('explore.views.rename')}
        </button>
        <button
          type="button"
          className="link-button"
          aria-label={_('explore.views.deleteName', { name: view.name })}
          onClick={remove}
        >
          {_('explore.views.delete')}
        </button>
      </span>
    </li>
  )
}

/**
 * Named filter sets (with their sort), kept on this device. Each is a plain link too: copy it,
 * open it in a new tab, or share it.
 */
export function SavedViews({
  viewParams,
  globalParams,
}: {
  /** The current filters and sort, as URL parameters. */
  viewParams: Record<string, unknown>
  /** Theme, currency and language, kept when a saved view is opened. */
  globalParams: Record<string, unknown>
}) {
  const { _ } = useLingui()
  const router = useRouter()
  const { views, add, rename, remove, store } = useSavedViews()
  const [name, setName] = useState('')
  // What was done, worded at render time so the announcement follows a change of language.
  const [done, setDone] = useState<{ action: 'saved' | 'deleted'; name: string }>()
  const id = useId()
  const currentSearch = stringifySearch(viewParams)
  const hrefOf = (view: SavedView) =>
    `/explore${stringifySearch({ ...globalParams, ...parseSearch(view.search) })}`

  const save = (e: FormEvent) => {
    e.preventDefault()
    const trimmed = name.trim()
    if (trimmed === '') return
    // A view that could not be saved keeps its name in the field; the notice says why.
    if (!add(trimmed, currentSearch).ok) return
    setName('')
    setDone({ action: 'saved', name: trimmed })
  }

  return (
    <section className="saved-views" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{_('explore.views.heading')}</h2>
      <StorageNotice store={store} list="views" fileName="saved-views-set-aside.json" />
      <form className="inline-form" onSubmit={save}>
        <label htmlFor={`${id}-name`}>{_('explore.views.nameLabel')}</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={80}
          placeholder={_('explore.views.placeholder')}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button small" disabled={name.trim() === ''}>
          {_('explore.views.saveView')}
        </button>
      </form>
      <p className="visually-hidden" role="status">
        {done?.action === 'saved' && _('explore.views.saved', { name: done.name })}
        {done?.action === 'deleted' && _('explore.views.deleted', { name: done.name })}
      </p>
      {views.length === 0 ? (
        <p className="muted small">{_('explore.views.none')}</p>
      ) : (
        <ul className="view-list">
          {views.map((view) => (
            <ViewItem
              key={view.id}
              view={view}
              href={hrefOf(view)}
              current={view.search === currentSearch}
              open={(href) => void router.navigateToHref(href)}
              rename={(next) => rename(view.id, next)}
              remove={() => {
                remove(view.id)
                setDone({ action: 'deleted', name: view.name })
              }}
            />
          ))}
        </ul>
      )}
    </section>
  )
}

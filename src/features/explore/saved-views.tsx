import { useRouter } from '@tanstack/react-router'
import { type FormEvent, useId, useState } from 'react'
import { type SavedView, useSavedViews } from '../../lib/saved-views'

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
            New name for “{view.name}”
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
            Save
          </button>
          <button
            type="button"
            className="button secondary small"
            onClick={() => setEditing(false)}
          >
            Cancel
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
          aria-label={`Rename view “${view.name}”`}
          onClick={() => {
            setName(view.name)
            setEditing(true)
          }}
        >
          Rename
        </button>
        <button
          type="button"
          className="link-button"
          aria-label={`Delete view “${view.name}”`}
          onClick={remove}
        >
          Delete
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
  const router = useRouter()
  const { views, add, rename, remove, problem } = useSavedViews()
  const [name, setName] = useState('')
  const [announcement, setAnnouncement] = useState('')
  const id = useId()
  const { stringifySearch, parseSearch } = router.options
  const currentSearch = stringifySearch(viewParams)
  const hrefOf = (view: SavedView) =>
    `/explore${stringifySearch({ ...globalParams, ...parseSearch(view.search) })}`

  const save = (e: FormEvent) => {
    e.preventDefault()
    const trimmed = name.trim()
    if (trimmed === '') return
    add(trimmed, currentSearch)
    setName('')
    setAnnouncement(`Saved view “${trimmed}”.`)
  }

  return (
    <section className="saved-views" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Saved views</h2>
      {problem && (
        <p className="notice" role="status">
          Saved views from an earlier visit could not be read ({problem}) and were set aside.
        </p>
      )}
      <form className="inline-form" onSubmit={save}>
        <label htmlFor={`${id}-name`}>Name this view</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={80}
          placeholder="e.g. Stated targets, finance"
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button small" disabled={name.trim() === ''}>
          Save view
        </button>
      </form>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {views.length === 0 ? (
        <p className="muted small">No saved views yet.</p>
      ) : (
        <ul className="view-list">
          {views.map((view) => (
            <ViewItem
              key={view.id}
              view={view}
              href={hrefOf(view)}
              current={view.search === currentSearch}
              open={(href) => router.history.push(href)}
              rename={(next) => rename(view.id, next)}
              remove={() => {
                remove(view.id)
                setAnnouncement(`Deleted view “${view.name}”.`)
              }}
            />
          ))}
        </ul>
      )}
    </section>
  )
}

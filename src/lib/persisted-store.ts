import { useSyncExternalStore } from 'react'
import * as z from 'zod/mini'
import { readEnvelope, writeStored } from './storage'

/** An entry that could not be used on load, kept as it was so nothing is lost in silence. */
export interface SetAsideEntry {
  /** When it was set aside (ISO). */
  at: string
  reason: string
  raw: unknown
}

export type SaveProblem =
  /** The browser refused the write (storage full, blocked, or unavailable). */
  | 'unavailable'
  /** An entry failed the schema the loader checks: it would not load next time. */
  | 'invalid'
  /** A newer version of the app wrote this list (another tab): writing would lose its data. */
  | 'newer'

export type SaveResult = { ok: true } | { ok: false; problem: SaveProblem }

export interface PersistedList<T extends object> {
  get: () => T[]
  /** What a prerendered page was rendered with: nothing stored. */
  initial: () => T[]
  /**
   * Applies `change` to the freshest stored list (another tab may have written since this one
   * read it), validates the result with the loader's schema and saves it. The list changes in this
   * tab even when storage refuses the write; the result says whether it reached storage.
   */
  update: (change: (current: T[]) => T[]) => SaveResult
  /**
   * Whether an entry passes the loader's schema; each entry is checked once, so entries checked
   * ahead of an update a slice at a time (100,000 imported ones held the page) are not again.
   */
  valid: (entry: T) => boolean
  subscribe: (listener: () => void) => () => void
  /** Entries set aside on load (kept under their own key, never overwritten). */
  setAside: () => readonly SetAsideEntry[]
  /**
   * Sets aside the stored entries `reasonOf` names a reason for, as on load: a check the schema
   * cannot make alone (one that needs the dataset).
   */
  setAsideWhere: (reasonOf: (entry: T) => string | undefined) => void
  /** Forgets the set-aside entries (after the reader exported or dismissed them). */
  discardSetAside: () => void
  /** Why the last save did not reach storage, until one does. */
  saveProblem: () => SaveProblem | undefined
}

const EMPTY: never[] = []

const setAsideSchema = z.array(z.object({ at: z.string(), reason: z.string(), raw: z.unknown() }))

/**
 * A list kept in local storage, shared by every component that reads it and by other tabs. Each
 * entry is validated on read and on write with the same schema: an entry that fails on read is
 * set aside on its own (the good ones stay), and kept under `<key>:set-aside` so it can be
 * exported. A list written by a newer version of the app is left alone.
 */
export function createPersistedList<T extends object>({
  key,
  item,
  version,
  max,
}: {
  key: string
  item: z.ZodMiniType<T>
  version: number
  /** At most this many entries: the newest are kept, older ones set aside. */
  max: number
}): PersistedList<T> {
  const asideKey = `${key}:set-aside`
  let value: T[] | undefined
  let aside: SetAsideEntry[] | undefined
  /** Set when writing would lose data: a newer version's list, or entries with nowhere to go. */
  let locked: SaveProblem | undefined
  let saveProblem: SaveProblem | undefined
  const listeners = new Set<() => void>()
  /** Entries known to pass the schema: each is checked once (entries are never changed in place). */
  const checked = new WeakSet<T>()
  const valid = (entry: T) => {
    if (!checked.has(entry) && z.safeParse(item, entry).success) checked.add(entry)
    return checked.has(entry)
  }
  const notify = () => {
    for (const listener of listeners) listener()
  }
  const readAside = (): SetAsideEntry[] => {
    const read = readEnvelope(asideKey)
    if (read.status !== 'ok') return []
    const parsed = z.safeParse(setAsideSchema, read.value)
    return parsed.success ? parsed.data : []
  }

  /**
   * Reads and validates the stored list; entries that fail (the schema, or `reasonOf` where it
   * names a reason) are moved to the set-aside key.
   */
  const load = (reasonOf?: (entry: T) => string | undefined): T[] => {
    if (typeof window === 'undefined') return []
    aside = readAside()
    locked = undefined
    const read = readEnvelope(key)
    if (read.status === 'missing') return []
    const at = new Date().toISOString()
    const found: SetAsideEntry[] = []
    let good: T[] = []
    if (read.status === 'invalid') {
      found.push({ at, reason: read.reason, raw: read.raw })
    } else if (read.version > version) {
      locked = 'newer'
      return []
    } else if (read.version < version || !Array.isArray(read.value)) {
      const reason =
        read.version < version ? `version ${read.version}, expected ${version}` : 'not a list'
      found.push({ at, reason, raw: read.value })
    } else {
      for (const entry of read.value) {
        const parsed = z.safeParse(item, entry)
        const reason = parsed.success
          ? reasonOf?.(parsed.data)
          : (parsed.error.issues[0]?.message ?? 'invalid')
        if (parsed.success && reason === undefined) good.push(parsed.data)
        else found.push({ at, reason: reason ?? 'invalid', raw: entry })
      }
      if (good.length > max) {
        for (const entry of good.slice(0, good.length - max)) {
          found.push({ at, reason: `more than ${max}`, raw: entry })
        }
        good = good.slice(-max)
      }
    }
    if (found.length > 0) {
      const known = new Set(aside.map((entry) => JSON.stringify(entry.raw)))
      const next = [...aside, ...found.filter((entry) => !known.has(JSON.stringify(entry.raw)))]
      // Only once the set-aside entries are safe is the list rewritten without them.
      if (writeStored(asideKey, next, 1)) {
        aside = next
        writeStored(key, good, version)
      } else {
        aside = found
        locked = 'unavailable' // nothing is written over entries that could not be kept elsewhere
      }
    }
    return good
  }

  const save = (next: T[]): SaveResult => {
    if (!next.every(valid) || next.length > max) {
      saveProblem = 'invalid'
      notify()
      return { ok: false, problem: 'invalid' }
    }
    value = next
    saveProblem = locked ?? (writeStored(key, next, version) ? undefined : 'unavailable')
    notify()
    return saveProblem ? { ok: false, problem: saveProblem } : { ok: true }
  }

  return {
    get: () => {
      if (value === undefined) value = load()
      return value
    },
    update: (change) => {
      // Another tab may have saved since: change what is stored, not this tab's older copy.
      const stored = load()
      const current = locked || saveProblem ? (value ?? stored) : stored
      return save(change(current))
    },
    valid,
    subscribe: (listener) => {
      listeners.add(listener)
      const onStorage = (event: StorageEvent) => {
        if (event.key !== key && event.key !== asideKey && event.key !== null) return
        value = load()
        notify()
      }
      window.addEventListener('storage', onStorage)
      return () => {
        listeners.delete(listener)
        window.removeEventListener('storage', onStorage)
      }
    },
    setAside: () => {
      if (aside === undefined) value ??= load()
      return aside ?? []
    },
    setAsideWhere: (reasonOf) => {
      // Most calls find nothing: check the list in memory before reading storage again.
      value ??= load()
      if (value.some((entry) => reasonOf(entry) !== undefined)) {
        value = load(reasonOf)
        notify()
      }
    },
    discardSetAside: () => {
      aside = []
      writeStored(asideKey, [], 1)
      notify()
    },
    saveProblem: () => saveProblem ?? locked,
    initial: () => EMPTY as T[],
  }
}

export function usePersisted<T extends object>(store: PersistedList<T>): T[] {
  return useSyncExternalStore(store.subscribe, store.get, store.initial)
}

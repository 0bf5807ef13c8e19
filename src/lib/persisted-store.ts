import { useSyncExternalStore } from 'react'
import type * as z from 'zod/mini'
import { readStored, writeStored } from './storage'

export interface PersistedStore<T> {
  get: () => T
  /** What a prerendered page was rendered with: nothing stored. */
  initial: () => T
  set: (next: T) => void
  subscribe: (listener: () => void) => () => void
  /** Why a stored value was set aside on load, if one was. */
  problem: () => string | undefined
}

/**
 * A value kept in local storage, shared by every component that reads it and by other tabs.
 * A corrupt or old-version value is set aside (and reported) rather than trusted.
 */
export function createPersistedStore<T>(
  key: string,
  schema: z.ZodMiniType<T>,
  version: number,
  fallback: T,
): PersistedStore<T> {
  let problem: string | undefined
  const load = (): T => {
    if (typeof window === 'undefined') return fallback
    const read = readStored(key, schema, version)
    if (read.status === 'invalid') problem = read.reason
    return read.status === 'ok' ? read.value : fallback
  }
  let value: T | undefined
  const listeners = new Set<() => void>()
  const notify = () => {
    for (const listener of listeners) listener()
  }
  return {
    get: () => {
      if (value === undefined) value = load()
      return value
    },
    set: (next) => {
      value = next
      problem = undefined
      writeStored(key, next, version)
      notify()
    },
    subscribe: (listener) => {
      listeners.add(listener)
      const onStorage = (event: StorageEvent) => {
        if (event.key !== key) return
        value = load()
        notify()
      }
      window.addEventListener('storage', onStorage)
      return () => {
        listeners.delete(listener)
        window.removeEventListener('storage', onStorage)
      }
    },
    problem: () => problem,
    initial: () => fallback,
  }
}

export function usePersisted<T>(store: PersistedStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.initial)
}

/**
 * Local storage treated as untrusted input: values live in a versioned envelope and are validated
 * on read, so a corrupt, foreign or old-version value is ignored instead of breaking the app.
 */
import * as z from 'zod/mini'

const envelope = z.object({ version: z.int(), value: z.unknown() })

export type StoredRead<T> =
  | { status: 'ok'; value: T }
  | { status: 'missing' }
  | { status: 'invalid'; reason: string }

export type StoredEnvelope =
  | { status: 'missing' }
  | { status: 'invalid'; reason: string; raw: string }
  | { status: 'ok'; version: number; value: unknown }

/** The stored envelope, unvalidated beyond its shape; storage that throws reads as missing. */
export function readEnvelope(key: string): StoredEnvelope {
  let raw: string | null
  try {
    raw = window.localStorage.getItem(key)
  } catch {
    return { status: 'missing' }
  }
  if (raw === null) return { status: 'missing' }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return { status: 'invalid', reason: 'not JSON', raw }
  }
  const wrapped = z.safeParse(envelope, json)
  if (!wrapped.success) return { status: 'invalid', reason: 'no version envelope', raw }
  return { status: 'ok', version: wrapped.data.version, value: wrapped.data.value }
}

export function readStored<T>(
  key: string,
  schema: z.ZodMiniType<T>,
  version: number,
): StoredRead<T> {
  const read = readEnvelope(key)
  if (read.status !== 'ok') return read
  if (read.version !== version) {
    return { status: 'invalid', reason: `version ${read.version}, expected ${version}` }
  }
  const parsed = z.safeParse(schema, read.value)
  return parsed.success
    ? { status: 'ok', value: parsed.data }
    : { status: 'invalid', reason: parsed.error.issues[0]?.message ?? 'invalid value' }
}

/** Returns false when storage is unavailable or full; callers keep working in memory. */
export function writeStored(key: string, value: unknown, version: number): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify({ version, value }))
    return true
  } catch {
    return false
  }
}

export function removeStored(key: string): void {
  try {
    window.localStorage.removeItem(key)
  } catch {
    // Storage unavailable: nothing to remove.
  }
}

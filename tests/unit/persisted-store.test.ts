import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as z from 'zod/mini'
import { createPersistedList } from '../../src/lib/persisted-store'

const entry = z.object({ id: z.string().check(z.minLength(1)), n: z.number() })
type Entry = z.infer<typeof entry>

let n = 0
/** A list under a fresh key; `again` opens a second store on the same key (another tab). */
function freshList(max = 5) {
  n += 1
  const key = `test:list:${n}`
  const open = () => createPersistedList<Entry>({ key, item: entry, version: 2, max })
  return { key, store: open(), again: open }
}
const stored = (key: string) => JSON.parse(window.localStorage.getItem(key) ?? 'null')
const put = (key: string, value: unknown, version = 2) =>
  window.localStorage.setItem(key, JSON.stringify({ version, value }))

afterEach(() => {
  window.localStorage.clear()
  vi.restoreAllMocks()
})

describe('a persisted list', () => {
  it('reads back what it wrote', () => {
    const { store, again } = freshList()
    expect(store.update(() => [{ id: 'a', n: 1 }])).toEqual({ ok: true })
    expect(again().get()).toEqual([{ id: 'a', n: 1 }])
  })

  it('keeps the good entries when one is bad, and keeps the bad one aside, exportable', () => {
    const { key, store, again } = freshList()
    put(key, [
      { id: 'a', n: 1 },
      { id: '', n: 'x' },
      { id: 'b', n: 2 },
    ])
    expect(store.get()).toEqual([
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ])
    expect(store.setAside().map((e) => e.raw)).toEqual([{ id: '', n: 'x' }])
    // Saved under its own key: a later visit still has it, and a save does not overwrite it.
    store.update((list) => [...list, { id: 'c', n: 3 }])
    const later = again()
    expect(later.get()).toHaveLength(3)
    expect(later.setAside().map((e) => e.raw)).toEqual([{ id: '', n: 'x' }])
    expect(stored(`${key}:set-aside`).value).toHaveLength(1)
  })

  it('sets aside entries a check beyond the schema names, kept and exportable like the rest', () => {
    const { key, store, again } = freshList()
    put(key, [
      { id: 'a', n: 0 },
      { id: 'b', n: 2 },
    ])
    const zero = (e: Entry) => (e.n === 0 ? 'a target of 0 cannot be judged' : undefined)
    store.setAsideWhere(zero)
    expect(store.get()).toEqual([{ id: 'b', n: 2 }])
    expect(store.setAside()).toMatchObject([
      { reason: 'a target of 0 cannot be judged', raw: { id: 'a', n: 0 } },
    ])
    expect(again().get()).toEqual([{ id: 'b', n: 2 }])
    expect(again().setAside()).toHaveLength(1)
    // Nothing more to set aside: storage is not rewritten.
    const write = vi.spyOn(Storage.prototype, 'setItem')
    store.setAsideWhere(zero)
    expect(write).not.toHaveBeenCalled()
  })

  it('sets aside corrupt JSON and an older version whole, and adds to what is already aside', () => {
    const { key, store, again } = freshList()
    window.localStorage.setItem(key, '{not json')
    expect(store.get()).toEqual([])
    expect(store.setAside()[0]).toMatchObject({ reason: 'not JSON', raw: '{not json' })
    put(key, [{ id: 'old' }], 1)
    const next = again()
    expect(next.get()).toEqual([])
    expect(next.setAside().map((e) => e.reason)).toEqual(['not JSON', 'version 1, expected 2'])
  })

  it('never overwrites a list a newer version wrote (another tab), and says so', () => {
    const { key, store } = freshList()
    put(key, [{ id: 'future', shape: true }], 3)
    expect(store.get()).toEqual([])
    expect(store.update((list) => [...list, { id: 'a', n: 1 }])).toEqual({
      ok: false,
      problem: 'newer',
    })
    expect(store.get()).toEqual([{ id: 'a', n: 1 }])
    expect(stored(key)).toEqual({ version: 3, value: [{ id: 'future', shape: true }] })
  })

  it('tells a write the browser refuses (quota, SecurityError) and keeps the change in the tab', () => {
    const { store } = freshList()
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(store.update(() => [{ id: 'a', n: 1 }])).toEqual({ ok: false, problem: 'unavailable' })
    expect(store.saveProblem()).toBe('unavailable')
    expect(store.get()).toEqual([{ id: 'a', n: 1 }])
    vi.restoreAllMocks()
    expect(store.update((list) => [...list, { id: 'b', n: 2 }])).toEqual({ ok: true })
    expect(store.get()).toHaveLength(2)
    expect(store.saveProblem()).toBeUndefined()
  })

  it('validates on write with the loader schema: what it saves loads next time', () => {
    const { store, again } = freshList(2)
    expect(store.update(() => [{ id: '', n: 1 }])).toEqual({ ok: false, problem: 'invalid' })
    expect(store.update(() => [1, 2, 3].map((i) => ({ id: `${i}`, n: i })))).toMatchObject({
      ok: false,
    })
    expect(again().get()).toEqual([])
  })

  it('checks each entry once: entries checked ahead (in slices) save without a second check, a bad one is still refused', () => {
    let checks = 0
    const counted = entry.check(
      z.refine(() => {
        checks += 1
        return true
      }),
    )
    const key = 'test:list:counted'
    const store = createPersistedList<Entry>({ key, item: counted, version: 2, max: 5 })
    const good = { id: 'a', n: 1 }
    const bad = { id: '', n: 2 }
    expect([store.valid(good), store.valid(bad)]).toEqual([true, false])
    checks = 0
    expect(store.update(() => [good])).toEqual({ ok: true })
    expect(checks).toBe(0)
    expect(store.update((list) => [...list, bad])).toEqual({ ok: false, problem: 'invalid' })
    expect(createPersistedList<Entry>({ key, item: counted, version: 2, max: 5 }).get()).toEqual([
      good,
    ])
  })

  it('changes the freshest stored list, so two tabs do not wipe each other', () => {
    const { store, again } = freshList()
    const other = again()
    store.get()
    other.get()
    other.update((list) => [...list, { id: 'from-other', n: 1 }])
    store.update((list) => [...list, { id: 'from-this', n: 2 }])
    expect(
      again()
        .get()
        .map((e) => e.id),
    ).toEqual(['from-other', 'from-this'])
  })

  it('keeps the newest `max` entries of a longer stored list and sets the rest aside', () => {
    const { key, store } = freshList(2)
    put(
      key,
      [1, 2, 3].map((i) => ({ id: `${i}`, n: i })),
    )
    expect(store.get().map((e) => e.id)).toEqual(['2', '3'])
    expect(store.setAside().map((e) => e.raw)).toEqual([{ id: '1', n: 1 }])
  })

  it('never throws and keeps every stored entry somewhere, whatever local storage holds', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.json().map((value) => JSON.stringify({ version: 2, value })),
          fc
            .array(fc.oneof(fc.record({ id: fc.string(), n: fc.integer() }), fc.jsonValue()))
            .map((value) => JSON.stringify({ version: 2, value })),
        ),
        (raw) => {
          const { key, store } = freshList(1000)
          window.localStorage.setItem(key, raw)
          const value = store.get()
          expect(z.safeParse(z.array(entry), value).success).toBe(true)
          const parsed = (() => {
            try {
              return JSON.parse(raw)
            } catch {
              return undefined
            }
          })()
          if (parsed?.version === 2 && Array.isArray(parsed.value)) {
            expect(value.length + store.setAside().length).toBe(parsed.value.length)
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})

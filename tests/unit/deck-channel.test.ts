import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type ChangeStamp, isLater } from '../../src/features/present/use-deck-channel'

const stamp = fc.record({ seq: fc.nat(20), origin: fc.constantFrom('a', 'b', 'c') })

describe('deck windows: the order of changes', () => {
  it('is a strict total order, so every window keeps the same latest change', () => {
    fc.assert(
      fc.property(stamp, stamp, (a: ChangeStamp, b: ChangeStamp) => {
        const same = a.seq === b.seq && a.origin === b.origin
        expect(isLater(a, b) !== isLater(b, a) || same).toBe(true)
        if (same) expect(isLater(a, b)).toBe(false)
      }),
    )
  })

  it('lets any arrival order of the same changes end on the same one', () => {
    fc.assert(
      fc.property(fc.array(stamp, { minLength: 1, maxLength: 8 }), (changes) => {
        const keep = (list: ChangeStamp[]) =>
          list.reduce((latest, next) => (isLater(next, latest) ? next : latest))
        expect(keep([...changes].reverse())).toEqual(keep(changes))
      }),
    )
  })
})

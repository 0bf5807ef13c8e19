import fc from 'fast-check'
import { lttb } from '../../scripts/downsample'

const series = (ys: number[]) => ys.map((y, x) => ({ x, y }))

describe('lttb', () => {
  it('returns short series unchanged', () => {
    const data = series([1, 5, 2])
    expect(lttb(data, 10)).toEqual(data)
  })

  it('keeps the first and last points and reduces to the threshold', () => {
    const data = series(Array.from({ length: 10_000 }, (_, i) => Math.sin(i / 50)))
    const out = lttb(data, 500)
    expect(out).toHaveLength(500)
    expect(out[0]).toBe(data[0])
    expect(out.at(-1)).toBe(data.at(-1))
  })

  it('keeps a lone spike a reader would notice', () => {
    const ys = Array.from({ length: 5_000 }, () => 1)
    ys[2_345] = 1_000
    const out = lttb(series(ys), 100)
    expect(out.some((p) => p.y === 1_000)).toBe(true)
  })

  it('only ever returns points of the input, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 3, maxLength: 400 }),
        fc.integer({ min: 3, max: 120 }),
        (ys, threshold) => {
          const data = series(ys)
          const out = lttb(data, threshold)
          expect(out.length).toBe(Math.min(threshold, data.length))
          const xs = out.map((p) => p.x)
          expect([...xs].sort((a, b) => a - b)).toEqual(xs)
          for (const p of out) expect(data[p.x]).toBe(p)
        },
      ),
    )
  })
})

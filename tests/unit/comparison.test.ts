import fc from 'fast-check'
import { dataset2017 } from '../../mocks/dataset'
import { syntheticDatasets } from '../../mocks/fixtures'
import { otherPeriods } from '../../src/domain/comparison'
import { sameDefinition } from '../../src/domain/definitions'
import type { Dataset } from '../../src/domain/schema'

function synthetic(key: string): Dataset {
  const dataset = syntheticDatasets.get(key)
  if (!dataset) throw new Error(`tests/fixtures/data/${key}/ is missing`)
  return dataset
}

describe('figures from other periods', () => {
  const current = synthetic('synthetic-demo')
  const previous = synthetic('synthetic-demo-previous')

  it('pairs a metric only with one of the same id, label and unit', () => {
    const others = otherPeriods(current, [{ key: 'synthetic-demo-previous', dataset: previous }])
    // fund-raised is USD there and CNY here; training-days counts planned days there, attended here.
    expect([...others.keys()]).toEqual(['synthetic.lockers'])
    const [lockers] = others.get('synthetic.lockers') ?? []
    expect(lockers?.key).toBe('synthetic-demo-previous')
    expect(lockers?.metric.value).toBe(800)
    expect(lockers?.dataset.edition.en).toBe('Synthetic demo 2098 (test data)')
  })

  it('implies nothing where no definition is shared, nor against itself', () => {
    expect(otherPeriods(current, [{ key: '2017', dataset: dataset2017 }]).size).toBe(0)
    expect(otherPeriods(current, [{ key: 'synthetic-demo', dataset: current }]).size).toBe(0)
    expect(otherPeriods(current, []).size).toBe(0)
  })

  it('every pair it makes has the same definition (property)', () => {
    const pool = [current, previous, dataset2017]
    fc.assert(
      fc.property(fc.constantFrom(...pool), fc.subarray(pool), (mine, rest) => {
        const others = otherPeriods(
          mine,
          rest.map((dataset) => ({ key: dataset.id, dataset })),
        )
        for (const [id, figures] of others) {
          const own = mine.metrics.find((m) => m.id === id)
          for (const { dataset, metric } of figures) {
            expect(dataset.id).not.toBe(mine.id)
            expect(own && sameDefinition(own, metric)).toBe(true)
          }
        }
      }),
    )
  })
})

import * as z from 'zod/mini'
import { dataset2017, datasets, indexOf } from '../../mocks/dataset'
import { syntheticDatasets } from '../../mocks/fixtures'
import { latestKey } from '../../src/domain/dataset-index'
import { datasetIndex } from '../../src/domain/schema'

describe('the dataset index', () => {
  it('lists every data folder once, newest first, with what a picker shows', () => {
    const index = indexOf(new Map([...datasets, ...syntheticDatasets]))
    expect(z.safeParse(datasetIndex, index).success).toBe(true)
    expect(index.datasets.map((d) => d.key)).toEqual([
      'synthetic-demo',
      'synthetic-demo-previous',
      '2017',
    ])
    expect(latestKey(index)).toBe('synthetic-demo')
    expect(index.datasets[2]).toEqual({
      key: '2017',
      id: dataset2017.id,
      organisation: dataset2017.organisation,
      title: dataset2017.title,
      edition: dataset2017.edition,
      period: { start: '2017' },
      asOf: '2018-01-23',
      version: dataset2017.version,
    })
  })

  it('ships only real releases: the synthetic dataset lives with the tests', () => {
    for (const key of syntheticDatasets.keys()) expect([...datasets.keys()]).not.toContain(key)
    for (const dataset of syntheticDatasets.values()) {
      expect(dataset.id).toMatch(/synthetic/)
      expect(dataset.title.en).toMatch(/synthetic/i)
      for (const m of dataset.metrics) expect(m.label.en).toMatch(/synthetic/i)
      for (const e of dataset.events) expect(e.title.en).toMatch(/synthetic/i)
    }
  })
})

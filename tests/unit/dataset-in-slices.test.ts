/**
 * A very large dataset is validated and run through the data-quality rules in slices
 * (src/domain/dataset-in-slices.ts); the result must be exactly what one go gives: the same
 * dataset, or the same issues in the same order, and the same findings.
 */
import fc from 'fast-check'
import { dataset2017 } from '../../mocks/dataset'
import { syntheticDataset } from '../../mocks/synthetic'
import { kpisInSlices, metricRowsInSlices } from '../../src/api/large-dataset'
import { buildKpis } from '../../src/domain/build-kpis'
import { parseDatasetInSlices, qualityFindingsInSlices } from '../../src/domain/dataset-in-slices'
import { buildMetricRows } from '../../src/domain/metric-rows'
import { parseDataset } from '../../src/domain/parse-dataset'
import { qualityFindings } from '../../src/domain/quality'
import { withoutReferences } from '../../src/domain/references'
import { applyTargetOverrides, type TargetOverride } from '../../src/domain/target-overrides'
import { analystBasis } from '../../src/i18n/analyst-basis'

/** Copies of the 2017 metrics (27 each), in slices of 40: the metrics and targets span several. */
const big = syntheticDataset(dataset2017, 8)
const slice = 40

function counting() {
  let pauses = 0
  return {
    pause: async () => {
      pauses += 1
    },
    count: () => pauses,
  }
}

const json = () => JSON.parse(JSON.stringify(big)) as Record<string, unknown>

describe('parseDatasetInSlices', () => {
  it('gives the dataset one go gives, pausing between slices', async () => {
    expect(big.metrics.length).toBeGreaterThan(3 * slice)
    const { pause, count } = counting()
    const sliced = await parseDatasetInSlices(json(), pause, slice)
    expect(sliced).toEqual(parseDataset(json()))
    expect(sliced.ok).toBe(true)
    expect(count()).toBeGreaterThan(big.metrics.length / slice)
  })

  it('checks an ordinary dataset a record at a time, as the page does', async () => {
    const { pause, count } = counting()
    expect(await parseDatasetInSlices(dataset2017, pause, 1)).toEqual(parseDataset(dataset2017))
    expect(count()).toBeGreaterThan(dataset2017.metrics.length)
  })

  it('keeps a non-object input to one go', async () => {
    for (const input of [null, 3, 'x', [], dataset2017]) {
      expect(await parseDatasetInSlices(input, async () => {})).toEqual(parseDataset(input))
    }
  })

  /** Breaks the copy in several places: schema problems anywhere, or integrity problems. */
  const breakage = fc.array(
    fc.oneof(
      fc.record({
        list: fc.constantFrom('metrics', 'targets', 'events', 'milestones'),
        at: fc.nat(),
        field: fc.constantFrom('value', 'id', 'unit', 'metric', 'label', 'event', 'nonsense'),
        to: fc.constantFrom<unknown>(
          '',
          -1,
          null,
          'x',
          { en: 5 },
          undefined,
          Number.POSITIVE_INFINITY,
        ),
      }),
      fc.record({
        top: fc.constantFrom('title', 'id', 'asOf', 'sources', 'metrics', 'people', 'extra'),
        to: fc.constantFrom<unknown>(5, '', null, [], 'not-a-date'),
      }),
      fc.record({ duplicate: fc.nat(), of: fc.nat() }),
    ),
    { minLength: 1, maxLength: 6 },
  )

  it('reports the same issues, in the same order, as one go (property)', async () => {
    await fc.assert(
      fc.asyncProperty(breakage, async (changes) => {
        const input = json()
        for (const change of changes) {
          if ('list' in change) {
            const list = input[change.list] as Record<string, unknown>[]
            const item = Array.isArray(list) ? list[change.at % list.length] : undefined
            if (typeof item === 'object' && item !== null) item[change.field] = change.to
          } else if ('top' in change) {
            input[change.top] = change.to
          } else {
            const { metrics } = input
            const a = Array.isArray(metrics)
              ? metrics[change.duplicate % metrics.length]
              : undefined
            const b = Array.isArray(metrics) ? metrics[change.of % metrics.length] : undefined
            if (a && b) a.id = b.id
          }
        }
        const oneGo = parseDataset(structuredClone(input))
        const sliced = await parseDatasetInSlices(input, async () => {}, slice)
        expect(sliced).toEqual(oneGo)
        // The page validates an ordinary dataset a record at a time (api/client.ts).
        expect(await parseDatasetInSlices(input, async () => {}, 1)).toEqual(oneGo)
      }),
      { numRuns: 60 },
    )
  })
})

describe('qualityFindingsInSlices', () => {
  it('finds what one go finds, in the same order', async () => {
    const { pause, count } = counting()
    expect(await qualityFindingsInSlices(big, pause, slice)).toEqual(qualityFindings(big))
    expect(count()).toBeGreaterThan(big.metrics.length / slice)
  })

  it('agrees on datasets whose figures break rules anywhere (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ at: fc.nat(), value: fc.double({ min: -10, max: 1e12, noNaN: true }) }),
          {
            maxLength: 8,
          },
        ),
        fc.array(fc.record({ at: fc.nat(), start: fc.constantFrom('2019-01-01', '2016-02-03') })),
        async (values, dates) => {
          const data = structuredClone(big)
          for (const { at, value } of values) {
            const metric = data.metrics[at % data.metrics.length]
            if (metric) metric.value = value
          }
          for (const { at, start } of dates) {
            const metric = data.metrics[at % data.metrics.length]
            if (metric) metric.period = { ...metric.period, start }
          }
          expect(await qualityFindingsInSlices(data, async () => {}, slice)).toEqual(
            qualityFindings(structuredClone(data)),
          )
        },
      ),
      { numRuns: 15 },
    )
  })
})

describe('metricRowsInSlices', () => {
  it('builds the rows one go builds, pausing between slices', async () => {
    const findings = qualityFindings(big)
    const { pause, count } = counting()
    expect(await metricRowsInSlices(big, findings, pause, slice)).toEqual(
      buildMetricRows(big, findings),
    )
    expect(count()).toBe(Math.ceil(big.metrics.length / slice))
  })
})

describe('kpisInSlices', () => {
  const findings = qualityFindings(big)
  const loaded = () => ({ dataset: big, findings, rows: buildMetricRows(big, findings) })

  it('gives what useKpis gives a small dataset in one go: what-if targets in force, references hidden or not (property)', async () => {
    const edit = fc.record({
      metric: fc.constantFrom(...big.metrics.map((m) => m.id), 'no.such.metric'),
      value: fc.integer({ min: 1, max: 1e9 }),
      setAt: fc.constantFrom('2026-03-01T10:00:00.000Z', ''),
      dataset: fc.constantFrom(big.id, 'another-dataset', undefined),
    })
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 300 }), fc.boolean(), async (edits, hide) => {
        const units = new Map(big.metrics.map((m) => [m.id, m.unit]))
        const overrides: TargetOverride[] = edits.map(({ dataset, ...e }) => ({
          ...e,
          unit: units.get(e.metric) ?? 'count',
          ...(dataset === undefined ? {} : { dataset }),
        }))
        const edited = applyTargetOverrides(big, overrides, analystBasis)
        const shown = hide ? withoutReferences(edited) : edited
        expect(await kpisInSlices(loaded(), overrides, hide)).toEqual(buildKpis(shown, findings))
      }),
      { numRuns: 25 },
    )
  })

  it('keeps the rows of the load when nothing changes them, and answers a second view at once', async () => {
    const from = loaded()
    const none: TargetOverride[] = []
    const kpis = await kpisInSlices(from, none, false)
    expect(kpis.rows).toBe(from.rows)
    expect(await kpisInSlices(from, none, false)).toBe(kpis)
  })
})

import { dataset2017 } from '../../mocks/dataset'
import { syntheticDatasets } from '../../mocks/fixtures'
import { conversionRate } from '../../src/domain/chart-data'
import { cnyPerUsd } from '../../src/domain/currency'
import { dashboardOf } from '../../src/domain/dashboard'
import { deriveKpis } from '../../src/domain/kpis'
import type { DataFamily } from '../../src/domain/schema'
import { applyTargetOverrides } from '../../src/domain/target-overrides'
import { dataFamilySpec } from '../../src/families/data-family'
import { analystBasis } from '../../src/i18n/analyst-basis'

const dataset = syntheticDatasets.get('synthetic-demo')
if (!dataset) throw new Error('tests/fixtures/data/synthetic-demo/ is missing')
const input = {
  kpis: deriveKpis(dataset),
  money: { currency: undefined, rate: cnyPerUsd(dataset) },
  rate: conversionRate(dataset),
}
const text = (en: string, zh: string) => ({ en, 'zh-CN': zh })

// What the insurance family of 2017 needs, on the synthetic dataset: no code of its own.
const family: DataFamily = {
  key: 'lockers',
  kind: 'bullet',
  title: text('Synthetic lockers', '合成快递柜'),
  metrics: [
    { id: 'synthetic.fund-raised', shown: 'table' },
    {
      id: 'synthetic.lockers',
      annotation: text('{value} against {target}', '{value}对比{target}'),
    },
    { id: 'synthetic.training-days', shown: 'words' },
  ],
  band: text('Up to the plan', '计划以内'),
  target: text('Plan ({kind:synthetic.lockers})', '计划（{kind:synthetic.lockers}）'),
  colour: 3,
}

describe('a data family’s own options', () => {
  const spec = dataFamilySpec(family, input)
  const [plot] = spec.panel.plots

  it('draws only the metrics not “shown” elsewhere, in the palette entry it names', () => {
    expect(spec.panel.plots).toHaveLength(1)
    expect(plot?.kind === 'bullet' && plot.rows.map((r) => r.key)).toEqual(['synthetic.lockers'])
    expect(plot?.kind === 'bullet' && plot.colour).toBe('var(--chart-3)')
    expect(spec.slides.map((s) => s.key)).toEqual(['lockers'])
    expect(spec.slides[0]?.plot.kind === 'bullet' && spec.slides[0].plot.colour).toBe(
      'var(--chart-3)',
    )
  })

  it('lists a “table” metric in the table, and a “words” metric nowhere but in the words', () => {
    expect(spec.panel.table.rows.map((r) => r.key)).toEqual([
      'synthetic.fund-raised',
      'synthetic.lockers',
    ])
    // The panel still shows while any of its metrics' events is in view.
    expect(spec.events).toEqual([2, 1, 3])
  })

  it('brackets the figure to its target with the note, and marks the target on the axis', () => {
    if (plot?.kind !== 'bullet') throw new Error('not a bullet plot')
    expect(plot.extraTicks).toEqual([1000])
    expect(plot.rows[0]?.annotation).toEqual({
      from: 1200,
      to: 1000,
      text: {
        text:
          family.metrics[1] &&
          typeof family.metrics[1] !== 'string' &&
          family.metrics[1].annotation,
        values: {
          value: { amount: { value: 1200, unit: 'count', qualifier: 'exact' }, as: 'phrase' },
          target: { amount: { value: 1000, unit: 'count', qualifier: 'exact' }, as: 'target' },
        },
        capitalise: true,
      },
    })
  })

  it('names the band and the target marks in its own words, on the panel and the slide', () => {
    for (const legend of [spec.panel.legend, spec.slides[0]?.legend ?? []]) {
      expect(legend.map((l) => [l.kind, 'label' in l && l.label])).toEqual([
        ['bar', { id: 'chart.data.value' }],
        ['band', { text: family.band, values: {}, capitalise: true }],
        [
          'target',
          {
            text: family.target,
            values: { 'kind:synthetic.lockers': { provenance: 'stated' } },
            capitalise: true,
          },
        ],
      ])
    }
    expect(spec.panel.legend[0]).toMatchObject({ colour: 'var(--chart-3)' })
  })
})

// 2017's awards (data/2017/dashboard.json): bars in two series, tiers as categories, totals.
describe('a data family in several series', () => {
  const awards = dashboardOf(dataset2017).families.find(
    (f): f is DataFamily => 'key' in f && f.key === 'awards',
  )
  if (!awards) throw new Error('data/2017/dashboard.json has no awards family')
  const input2017 = (kpis = deriveKpis(dataset2017)) => ({
    kpis,
    money: { currency: undefined, rate: cnyPerUsd(dataset2017) },
    rate: conversionRate(dataset2017),
  })
  const spec = dataFamilySpec(awards, input2017())

  it('groups the bars of both schemes by tier, in the order first listed', () => {
    const [plot] = spec.panel.plots
    if (plot?.kind !== 'target-bars') throw new Error('not a bar plot')
    expect(plot.series.map((s) => [s.key, s.colour])).toEqual([
      ['science-tech', 'var(--chart-1)'],
      ['management', 'var(--chart-2)'],
    ])
    expect(
      plot.categories.map((c) =>
        Object.entries(c.values).map(([series, v]) => [series, v.value, v.target, v.status]),
      ),
    ).toEqual([
      [
        ['science-tech', 9, 10, 'reference'],
        ['management', 10, 10, 'reference'],
      ],
      [
        ['science-tech', 20, 20, 'reference'],
        ['management', 20, 20, 'reference'],
      ],
      [
        ['science-tech', 30, 30, 'reference'],
        ['management', 30, 30, 'reference'],
      ],
      [['science-tech', 30, 30, 'reference']],
    ])
  })

  it('totals each scheme, gadgets included: 89 of a 90 reference, 60 of 60, no verdict', () => {
    expect(spec.panel.table.totals?.map((t) => [t.key, t.value, t.target, t.attainment])).toEqual([
      [
        'science-tech-total',
        { integer: 89 },
        { integer: 90 },
        { words: { id: 'kpi.ofReference', values: { percent: { percent: 89 / 90 } } } },
      ],
      [
        'management-total',
        { integer: 60 },
        { integer: 60 },
        { words: { id: 'kpi.ofReference', values: { percent: { percent: 1 } } } },
      ],
    ])
  })

  it('sums a series without the figures listed aside: {sum:science-tech} is 59', () => {
    expect(spec.panel.summary.values).toMatchObject({
      'sum:science-tech': { integer: 59 },
      'sum:management': { integer: 60 },
    })
    expect(spec.figures).toEqual([
      expect.objectContaining({ key: 'awards', aside: ['awards.science-tech.gadgets'] }),
    ])
  })

  it('leaves the target total open when a tier has no target', () => {
    const kpis = deriveKpis(dataset2017)
    const rows = kpis.rows.map((r) =>
      r.metric.id === 'awards.management.first'
        ? { ...r, target: undefined, status: 'no-target' as const, attainment: undefined }
        : r,
    )
    const totals = dataFamilySpec(awards, input2017({ ...kpis, rows })).panel.table.totals
    expect(totals?.[1]).toMatchObject({ value: { integer: 60 }, target: undefined })
  })
})

describe('2017’s families under what the reader chooses', () => {
  const family = (key: string) => {
    const found = dashboardOf(dataset2017).families.find(
      (f): f is DataFamily => f.kind !== 'timeline' && f.key === key,
    )
    if (!found) throw new Error(`data/2017/dashboard.json has no ${key} family`)
    return found
  }
  const input = (dataset = dataset2017) => ({
    kpis: deriveKpis(dataset),
    money: { currency: undefined, rate: cnyPerUsd(dataset) },
    rate: conversionRate(dataset),
  })
  const stakePlot = (spec: ReturnType<typeof dataFamilySpec>) =>
    spec.panel.plots.find(
      (p) => p.kind === 'bullet' && p.rows.some((r) => r.key === 'logistics.sposter-stake'),
    )

  it('marks an analyst’s what-if target on a percent axis, on the panel and the slide', () => {
    const carnival = family('carnival')
    // The stake's goal is stated in words only: no target, no extra tick.
    const plain = stakePlot(dataFamilySpec(carnival, input()))
    expect(plain?.kind === 'bullet' && plain.extraTicks).toEqual([])
    const whatIf = applyTargetOverrides(
      dataset2017,
      [
        {
          metric: 'logistics.sposter-stake',
          value: 51,
          unit: 'percent',
          setAt: '2026-03-01T10:00:00.000Z',
        },
      ],
      analystBasis,
    )
    const spec = dataFamilySpec(carnival, input(whatIf))
    const plot = stakePlot(spec)
    expect(plot?.kind === 'bullet' && plot.extraTicks).toEqual([51])
    const slide = spec.slides.find(
      (s) =>
        s.plot.kind === 'bullet' && s.plot.rows.some((r) => r.key === 'logistics.sposter-stake'),
    )
    expect(slide?.plot.kind === 'bullet' && slide.plot.extraTicks).toEqual([51])
  })

  it('keeps the awards chart off the slides, whatever else charts event 3', () => {
    const awards = dataFamilySpec(family('awards'), input())
    expect(awards.slides).toEqual([])
    // Its slide figure stays: the tiers summed.
    expect(awards.figures.map((f) => f.key)).toEqual(['awards'])
  })
})

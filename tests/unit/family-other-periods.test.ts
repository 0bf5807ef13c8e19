import { syntheticDatasets } from '../../mocks/fixtures'
import { conversionRate } from '../../src/domain/chart-data'
import { otherPeriods } from '../../src/domain/comparison'
import { cnyPerUsd, type MoneyView } from '../../src/domain/currency'
import { deriveKpis } from '../../src/domain/kpis'
import type { Dataset } from '../../src/domain/schema'
import { panelLayouts } from '../../src/families/layout'
import { withOtherPeriods } from '../../src/families/other-periods'
import { familySpec } from '../../src/families/registry'
import type { FamilySpec, PlotSpec } from '../../src/families/spec'

function synthetic(key: string): Dataset {
  const dataset = syntheticDatasets.get(key)
  if (!dataset) throw new Error(`tests/fixtures/data/${key}/ is missing`)
  return dataset
}

const current = synthetic('synthetic-demo')
const previous = synthetic('synthetic-demo-previous')
const others = otherPeriods(current, [{ key: 'synthetic-demo-previous', dataset: previous }])
const kpis = deriveKpis(current)
const money: MoneyView = { currency: undefined, rate: cnyPerUsd(current) }

function spec(key: string, input = { kpis, money, rate: conversionRate(current), others }) {
  const layout = panelLayouts(current).find((l) => l.key === key)
  if (!layout) throw new Error(`no family ${key}`)
  return familySpec(layout, input)
}

const bulletRows = (plot: PlotSpec | undefined) => (plot?.kind === 'bullet' ? plot.rows : [])

describe('other periods in a family spec', () => {
  it('marks a shared metric with the other figure, in the legend, the table and the slide', () => {
    const lockers = spec('event-1')
    const [counts, provinces] = lockers.panel.plots
    const [installed] = bulletRows(counts)
    expect(installed?.otherPeriods).toEqual([
      {
        key: 'synthetic-demo-previous',
        value: 800,
        colour: 'var(--chart-2)',
        text: {
          id: 'chart.otherPeriod.value',
          values: {
            period: { period: { start: '2098' } },
            value: { amount: { value: 800, unit: 'count', qualifier: 'exact' }, as: 'label' },
          },
        },
      },
    ])
    // The provinces are not in the other dataset: nothing on their plot.
    expect(bulletRows(provinces).every((r) => r.otherPeriods === undefined)).toBe(true)
    expect(lockers.panel.legend.at(-1)).toEqual({
      key: 'other-period-synthetic-demo-previous',
      kind: 'other-period',
      colour: 'var(--chart-2)',
      label: {
        id: 'chart.otherPeriod.legend',
        values: { period: { period: previous.period }, dataset: { text: previous.edition } },
      },
    })
    const rows = lockers.panel.table.rows
    expect(rows.find((r) => r.key === 'synthetic.lockers')?.otherPeriods).toHaveLength(1)
    expect(rows.find((r) => r.key === 'synthetic.locker-provinces')?.otherPeriods).toBeUndefined()
    const [slide] = lockers.slides
    expect(slide?.legend.some((l) => l.kind === 'other-period')).toBe(true)
  })

  it('changes nothing for a family none of whose metrics is shared', () => {
    const fund = spec('event-2')
    expect(fund).toEqual(
      spec('event-2', { kpis, money, rate: conversionRate(current), others: new Map() }),
    )
    expect(fund.panel.legend.some((l) => l.kind === 'other-period')).toBe(false)
  })

  it('converts money at the other dataset’s own rate', () => {
    const fund = current.metrics.find((m) => m.id === 'synthetic.fund-raised')
    if (!fund) throw new Error('no fund')
    // The same fund in a dataset whose own rate is 8 yuan per dollar.
    const dataset = {
      ...previous,
      reference: previous.reference.map((r) => ({ ...r, value: 8 })),
    }
    const shared = new Map([
      ['synthetic.fund-raised', [{ key: 'other', dataset, metric: { ...fund, value: 4e9 } }]],
    ])
    const converted = withOtherPeriods(
      spec('event-2', {
        kpis,
        money: { currency: 'USD', rate: cnyPerUsd(current) },
        rate: conversionRate(current),
        others: new Map(),
      }),
      shared,
      { currency: 'USD', rate: cnyPerUsd(current) },
    )
    const rows = converted.panel.plots.flatMap(bulletRows)
    expect(rows.find((r) => r.key === 'synthetic.fund-raised')?.otherPeriods?.[0]?.value).toBe(5e8)
  })

  it('leaves a plot of shares of a whole alone: it charts no metric’s own figure', () => {
    const base = spec('event-1', { kpis, money, rate: conversionRate(current), others: new Map() })
    const share: PlotSpec = {
      kind: 'share-of-whole',
      label: { id: 'x' },
      tick: 'share',
      series: [{ key: 'value', label: { id: 'x' }, colour: 'var(--chart-1)' }],
      categories: bulletRows(base.panel.plots[0]).map((r) => ({
        key: r.key,
        label: r.label,
        shortLabel: r.label,
        values: { value: { ...r, value: 0.5 } },
      })),
    }
    const withShare: FamilySpec = { ...base, panel: { ...base.panel, plots: [share] }, slides: [] }
    const result = withOtherPeriods(withShare, others, money)
    expect(result.panel.plots).toEqual([share])
    expect(result.panel.legend).toEqual(base.panel.legend)
    expect(result.panel.table.rows.every((r) => r.otherPeriods === undefined)).toBe(true)
  })
})

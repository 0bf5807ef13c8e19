import { describe, expect, it } from 'vitest'
import { dataset2017 } from '../../mocks/dataset'
import { textWidth, thinTicks, valueAxis } from '../../src/components/charts/value-axis'
import {
  ChartDataError,
  chartPoint,
  contextOf,
  conversionRate,
  measuredOn,
  metricRow,
} from '../../src/domain/chart-data'
import { cnyPerUsd } from '../../src/domain/currency'
import { daysBetween } from '../../src/domain/dates'
import { deriveKpis } from '../../src/domain/kpis'
import { milestoneTimeline } from '../../src/domain/milestone-timeline'

const kpis = deriveKpis(dataset2017)
const { rows } = kpis
const money = (currency: 'CNY' | 'USD' | undefined) => ({
  currency,
  rate: cnyPerUsd(dataset2017),
})

describe('metricRow', () => {
  it('finds a metric by id, or names the missing id', () => {
    expect(metricRow(rows, 'innovation.submissions').metric.value).toBe(90_000)
    expect(() => metricRow(rows, 'no.such-metric')).toThrow(
      'The dataset has no metric “no.such-metric”.',
    )
  })

  it('says what is missing in a typed error, so a panel can word it in the reader’s language', () => {
    let error: unknown
    try {
      metricRow(rows, 'no.such-metric')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ChartDataError)
    expect(error).toMatchObject({ reason: 'missing-metric', subject: 'no.such-metric' })
  })
})

describe('labels in the reader’s language', () => {
  it('takes metric, milestone and event text in the language asked for, English by default', () => {
    expect(chartPoint(metricRow(rows, 'carnival.members')).label).toBe(
      'Online members during the 919 Shopping Carnival',
    )
    expect(chartPoint(metricRow(rows, 'carnival.members'), undefined, 'zh-CN').label).toBe(
      '“919电商节”期间线上会员总数',
    )
    const timeline = milestoneTimeline(dataset2017, 'zh-CN')
    expect(timeline.lanes.find((l) => l.event === 6)?.title).toBe('首届“919电商节”成功举办')
    expect(timeline.points.find((p) => p.id === 'carnival.opens')?.label).toBe('“919电商节”开幕')
  })
})

describe('chartPoint', () => {
  it('carries the row’s status and target provenance; a reference gives no attainment', () => {
    const p = chartPoint(metricRow(rows, 'innovation.golden-ideas'))
    expect(p).toMatchObject({
      value: 87,
      target: 100,
      targetProvenance: 'illustrative',
      status: 'reference',
      stated: undefined,
    })
    expect(p.attainment).toBeUndefined()
  })

  it('converts money and its target, leaving status and attainment alone', () => {
    const row = metricRow(rows, 'insurance.new-premiums')
    const p = chartPoint(row, money('USD'))
    expect(p.unit).toBe('USD')
    expect(p.value).toBeCloseTo(10e9 / 6.7518)
    // A qualitative goal has no number to convert.
    expect(p.target).toBeUndefined()
    expect(p.stated).toEqual({ value: 10e9, unit: 'CNY' })
    expect(p.status).toBe(row.status)
    expect(p.attainment).toBe(row.attainment)
  })

  it('keeps the source’s own conversions as stated', () => {
    const p = chartPoint(metricRow(rows, 'insurance.goal-usd-as-stated'), money('CNY'))
    expect(p).toMatchObject({ value: 1_600_000, unit: 'USD', stated: undefined })
  })

  it('shows money as stated without a currency choice', () => {
    const p = chartPoint(metricRow(rows, 'psbc.preferred-shares'), money(undefined))
    expect(p).toMatchObject({ value: 7.25e9, unit: 'USD', stated: undefined })
  })
})

// The insurance family (data/2017/dashboard.json) charts these figures; the facts are the domain's.
describe('the insurance goal', () => {
  const at = (id: string, view?: Parameters<typeof chartPoint>[1]) =>
    chartPoint(metricRow(rows, id), view)
  const premiums = ['insurance.new-premiums', 'insurance.renewal-premiums']

  it('gives both premium lines the verdict of the sentence that reports the goal reached', () => {
    const points = premiums.map((id) => at(id))
    expect(points.map((p) => [p.value, p.qualifier, p.target, p.status])).toEqual([
      [10e9, 'more-than', undefined, 'met'],
      [10e9, 'more-than', undefined, 'met'],
    ])
    expect(points.every((p) => p.attainment === undefined)).toBe(true)
    expect(points.every((p) => p.targetProvenance === 'stated')).toBe(true)
  })

  it('reached the goal in 312 of 365 days, 53 days early', () => {
    const days = at('insurance.days-to-goal')
    const ahead = at('insurance.days-ahead')
    expect(days).toMatchObject({ value: 312, target: 365, status: 'met' })
    expect(ahead.value).toBe(53)
    expect(ahead.value).toBe((days.target ?? 0) - days.value)
    expect(measuredOn(days)).toBe('2017-11-08')
    expect(measuredOn(ahead)).toBe('2017-12-31')
    expect(daysBetween(measuredOn(days), measuredOn(ahead), false)).toBe(ahead.value)
  })

  it('converts the premiums, never the days', () => {
    expect(at(premiums[0] ?? '', money('USD')).value).toBeCloseTo(1.481e9, -7)
    expect(at('insurance.days-to-goal', money('USD')).value).toBe(312)
  })
})

describe('rollout coverage figures', () => {
  const pointOf = (id: string) => chartPoint(metricRow(rows, id))

  it('keeps the 31 provincial-level divisions as context: neither a target nor a denominator', () => {
    expect(contextOf(metricRow(rows, 'newspapers.provinces').metric, dataset2017)).toBe(31)
    const newspapers = pointOf('newspapers.provinces')
    expect(newspapers).toMatchObject({ value: 18, target: undefined })
    // The release says the 18 provinces more than fulfilled the ministries' target.
    expect(newspapers.status).toBe('met')
    expect(newspapers.targetProvenance).toBe('stated')
    expect(contextOf(metricRow(rows, 'inspection.units').metric, dataset2017)).toBeUndefined()
  })

  it('counts the units inspected against no whole, and the teams and groups as stated', () => {
    // "All postal branches" is a goal in words: 136 is a count, not 136 of 136.
    expect(pointOf('inspection.units')).toMatchObject({
      value: 136,
      target: undefined,
      status: 'met',
    })
    expect(pointOf('inspection.teams')).toMatchObject({
      value: 41,
      qualifier: 'about',
      status: 'no-target',
    })
    expect(pointOf('inspection.groups')).toMatchObject({ value: 9, status: 'no-target' })
  })
})

describe('the carnival and the stake', () => {
  it('draws members beside an illustrative reference and the stake with no control line', () => {
    const pointOf = (id: string) => chartPoint(metricRow(rows, id))
    const members = pointOf('carnival.members')
    expect(members).toMatchObject({ value: 300_000, target: 250_000, status: 'reference' })
    expect(members.targetProvenance).toBe('illustrative')
    expect(members.referenceShare).toBeCloseTo(1.2)
    expect(pointOf('carnival.duration')).toMatchObject({
      value: 19,
      unit: 'days',
      status: 'no-target',
    })
    const stake = pointOf('logistics.sposter-stake')
    expect(stake).toMatchObject({ value: 64, target: undefined, unit: 'percent', status: 'met' })
    expect(stake.targetKind).toBe('qualitative')
  })
})

describe('milestoneTimeline', () => {
  const timeline = milestoneTimeline(dataset2017)

  it('runs through the year most milestones fall in, from the earliest precise date', () => {
    expect(timeline.year).toBe(2017)
    expect(new Date(timeline.domain[0]).toISOString().slice(0, 10)).toBe('2016-12-01')
    expect(new Date(timeline.domain[1]).toISOString().slice(0, 10)).toBe('2018-01-01')
  })

  it('keeps every milestone, sorted, at the precision of its date', () => {
    expect(timeline.points).toHaveLength(dataset2017.milestones.length)
    const starts = timeline.points.map((p) => p.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    const precision = Object.fromEntries(timeline.points.map((p) => [p.id, p.precision]))
    expect(precision['carnival.opens']).toBe('day')
    expect(precision['inspection.tour-complete']).toBe('year')
  })

  it('marks milestones that start before the axis', () => {
    const before = timeline.points.filter((p) => p.before).map((p) => p.id)
    expect(before).toEqual(['psbc.hong-kong-listing'])
    const proposed = timeline.points.find((p) => p.id === 'insurance.goal-proposed')
    expect(proposed?.before).toBe(false)
  })

  it('groups milestones into one lane per event, in event order', () => {
    expect(timeline.lanes.map((l) => l.event)).toEqual([1, 2, 4, 5, 6, 7, 8, 9])
    const carnival = timeline.lanes.find((l) => l.event === 6)
    expect(carnival?.title).toBe("The first '919 Shopping Carnival'")
    expect(carnival?.points.map((p) => p.id)).toEqual(['carnival.opens', 'carnival.closes'])
  })

  it('makes a day-precision point cover its whole day', () => {
    const opens = timeline.points.find((p) => p.id === 'carnival.opens')
    expect(opens && opens.end - opens.start).toBe(86_400_000)
  })
})

describe('conversionRate', () => {
  it('reads the rate and what it is from the reference fact', () => {
    expect(conversionRate(dataset2017)).toEqual({
      rate: 6.7518,
      basis: { en: '2017 average', 'zh-CN': '2017年人民币兑美元平均汇率' },
    })
    expect(conversionRate({ reference: [] })).toBeUndefined()
  })
})

describe('valueAxis', () => {
  it('always reaches the largest target and starts at zero', () => {
    expect(valueAxis([87, 100])).toEqual({ domain: [0, 100], ticks: [0, 25, 50, 75, 100] })
    expect(valueAxis([9, 10, 30, 30]).domain).toEqual([0, 30])
    // The value falls far short of the target: the axis still shows the target.
    expect(valueAxis([1, 1000]).domain[1]).toBeGreaterThanOrEqual(1000)
    // The value far exceeds it: the axis shows the value.
    expect(valueAxis([5000, 10]).domain[1]).toBeGreaterThanOrEqual(5000)
  })

  it('leaves headroom past the largest mark when asked', () => {
    expect(valueAxis([312, 365], 'linear', { headroom: 0.08 }).domain).toEqual([0, 400])
    expect(valueAxis([10e9, 10e9], 'linear', { headroom: 0.08 }).domain[1]).toBeGreaterThan(10e9)
  })

  it('runs a log axis from 1 to the next power of ten', () => {
    expect(valueAxis([550_000, 500_000, 87, 100], 'log')).toEqual({
      domain: [1, 1_000_000],
      ticks: [1, 10, 100, 1000, 10_000, 100_000, 1_000_000],
    })
  })

  it('copes with nothing to show', () => {
    expect(valueAxis([])).toEqual({ domain: [0, 1], ticks: [0, 1] })
  })

  it('reserves a full em for each Chinese character, so Chinese labels are not clipped', () => {
    expect(textWidth('会员数', 13)).toBe(39)
    expect(textWidth('Members', 13)).toBe(Math.ceil(7 * 0.64 * 13))
    expect(textWidth('“919电商节”', 13)).toBeGreaterThan(textWidth('919', 13) + 3 * 13)
  })

  it('thins ticks for narrow charts, keeping the first', () => {
    expect(thinTicks([1, 10, 100, 1000, 10_000, 100_000, 1_000_000], 4)).toEqual([
      1, 100, 10_000, 1_000_000,
    ])
    expect(thinTicks([0, 1], 4)).toEqual([0, 1])
  })
})

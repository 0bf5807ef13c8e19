import fc from 'fast-check'
import { dataset2017 } from '../../mocks/dataset'
import type { Metric, Target } from '../../src/domain/schema'
import { qualifiers, targetKinds } from '../../src/domain/schema'
import { attainment, meetsTarget, statuses, targetStatus } from '../../src/domain/status'

function metric(overrides: Partial<Metric> = {}): Metric {
  return {
    id: 'test.metric',
    event: 1,
    category: 'finance',
    label: { en: 'Test metric', 'zh-CN': '测试指标' },
    value: 100,
    qualifier: 'exact',
    unit: 'count',
    period: { start: '2017' },
    higherIsBetter: true,
    provenance: { source: 'test', quote: 'A test sentence.' },
    ...overrides,
  }
}

function target(overrides: Partial<Target> = {}): Target {
  return {
    metric: 'test.metric',
    value: 100,
    unit: 'count',
    kind: 'reach',
    provenance: 'illustrative',
    basis: { en: 'For the test.', 'zh-CN': '测试用。' },
    ...overrides,
  }
}

const TEN_BILLION = 10_000_000_000

describe('targetStatus', () => {
  it('is no-target when the metric has no target, and attainment is then undefined', () => {
    expect(targetStatus(metric(), undefined)).toBe('no-target')
    expect(attainment(metric(), undefined)).toBeUndefined()
  })

  describe('reach', () => {
    it('is met at or above the target', () => {
      expect(targetStatus(metric({ value: 100 }), target({ value: 100 }))).toBe('met')
      expect(targetStatus(metric({ value: 150 }), target({ value: 100 }))).toBe('met')
    })

    it('is below under the target when nothing says it is still in progress', () => {
      expect(targetStatus(metric({ value: 99 }), target({ value: 100 }))).toBe('below')
    })

    it('is met at or under the target when lower is better', () => {
      const days = (value: number) => metric({ value, unit: 'days', higherIsBetter: false })
      const deadline = target({ value: 365, unit: 'days' })
      expect(targetStatus(days(312), deadline)).toBe('met')
      expect(targetStatus(days(365), deadline)).toBe('met')
      expect(targetStatus(days(400), deadline)).toBe('below')
    })
  })

  describe('stay-above', () => {
    const goal = target({ value: TEN_BILLION, unit: 'CNY', kind: 'stay-above' })
    const premiums = (value: number, qualifier: Metric['qualifier']) =>
      metric({ value, qualifier, unit: 'CNY' })

    it('is met strictly above the threshold', () => {
      expect(targetStatus(premiums(TEN_BILLION + 1, 'exact'), goal)).toBe('met')
      expect(targetStatus(premiums(9_000_000_000, 'exact'), goal)).toBe('below')
    })

    it('counts "more than 10 billion" as exceeding 10 billion, but exactly 10 billion as not', () => {
      expect(targetStatus(premiums(TEN_BILLION, 'more-than'), goal)).toBe('met')
      expect(targetStatus(premiums(TEN_BILLION, 'exact'), goal)).toBe('below')
      expect(targetStatus(premiums(TEN_BILLION, 'about'), goal)).toBe('below')
    })

    it('does not count "up to 10 billion" as exceeding 10 billion', () => {
      expect(targetStatus(premiums(TEN_BILLION, 'up-to'), goal)).toBe('below')
    })

    it('lets the value decide when it differs from the threshold, whatever the qualifier', () => {
      expect(targetStatus(premiums(TEN_BILLION + 1, 'up-to'), goal)).toBe('met')
      expect(targetStatus(premiums(TEN_BILLION - 1, 'more-than'), goal)).toBe('below')
    })
  })

  describe('stay-below', () => {
    const ceiling = target({ value: 3, unit: 'years', kind: 'stay-below' })
    const years = (value: number, qualifier: Metric['qualifier'] = 'exact') =>
      metric({ value, qualifier, unit: 'years', higherIsBetter: false })

    it('is met at or under the ceiling and below over it', () => {
      expect(targetStatus(years(2), ceiling)).toBe('met')
      expect(targetStatus(years(3), ceiling)).toBe('met')
      expect(targetStatus(years(4), ceiling)).toBe('below')
    })

    it('does not count "more than 3" as staying within 3, but does count "up to 3"', () => {
      expect(targetStatus(years(3, 'more-than'), ceiling)).toBe('below')
      expect(targetStatus(years(3, 'up-to'), ceiling)).toBe('met')
    })
  })

  describe('reach with "up to"', () => {
    it('does not count "up to 7.25 billion" as reaching 7.25 billion', () => {
      const shares = metric({ value: 7_250_000_000, qualifier: 'up-to', unit: 'USD' })
      expect(meetsTarget(shares, target({ value: 7_250_000_000, unit: 'USD' }))).toBe(false)
      expect(meetsTarget(shares, target({ value: 7_000_000_000, unit: 'USD' }))).toBe(true)
    })
  })

  describe('on track', () => {
    // A year-long goal of 100: half the year gone calls for half the target.
    const yearGoal = target({ value: 100, from: '2017-01-01', due: '2017-12-31' })
    const measured = (value: number, end: string) =>
      metric({ value, period: { start: '2017-01-01', end } })

    it('is on track when the value keeps pace with the elapsed share of the period', () => {
      expect(targetStatus(measured(30, '2017-03-31'), yearGoal)).toBe('on-track')
      expect(targetStatus(measured(60, '2017-06-30'), yearGoal)).toBe('on-track')
    })

    it('is below when the value lags the elapsed share of the period', () => {
      expect(targetStatus(measured(40, '2017-06-30'), yearGoal)).toBe('below')
      expect(targetStatus(measured(20, '2017-03-31'), yearGoal)).toBe('below')
    })

    it('judges the same value differently as the period runs on', () => {
      expect(targetStatus(measured(50, '2017-04-30'), yearGoal)).toBe('on-track')
      expect(targetStatus(measured(50, '2017-10-31'), yearGoal)).toBe('below')
    })

    it('measures the period from the metric start when the target gives none', () => {
      const goal = target({ value: 100, due: '2017-12-31' })
      const fromJuly = metric({ value: 40, period: { start: '2017-07-01', end: '2017-08-31' } })
      expect(targetStatus(fromJuly, goal)).toBe('on-track')
      expect(targetStatus(fromJuly, { ...goal, from: '2017-01-01' })).toBe('below')
    })

    it('is never on track once the target has fallen due, or without a due date', () => {
      expect(targetStatus(measured(99, '2017-12-31'), yearGoal)).toBe('below')
      expect(targetStatus(measured(99, '2017-12-31'), { ...yearGoal, due: '2017-06-30' })).toBe(
        'below',
      )
      expect(targetStatus(measured(60, '2017-06-30'), { ...yearGoal, due: undefined })).toBe(
        'below',
      )
    })

    it('is met, not on track, when the target is already reached early', () => {
      expect(targetStatus(measured(100, '2017-03-31'), yearGoal)).toBe('met')
    })
  })
})

describe('attainment', () => {
  it('is value over target when higher is better', () => {
    expect(attainment(metric({ value: 64 }), target({ value: 50 }))).toBeCloseTo(1.28)
    expect(attainment(metric({ value: 18 }), target({ value: 31 }))).toBeCloseTo(0.5806, 4)
  })

  it('is inverted when lower is better, so beating a ceiling reads above 100%', () => {
    const days = metric({ value: 312, higherIsBetter: false })
    expect(attainment(days, target({ value: 365 }))).toBeCloseTo(365 / 312)
    const slow = metric({ value: 400, higherIsBetter: false })
    expect(attainment(slow, target({ value: 365 }))).toBeLessThan(1)
  })

  it('is undefined when the ratio would divide by zero', () => {
    expect(attainment(metric({ value: 5 }), target({ value: 0 }))).toBeUndefined()
    expect(attainment(metric({ value: 0, higherIsBetter: false }), target())).toBeUndefined()
  })
})

describe('status of the shipped 2017 metrics', () => {
  const targets = new Map(dataset2017.targets.map((t) => [t.metric, t]))
  const statusOf = (id: string) => {
    const m = dataset2017.metrics.find((x) => x.id === id)
    if (!m) throw new Error(`no metric ${id}`)
    return targetStatus(m, targets.get(id))
  }

  it.each([
    // 18 of 31 provinces by the end of September trails a pro-rata pace (about 23 of 31).
    ['newspapers.provinces', 'below'],
    ['logistics.sposter-stake', 'met'],
    ['insurance.new-premiums', 'met'],
    ['insurance.renewal-premiums', 'met'],
    ['insurance.days-to-goal', 'met'],
    ['innovation.submissions', 'below'],
    ['innovation.platform-participants', 'met'],
    ['inspection.units', 'met'],
    ['inspection.teams', 'no-target'],
  ])('%s is %s', (id, status) => {
    expect(statusOf(id)).toBe(status)
  })

  it('puts the sposter.net stake at 128% of a controlling 50%', () => {
    const stake = dataset2017.metrics.find((m) => m.id === 'logistics.sposter-stake')
    expect(stake && attainment(stake, targets.get(stake.id))).toBeCloseTo(1.28)
  })
})

describe('for any non-negative values', () => {
  const isoDay = fc
    .date({ min: new Date('2015-01-01'), max: new Date('2018-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10))
  const amount = fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true })

  it('gives one of the four statuses and an attainment that is never NaN', () => {
    fc.assert(
      fc.property(
        amount,
        amount,
        fc.constantFrom(...qualifiers),
        fc.constantFrom(...targetKinds),
        fc.boolean(),
        isoDay,
        fc.option(isoDay, { nil: undefined }),
        fc.option(isoDay, { nil: undefined }),
        fc.option(isoDay, { nil: undefined }),
        (value, goal, qualifier, kind, higherIsBetter, start, end, from, due) => {
          const m = metric({ value, qualifier, higherIsBetter, period: { start, end } })
          const t = target({ value: goal, kind, from, due })
          expect(statuses).toContain(targetStatus(m, t))
          expect(attainment(m, t)).not.toBeNaN()
          // A met target stays met whatever the dates say.
          if (meetsTarget(m, t)) expect(targetStatus(m, t)).toBe('met')
        },
      ),
    )
  })
})

import fc from 'fast-check'
import { dataset2017 } from '../../mocks/dataset'
import type { Metric, Target } from '../../src/domain/schema'
import { qualifiers, targetKinds } from '../../src/domain/schema'
import {
  attainment,
  deadlineMargin,
  meetsTarget,
  referenceShare,
  statuses,
  targetStatus,
  verdictCounts,
} from '../../src/domain/status'
import { statusCounts } from '../../src/domain/status-counts'

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
    provenance: 'stated',
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

describe('verdicts follow provenance', () => {
  it('gives an illustrative target no verdict: a reference, with a share but no attainment', () => {
    const t = target({ provenance: 'illustrative', value: 50 })
    expect(targetStatus(metric({ value: 100 }), t)).toBe('reference')
    expect(targetStatus(metric({ value: 10 }), t)).toBe('reference')
    expect(attainment(metric({ value: 100 }), t)).toBeUndefined()
    expect(referenceShare(metric({ value: 100 }), t)).toBe(2)
  })

  it('takes a qualitative goal’s verdict from its sentence, with no ratio of any kind', () => {
    const outcome = {
      status: 'met' as const,
      quote: 'It was done.',
      text: { en: 'Done, per the release', 'zh-CN': '已完成' },
    }
    const t = target({ kind: 'qualitative', value: undefined, outcome })
    expect(targetStatus(metric(), t)).toBe('met')
    expect(attainment(metric(), t)).toBeUndefined()
    expect(referenceShare(metric(), t)).toBeUndefined()
    expect(targetStatus(metric(), { ...t, outcome: { ...outcome, status: 'below' } })).toBe('below')
  })

  it('reads a deadline as days early or late, never as a share', () => {
    const t = target({ kind: 'deadline', unit: 'days', value: 365 })
    const early = metric({ unit: 'days', value: 312, higherIsBetter: false })
    expect(targetStatus(early, t)).toBe('met')
    expect(deadlineMargin(early, t)).toBe(53)
    expect(attainment(early, t)).toBeUndefined()
    const late = metric({ unit: 'days', value: 370, higherIsBetter: false })
    expect(targetStatus(late, t)).toBe('below')
    expect(deadlineMargin(late, t)).toBe(-5)
  })

  it('counts verdicts only: references and figures without a target are never met or below', () => {
    expect(
      verdictCounts([
        { status: 'met' },
        { status: 'below' },
        { status: 'on-track' },
        { status: 'reference' },
        { status: 'reference' },
        { status: 'no-target' },
      ]),
    ).toEqual({
      goals: 3,
      met: 1,
      onTrack: 1,
      below: 1,
      references: 2,
      noTarget: 1,
    })
  })
})

describe('a target that cannot be judged', () => {
  it('is a target of 0 that every figure reaches: at least 0, more than 0', () => {
    for (const t of [target({ value: 0 }), target({ value: 0, kind: 'stay-above' })]) {
      for (const value of [0, 5, 1e12]) {
        const m = metric({ value })
        expect(targetStatus(m, t)).toBe('unjudgeable')
        expect(meetsTarget(m, t)).toBe(false)
        expect(attainment(m, t)).toBeUndefined()
      }
    }
    // More than 0 with lower-is-better reads the same: every figure would "meet" it.
    const lower = metric({ value: 3, higherIsBetter: false })
    expect(targetStatus(lower, target({ value: 0, kind: 'stay-above' }))).toBe('unjudgeable')
  })

  it('whatever its provenance (stated, derived or analyst); an illustrative 0 stays a reference', () => {
    for (const provenance of ['stated', 'derived', 'analyst'] as const) {
      expect(targetStatus(metric(), target({ value: 0, provenance }))).toBe('unjudgeable')
    }
    expect(targetStatus(metric(), target({ value: 0, provenance: 'illustrative' }))).toBe(
      'reference',
    )
  })

  it('is not a 0 that can judge: at most 0, or at least 0 where lower is better', () => {
    const lower = (value: number) => metric({ value, higherIsBetter: false })
    expect(targetStatus(lower(0), target({ value: 0, kind: 'stay-below' }))).toBe('met')
    expect(targetStatus(lower(2), target({ value: 0, kind: 'stay-below' }))).toBe('below')
    expect(targetStatus(lower(2), target({ value: 0 }))).toBe('below')
  })

  it('is counted neither met nor below, nor as a goal, and listed only when present', () => {
    const counts = verdictCounts([{ status: 'met' }, { status: 'unjudgeable' }])
    expect(counts).toEqual({ goals: 1, met: 1, onTrack: 0, below: 0, references: 0, noTarget: 0 })
    expect(statusCounts([{ status: 'met' }]).map((c) => c.status)).not.toContain('unjudgeable')
    expect(statusCounts([{ status: 'unjudgeable' }])).toContainEqual({
      status: 'unjudgeable',
      count: 1,
    })
  })
})

/**
 * Every target of the shipped dataset: its provenance and kind, the verdict it gives, and the
 * sentence of the release it rests on. Illustrative ones are references and judge nothing.
 */
describe('every target of the shipped 2017 dataset', () => {
  const targets = new Map(dataset2017.targets.map((t) => [t.metric, t]))
  const metrics = new Map(dataset2017.metrics.map((m) => [m.id, m]))
  const GOAL =
    'China Post group proposed on December 14, 2016 that both \u00a0new and renewal premiums of China Post Insurance should exceed 10 billion yuan (US$1.6 million) in 2017.'
  const REACHED =
    'China Post Insurance brought about its goal ahead of schedule on November 8, hitting a historical high.'
  const TOUR =
    'the Party group of China Post Group realizes the goal of three-year inspection tour covering all postal branches nationwide.'
  const table: [string, string, string, string, string | undefined][] = [
    ['innovation.platform-participants', 'illustrative', 'reach', 'reference', undefined],
    ['innovation.submissions', 'illustrative', 'reach', 'reference', undefined],
    ['innovation.golden-ideas', 'illustrative', 'reach', 'reference', undefined],
    ['awards.science-tech.first', 'illustrative', 'reach', 'reference', undefined],
    ['awards.science-tech.second', 'illustrative', 'reach', 'reference', undefined],
    ['awards.science-tech.third', 'illustrative', 'reach', 'reference', undefined],
    ['awards.science-tech.gadgets', 'illustrative', 'reach', 'reference', undefined],
    ['awards.management.first', 'illustrative', 'reach', 'reference', undefined],
    ['awards.management.second', 'illustrative', 'reach', 'reference', undefined],
    ['awards.management.third', 'illustrative', 'reach', 'reference', undefined],
    ['carnival.members', 'illustrative', 'reach', 'reference', undefined],
    ['insurance.new-premiums', 'stated', 'qualitative', 'met', REACHED],
    ['insurance.renewal-premiums', 'stated', 'qualitative', 'met', REACHED],
    ['insurance.days-to-goal', 'derived', 'deadline', 'met', GOAL],
    ['inspection.years', 'stated', 'stay-below', 'met', TOUR],
    [
      'inspection.units',
      'stated',
      'qualitative',
      'met',
      'The Party group of China Post Group made inspection tours over three years covering the headquarters of its subsidiaries and postal enterprise subordinate units in all provinces, autonomous regions and municipalities.',
    ],
    [
      'newspapers.provinces',
      'stated',
      'qualitative',
      'met',
      'Cities above the county level in 18 provinces realized the goal by the end of September, 2017, more than fulfilling the target the Ministry of Transport and the State Post Bureau proposed.',
    ],
    [
      'logistics.sposter-stake',
      'stated',
      'qualitative',
      'met',
      "China Post has controling interest in sposter.net, realizing the strategic layout of intelligent logistics terminal and enhancing the core competitiveness of China Post's delivery sector.",
    ],
  ]

  it('lists every target once', () => {
    expect(table.map(([id]) => id).sort()).toEqual([...targets.keys()].sort())
  })

  it.each(table)('%s: %s %s target, %s', (id, provenance, kind, status, sentence) => {
    const t = targets.get(id)
    const m = metrics.get(id)
    if (!t || !m) throw new Error(`no target or metric ${id}`)
    expect(t.provenance).toBe(provenance)
    expect(t.kind).toBe(kind)
    expect(targetStatus(m, t)).toBe(status)
    // The verdict rests on the outcome's sentence (qualitative) or the goal's sentence.
    expect(t.outcome?.quote ?? t.quote).toBe(sentence)
    if (kind === 'qualitative') {
      expect(t.value).toBeUndefined()
      expect(attainment(m, t)).toBeUndefined()
    }
  })

  it('gives the stake, the newspapers and the units no number to divide by', () => {
    for (const id of ['logistics.sposter-stake', 'newspapers.provinces', 'inspection.units']) {
      expect(targets.get(id)?.value).toBeUndefined()
    }
    expect(dataset2017.reference.map((r) => r.id)).not.toContain('control-threshold')
  })

  it('drops the circular PSBC target: the headline’s ceiling is not a goal', () => {
    expect(targets.has('psbc.preferred-shares')).toBe(false)
  })

  it('reads the premiums deadline as 53 days early', () => {
    const m = metrics.get('insurance.days-to-goal')
    expect(m && deadlineMargin(m, targets.get(m.id))).toBe(53)
  })
})

describe('for any non-negative values', () => {
  const isoDay = fc
    .date({ min: new Date('2015-01-01'), max: new Date('2018-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10))
  const amount = fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true })

  it('gives one of the statuses and an attainment that is never NaN', () => {
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
          // An illustrative reference never gives a verdict, whatever the values.
          expect(targetStatus(m, { ...t, provenance: 'illustrative' })).toBe('reference')
          // A met target stays met whatever the dates say.
          if (meetsTarget(m, t)) expect(targetStatus(m, t)).toBe('met')
          // A target of 0 that every figure reaches is never met.
          const zero = { ...t, value: 0 }
          if (kind === 'stay-above' || (kind === 'reach' && higherIsBetter)) {
            expect(targetStatus(m, zero)).toBe('unjudgeable')
          }
        },
      ),
    )
  })
})

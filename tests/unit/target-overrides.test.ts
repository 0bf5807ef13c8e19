import { i18n } from '@lingui/core'
import fc from 'fast-check'
import { dataset2017 } from '../../mocks/dataset'
import { deriveKpis } from '../../src/domain/kpis'
import type { Metric } from '../../src/domain/schema'
import {
  type ImportResult,
  parseOverridesFile,
  parseTargetInput,
  type TargetInput,
} from '../../src/domain/target-input'
import {
  applyTargetOverrides,
  TARGET_OVERRIDES_VERSION,
  type TargetOverride,
} from '../../src/domain/target-overrides'
import { targetMessageText } from '../../src/features/explore/target-message'
import { en, zh } from '../../src/locales/all'

function metric(id: string): Metric {
  const found = dataset2017.metrics.find((m) => m.id === id)
  if (!found) throw new Error(`no metric ${id}`)
  return found
}

const premiums = metric('insurance.new-premiums') // CNY, stated target
const stake = metric('logistics.sposter-stake') // percent, derived target
const members = metric('carnival.members') // people, illustrative target
const prizes = metric('awards.science-tech.first') // count
const provinces = metric('newspapers.provinces') // provinces, derived target
const days = metric('insurance.days-ahead') // days, no target

/** A refusal as the reader sees it, in the active language (English in tests). */
function refusal(result: TargetInput | ImportResult): string | undefined {
  return result.ok ? undefined : targetMessageText(result.message, 'en')
}

const override = (m: Metric, value: number, extra: Partial<TargetOverride> = {}) => ({
  metric: m.id,
  value,
  unit: m.unit,
  setAt: '2026-03-01T10:00:00.000Z',
  ...extra,
})

describe('parseTargetInput', () => {
  const ok = (text: string, m: Metric) => parseTargetInput(text, m)
  it.each([
    ['500000', members, 500_000],
    ['500,000', members, 500_000],
    ['  1 000 000 ', members, 1_000_000],
    ['1.5 million', members, 1_500_000],
    ['90k', members, 90_000],
    ['10 bn', premiums, 10_000_000_000],
    ['10 billion', premiums, 10_000_000_000],
    ['CNY 12bn', premiums, 12_000_000_000],
    ['¥100亿', premiums, 10_000_000_000],
    ['100亿', premiums, 10_000_000_000],
    ['5000万', premiums, 50_000_000],
    ['64%', stake, 64],
    ['50.5', stake, 50.5],
    ['100%', stake, 100],
    ['0', prizes, 0],
    ['31', provinces, 31],
  ])('reads “%s”', (text, m, value) => {
    expect(ok(text, m)).toEqual({ ok: true, value })
  })

  it.each([
    ['', members, 'Enter a target value.'],
    ['   ', members, 'Enter a target value.'],
    ['-5', members, 'A target cannot be negative.'],
    ['-1 bn', premiums, 'A target cannot be negative.'],
    ['120%', stake, 'A target in percent cannot be more than 100.'],
    ['100.5', stake, 'A target in percent cannot be more than 100.'],
    ['64%', members, 'A percentage only fits a percent metric.'],
    ['2.5', prizes, 'A target in count must be a whole number.'],
    ['1.2345k', members, 'A target in people must be a whole number.'],
    ['32', provinces, 'A target in provinces cannot be more than 31.'],
    ['10.5', days, 'A target in days must be a whole number.'],
    ['10 zillion', members, 'Unknown scale “zillion”.'],
    ['lots', members, '“lots” is not a number.'],
    ['1e6', members, '“1e6” is not a number.'],
    ['1..2', members, '“1..2” is not a number.'],
    ['=1+1', members, '“=1+1” is not a number.'],
  ])('rejects “%s” with a reason', (text, m, message) => {
    expect(refusal(ok(text, m))).toBe(message)
  })

  it('reads Chinese punctuation and currency signs, as a Chinese keyboard types them', () => {
    expect(ok('500，000', members)).toEqual({ ok: true, value: 500_000 })
    expect(ok('￥100亿', premiums)).toEqual({ ok: true, value: 10_000_000_000 })
  })

  it('gives its reasons as catalog ids with values, worded in the reader’s language', () => {
    expect(ok('120%', stake)).toEqual({
      ok: false,
      message: { id: 'targetInput.aboveMax', values: { unit: { id: 'unit.percent' }, max: 100 } },
    })
    i18n.loadAndActivate({ locale: 'zh-CN', messages: zh })
    try {
      expect(refusal(ok('120%', stake))).toBe('该指标（单位：百分比）的目标不能超过100。')
      expect(refusal(ok('lots', members))).toBe('“lots”不是数字。')
      expect(refusal(parseOverridesFile('{"kind": ', dataset2017))).toBe('该文件不是有效的JSON。')
    } finally {
      i18n.loadAndActivate({ locale: 'en', messages: en })
    }
  })

  it('never throws and only accepts finite, non-negative numbers', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom(premiums, stake, members, prizes, provinces),
        (t, m) => {
          const result = parseTargetInput(t, m)
          if (result.ok) {
            expect(Number.isFinite(result.value)).toBe(true)
            expect(result.value).toBeGreaterThanOrEqual(0)
          } else {
            expect(refusal(result)).not.toBe('')
          }
        },
      ),
    )
  })
})

describe('applyTargetOverrides', () => {
  it('replaces a target with an analyst one, keeping its dates; a qualitative goal becomes a threshold', () => {
    const data = applyTargetOverrides(dataset2017, [override(premiums, 20_000_000_000)])
    const target = data.targets.find((t) => t.metric === premiums.id)
    const original = dataset2017.targets.find((t) => t.metric === premiums.id)
    expect(target).toMatchObject({
      value: 20_000_000_000,
      unit: 'CNY',
      provenance: 'analyst',
      kind: 'reach',
      due: original?.due,
    })
    expect(original?.kind).toBe('qualitative')
    expect(target?.outcome).toBeUndefined()
    expect(target?.basis.en).toContain('Replaces the stated target')
    expect(data.targets).toHaveLength(dataset2017.targets.length)
    // The dataset it came from is untouched.
    expect(dataset2017.targets.find((t) => t.metric === premiums.id)?.provenance).toBe('stated')
  })

  it('adds a target where the dataset has none', () => {
    const data = applyTargetOverrides(dataset2017, [override(days, 30)])
    const target = data.targets.find((t) => t.metric === days.id)
    expect(target).toMatchObject({ value: 30, provenance: 'analyst' })
    expect(target?.basis.en).toContain('no target')
    expect(data.targets).toHaveLength(dataset2017.targets.length + 1)
  })

  it('ignores an unknown metric and a unit that does not match', () => {
    const data = applyTargetOverrides(dataset2017, [
      override(premiums, 1, { metric: 'no.such-metric' }),
      override(premiums, 1, { unit: 'USD' }),
    ])
    expect(data.targets).toEqual(dataset2017.targets)
  })

  it('returns the dataset itself when there is nothing to apply', () => {
    expect(applyTargetOverrides(dataset2017, [])).toBe(dataset2017)
  })

  it('recomputes status and attainment', () => {
    const before = deriveKpis(dataset2017).rows.find((r) => r.metric.id === stake.id)
    expect(before?.status).toBe('met')
    const after = deriveKpis(applyTargetOverrides(dataset2017, [override(stake, 80)])).rows.find(
      (r) => r.metric.id === stake.id,
    )
    expect(after?.status).toBe('below')
    expect(after?.attainment).toBeCloseTo(64 / 80)
    expect(after?.target?.provenance).toBe('analyst')

    const met = deriveKpis(applyTargetOverrides(dataset2017, [override(provinces, 18)])).rows.find(
      (r) => r.metric.id === provinces.id,
    )
    expect(met?.status).toBe('met')
  })

  it('uses the last override for a metric', () => {
    const data = applyTargetOverrides(dataset2017, [override(members, 1), override(members, 2)])
    expect(data.targets.find((t) => t.metric === members.id)?.value).toBe(2)
  })
})

describe('parseOverridesFile', () => {
  const file = (overrides: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      kind: 'cp-kpi-target-overrides',
      version: TARGET_OVERRIDES_VERSION,
      dataset: dataset2017.id,
      overrides,
      ...extra,
    })

  it('reads a file the app exported, keeping the edits for the dataset it names', () => {
    const overrides = [override(stake, 80), override(premiums, 12_000_000_000)]
    expect(parseOverridesFile(file(overrides), dataset2017)).toEqual({
      ok: true,
      overrides: overrides.map((o) => ({ ...o, dataset: dataset2017.id })),
    })
  })

  it('refuses a file made for another dataset', () => {
    const result = parseOverridesFile(
      file([override(stake, 80)], { dataset: 'synthetic-demo' }),
      dataset2017,
    )
    expect(result).toEqual({
      ok: false,
      message: {
        id: 'targetInput.file.otherDataset',
        values: { file: 'synthetic-demo', current: dataset2017.id },
      },
    })
  })

  it('applies edits only to the dataset they were set on; older edits without one to any', () => {
    const elsewhere = { ...override(stake, 80), dataset: 'synthetic-demo' }
    const legacy = override(stake, 70)
    const target = (all: TargetOverride[]) =>
      applyTargetOverrides(dataset2017, all).targets.find((t) => t.metric === stake.id)
    expect(target([elsewhere])?.provenance).not.toBe('analyst')
    expect(target([legacy])?.value).toBe(70)
    expect(target([{ ...legacy, dataset: dataset2017.id }])?.value).toBe(70)
  })

  it('rejects text that is not JSON', () => {
    expect(refusal(parseOverridesFile('{"kind": ', dataset2017))).toBe(
      'The file is not valid JSON.',
    )
  })

  it('rejects another kind of file or another version', () => {
    const kind = parseOverridesFile(file([], { kind: 'something-else' }), dataset2017)
    expect(refusal(kind)).toContain('at kind')
    const version = parseOverridesFile(file([], { version: 2 }), dataset2017)
    expect(refusal(version)).toContain('at version')
    const shape = parseOverridesFile(file([{ metric: stake.id }]), dataset2017)
    expect(refusal(shape)).toContain('overrides.0')
  })

  it('names the entry with an unknown metric, a wrong unit or an impossible value', () => {
    expect(
      refusal(
        parseOverridesFile(
          file([override(stake, 80), override(stake, 1, { metric: 'nope' })]),
          dataset2017,
        ),
      ),
    ).toBe('Entry 2: unknown metric “nope”.')
    expect(
      refusal(parseOverridesFile(file([override(stake, 80, { unit: 'count' })]), dataset2017)),
    ).toBe('Entry 1 (logistics.sposter-stake): unit count should be percent.')
    expect(refusal(parseOverridesFile(file([override(stake, 120)]), dataset2017))).toBe(
      'Entry 1 (logistics.sposter-stake): A target in percent cannot be more than 100.',
    )
  })
})

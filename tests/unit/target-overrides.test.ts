import { i18n } from '@lingui/core'
import fc from 'fast-check'
import { dataset2017 } from '../../mocks/dataset'
import { deriveKpis } from '../../src/domain/kpis'
import type { Metric } from '../../src/domain/schema'
import { storedOverrideProblem } from '../../src/domain/stored-overrides'
import { checkTargetsFile } from '../../src/domain/target-file'
import type { TargetMessage } from '../../src/domain/target-input'
import { parseTargetInput, type TargetInput } from '../../src/domain/target-input'
import {
  applyTargetOverrides as applyWith,
  type TargetOverride,
} from '../../src/domain/target-overrides'
import { targetInputText } from '../../src/features/explore/target-editor'
import { targetMessageText } from '../../src/features/explore/target-message'
import { analystBasis } from '../../src/i18n/analyst-basis'
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

const applyTargetOverrides = (data: typeof dataset2017, all: TargetOverride[]) =>
  applyWith(data, all, analystBasis)

/** A refusal as the reader sees it, in the active language (English in tests). */
function refusal(result: TargetInput | { ok: false; message: TargetMessage }): string | undefined {
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

  it('gives its reasons as catalog ids with values, worded in the reader’s language', async () => {
    expect(ok('120%', stake)).toEqual({
      ok: false,
      message: { id: 'targetInput.aboveMax', values: { unit: { id: 'unit.percent' }, max: 100 } },
    })
    i18n.loadAndActivate({ locale: 'zh-CN', messages: zh })
    try {
      expect(refusal(ok('120%', stake))).toBe('该指标（单位：百分比）的目标不能超过100。')
      expect(refusal(ok('lots', members))).toBe('“lots”不是数字。')
      const file = await checkTargetsFile('{"kind": ', dataset2017)
      expect(file.ok || 'problems' in file ? undefined : refusal(file)).toBe(
        '该文件不是有效的JSON。',
      )
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

describe('parseTargetInput: separators, Chinese input methods and targets that judge nothing', () => {
  const fullWidth = (text: string) =>
    text.replace(/[0-9.,%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))

  it.each([
    [
      '12,34',
      '“12,34” is ambiguous: a comma here separates thousands. Write 1234 for the whole number or 12.34 for a decimal.',
    ],
    [
      '1,5',
      '“1,5” is ambiguous: a comma here separates thousands. Write 15 for the whole number or 1.5 for a decimal.',
    ],
    [
      '1.234,5',
      '“1.234,5” cannot be read: use a point for decimals, and commas only between groups of three digits (1,234,567.5).',
    ],
    [
      '1,2345',
      '“1,2345” is ambiguous: a comma here separates thousands. Write 12345 for the whole number or 1.2345 for a decimal.',
    ],
    [
      '12,34,567',
      '“12,34,567” cannot be read: use a point for decimals, and commas only between groups of three digits (1,234,567.5).',
    ],
  ])('refuses the ambiguous “%s” with a hint', (text, message) => {
    expect(refusal(parseTargetInput(text, members))).toBe(message)
  })

  it.each([
    ['１２３', members, 123],
    ['５０万', members, 500_000],
    ['１，２３４，５６７', members, 1_234_567],
    ['６４％', stake, 64],
    ['１．５亿', premiums, 150_000_000],
    ['1.5亿', premiums, 150_000_000],
    ['3000万', premiums, 30_000_000],
    ['1.15亿元', premiums, 115_000_000],
    ['0.07亿', members, 7_000_000],
    ['2万亿', premiums, 2_000_000_000_000],
    ['5千', members, 5000],
    ['人民币100亿', premiums, 10_000_000_000],
    ['1,234,567.5', premiums, 1_234_567.5],
  ])('reads “%s”', (text, m, value) => {
    expect(parseTargetInput(text, m)).toEqual({ ok: true, value })
  })

  it('explains a 0 that every figure would reach instead of letting it read “Met”', () => {
    expect(refusal(parseTargetInput('0', members, 'reach'))).toBe(
      'A target of 0 cannot be judged: every figure reaches it. Enter a number above 0.',
    )
    expect(refusal(parseTargetInput('０', members, 'stay-above'))).toContain('cannot be judged')
    // "At most 0" still judges (a figure above 0 misses it).
    expect(parseTargetInput('0', members, 'stay-below')).toEqual({ ok: true, value: 0 })
  })

  it('reads full-width input exactly as its ASCII twin', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9.,]{1,12}%?$/), (t) => {
        const ascii = parseTargetInput(t, stake)
        const wide = parseTargetInput(fullWidth(t), stake)
        expect(wide.ok).toBe(ascii.ok)
        if (ascii.ok && wide.ok) expect(wide.value).toBe(ascii.value)
        if (!ascii.ok && !wide.ok) expect(wide.message.id).toBe(ascii.message.id)
      }),
    )
  })

  it('reads 万 and 亿 exactly, without binary rounding', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(['万', 4] as const, ['亿', 8] as const, ['万亿', 12] as const),
        (whole, cents, [scale, exponent]) => {
          const digits = `${whole}.${String(cents).padStart(2, '0')}`
          expect(parseTargetInput(`${digits}${scale}`, premiums)).toEqual({
            ok: true,
            value: Number(`${digits}e${exponent}`),
          })
        },
      ),
    )
  })

  it('reads back every grouped number and refuses commas that do not group thousands', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseTargetInput(n.toLocaleString('en-US'), premiums)).toEqual({
          ok: true,
          value: n,
        })
      }),
    )
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.stringMatching(/^[0-9]{1,6}$/).filter((b) => b.length !== 3),
        (a, b) => {
          const result = parseTargetInput(`${a},${b}`, premiums)
          expect(result.ok ? undefined : result.message.id).toBe('targetInput.ambiguousComma')
        },
      ),
    )
  })

  it('reads back the text the editor opens with, in both languages', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e15 }),
        fc.constantFrom('en' as const, 'zh-CN' as const),
        fc.constantFrom(premiums, members),
        (value, locale, m) => {
          expect(parseTargetInput(targetInputText(value, m, locale), m)).toEqual({
            ok: true,
            value,
          })
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
    // The date and the replaced value read as everywhere else on the page, in both languages.
    const submissions = metric('innovation.submissions')
    const basis = applyTargetOverrides(dataset2017, [override(submissions, 200_000)]).targets.find(
      (t) => t.metric === submissions.id,
    )?.basis
    expect(basis?.en).toBe(
      'Set by an analyst on Mar 1, 2026. Replaces the illustrative target of 100,000.',
    )
    expect(basis?.['zh-CN']).toBe('分析人员于2026年3月1日设定。替换原“10万”的目标。')
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

  it('reads an old stored 0 that every figure reaches as "cannot be judged", never met', () => {
    const row = deriveKpis(applyTargetOverrides(dataset2017, [override(stake, 0)])).rows.find(
      (r) => r.metric.id === stake.id,
    )
    expect(row?.status).toBe('unjudgeable')
    expect(row?.attainment).toBeUndefined()
    expect(deriveKpis(applyTargetOverrides(dataset2017, [override(stake, 0)])).rows).not.toEqual(
      expect.arrayContaining([expect.objectContaining({ status: 'met', metric: stake })]),
    )
  })

  it('names a stored 0 that judges nothing so the store sets it aside; other edits stay', () => {
    expect(storedOverrideProblem(dataset2017, override(stake, 0))).toBe(
      'a target of 0 cannot be judged',
    )
    expect(storedOverrideProblem(dataset2017, override(stake, 50))).toBeUndefined()
    // Another dataset's edit and an unknown metric are left to their own checks.
    expect(
      storedOverrideProblem(dataset2017, { ...override(stake, 0), dataset: 'synthetic-demo' }),
    ).toBeUndefined()
    expect(
      storedOverrideProblem(dataset2017, override(stake, 0, { metric: 'no.such' })),
    ).toBeUndefined()
  })

  it('uses the last override for a metric', () => {
    const data = applyTargetOverrides(dataset2017, [override(members, 1), override(members, 2)])
    expect(data.targets.find((t) => t.metric === members.id)?.value).toBe(2)
  })
})

describe('what-if targets per dataset', () => {
  it('applies edits only to the dataset they were set on; older edits without one to any', () => {
    const elsewhere = { ...override(stake, 80), dataset: 'synthetic-demo' }
    const legacy = override(stake, 70)
    const target = (all: TargetOverride[]) =>
      applyTargetOverrides(dataset2017, all).targets.find((t) => t.metric === stake.id)
    expect(target([elsewhere])?.provenance).not.toBe('analyst')
    expect(target([legacy])?.value).toBe(70)
    expect(target([{ ...legacy, dataset: dataset2017.id }])?.value).toBe(70)
  })
})

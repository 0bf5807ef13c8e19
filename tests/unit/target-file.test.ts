import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { i18n } from '@lingui/core'
import Ajv from 'ajv/dist/2020'
import fc from 'fast-check'
import * as z from 'zod/mini'
import { dataset2017 } from '../../mocks/dataset'
import type { Metric } from '../../src/domain/schema'
import {
  checkTargetsFile,
  type FileCheck,
  targetOverridesFile,
  targetsFileIndex,
  targetsFileText,
} from '../../src/domain/target-file'
import { importedTargets, planImport } from '../../src/domain/target-import-plan'
import { checkTargetValue } from '../../src/domain/target-input'
import { overrideKind, type TargetOverride } from '../../src/domain/target-overrides'
import { units } from '../../src/domain/vocabulary'
import { targetMessageText } from '../../src/features/explore/target-message'
import { en, zh } from '../../src/locales/all'

const ID = dataset2017.id
const schemaFile = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../docs/target-overrides.schema.json'), 'utf8'),
)
const validate = new Ajv({ strict: true }).compile(schemaFile)

const metric = (id: string): Metric => {
  const found = dataset2017.metrics.find((m) => m.id === id)
  if (!found) throw new Error(`no metric ${id}`)
  return found
}
const stake = metric('logistics.sposter-stake')
const members = metric('carnival.members')
const premiums = metric('insurance.new-premiums')

const entry = (m: Metric, value: number, extra: Partial<TargetOverride> = {}): TargetOverride => ({
  metric: m.id,
  value,
  unit: m.unit,
  setAt: '2026-03-01T10:00:00.000Z',
  ...extra,
})
const file = (overrides: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ kind: 'cp-kpi-target-overrides', version: 1, dataset: ID, overrides, ...extra })

/** Every message of a failed check, as the reader sees it (English unless activated otherwise). */
function words(result: FileCheck): string[] {
  if (result.ok) return []
  if ('problems' in result) return result.problems.map((p) => targetMessageText(p.message, 'en'))
  return [targetMessageText(result.message, 'en')]
}

const targets = new Map(dataset2017.targets.map((t) => [t.metric, t]))
/** A value the app accepts for a metric: what the editor or an import would store. */
const acceptedValue = (m: Metric) =>
  fc
    .oneof(
      fc.integer({ min: 0, max: 1e9 }),
      fc.double({ min: 0, max: 1e22, noNaN: true }),
      fc.constantFrom(1e21, 1.5e21, 9.99e21, 1e-7, 5e-324),
    )
    .filter((v) => checkTargetValue(v, m, overrideKind(m, targets.get(m.id)), 31).ok)

/** Stored what-if targets for distinct metrics of the dataset. */
const storedOverrides = fc
  .uniqueArray(fc.constantFrom(...dataset2017.metrics), {
    selector: (m) => m.id,
    maxLength: 20,
  })
  .chain((ms) =>
    fc.tuple(
      ...ms.map((m) =>
        fc.record({
          metric: fc.constant(m.id),
          value: acceptedValue(m),
          unit: fc.constant(m.unit),
          setAt: fc
            .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString()),
          dataset: fc.constant(ID),
        }),
      ),
    ),
  )

describe('checkTargetsFile', () => {
  it('imports back every file the app exports, unchanged (1e+21 included)', async () => {
    await fc.assert(
      fc.asyncProperty(storedOverrides, async (overrides) => {
        const text = targetsFileText(ID, overrides)
        const back = await checkTargetsFile(text, dataset2017)
        expect(back).toEqual({ ok: true, overrides })
        if (back.ok) expect(targetsFileText(ID, back.overrides)).toBe(text)
      }),
      { numRuns: 200 },
    )
    const big = [entry(premiums, 1e21, { dataset: ID })]
    expect(targetsFileText(ID, big)).toContain('"value": 1e+21')
    expect(await checkTargetsFile(targetsFileText(ID, big), dataset2017)).toEqual({
      ok: true,
      overrides: big,
    })
  })

  it('stamps an entry without setAt with the time of the import', async () => {
    const result = await checkTargetsFile(
      file([{ metric: stake.id, value: 80, unit: 'percent' }]),
      dataset2017,
      { now: () => '2026-12-06T08:00:00.000Z' },
    )
    expect(result).toEqual({
      ok: true,
      overrides: [{ ...entry(stake, 80), setAt: '2026-12-06T08:00:00.000Z', dataset: ID }],
    })
  })

  it('refuses a file for another dataset, another kind or a newer version, in plain words', async () => {
    expect(
      words(await checkTargetsFile(file([], { dataset: 'synthetic-demo' }), dataset2017)),
    ).toEqual([
      `This file holds what-if targets for dataset “synthetic-demo”, not for “${ID}” on screen. Open that dataset and import it there.`,
    ])
    expect(words(await checkTargetsFile(file([], { kind: 'saved-views' }), dataset2017))).toEqual([
      'This is not a what-if targets file exported by this dashboard.',
    ])
    expect(words(await checkTargetsFile('[1, 2]', dataset2017))).toEqual([
      'This is not a what-if targets file exported by this dashboard.',
    ])
    expect(words(await checkTargetsFile(file([], { version: 2 }), dataset2017))).toEqual([
      'The file was made by a newer version of this dashboard (format 2); this one reads format 1. Reload the page and try again.',
    ])
    expect(words(await checkTargetsFile(file([], { dataset: undefined }), dataset2017))).toEqual([
      'The file does not say which dataset its targets are for.',
    ])
    expect(words(await checkTargetsFile(file([], { overrides: {} }), dataset2017))).toEqual([
      'The file has no list of targets (“overrides”).',
    ])
  })

  it('names every bad entry in words, never a schema path, and repeats are refused', async () => {
    const result = await checkTargetsFile(
      file([
        entry(stake, 80),
        entry(stake, 70),
        { value: 1, unit: 'count' },
        { metric: members.id, value: '500000', unit: 'people' },
        { metric: members.id.replace('members', 'x'), value: 1, unit: 'people' },
        entry(premiums, 1, { unit: 'USD' }),
        { metric: 'awards.science-tech.first', value: 1, unit: 'dozens' },
        entry(metric('newspapers.provinces'), 40),
        entry(metric('innovation.submissions'), 0),
        'members: 5',
        entry(metric('insurance.days-ahead'), 3, { dataset: 'other' }),
        entry(metric('awards.science-tech.second'), 2, { setAt: 5 as unknown as string }),
      ]),
      dataset2017,
    )
    const text = words(result)
    expect(text).toEqual([
      'Entry 2 repeats the metric “logistics.sposter-stake” of entry 1. Keep one entry per metric.',
      'Entry 3: The metric id (“metric”) is missing.',
      'Entry 4 (carnival.members): The value must be a number written without quotes, e.g. 1500000.',
      'Entry 5: unknown metric “carnival.x”.',
      'Entry 6 (insurance.new-premiums): unit USD should be CNY.',
      'Entry 7 (awards.science-tech.first): The unit “dozens” is not one of count, people, CNY, USD, percent, provinces, days, years.',
      'Entry 8 (newspapers.provinces): A target in provinces cannot be more than 31.',
      'Entry 9 (innovation.submissions): A target of 0 cannot be judged: every figure reaches it. Enter a number above 0.',
      'Entry 10: This is not a target: write an object with “metric”, “value” and “unit”.',
      'Entry 11 (insurance.days-ahead): This entry is for dataset “other”, not for the one on screen.',
      'Entry 12 (awards.science-tech.second): “setAt” must be text (a date and time such as 2026-03-01T10:00:00Z) or be left out.',
    ])
    for (const line of text) expect(line).not.toMatch(/overrides\.\d|Invalid input/)
    expect(result).toMatchObject({ ok: false, total: 11 })
  })

  it('says the same in Chinese', async () => {
    i18n.loadAndActivate({ locale: 'zh-CN', messages: zh })
    try {
      const result = await checkTargetsFile(
        file([
          entry(stake, 80),
          entry(stake, 70),
          { metric: members.id, value: 'x', unit: 'people' },
        ]),
        dataset2017,
      )
      expect(
        result.ok || !('problems' in result)
          ? []
          : result.problems.map((p) => targetMessageText(p.message, 'zh-CN')),
      ).toEqual([
        '第2项与第1项重复设定指标“logistics.sposter-stake”。每个指标只能有一项。',
        '第3项（carnival.members）：数值须为不带引号的数字，例如1500000。',
      ])
      const other = await checkTargetsFile(file([], { dataset: 'synthetic-demo' }), dataset2017)
      expect(other.ok || 'problems' in other ? '' : targetMessageText(other.message, 'zh-CN')).toBe(
        `该文件中的假设目标属于数据集“synthetic-demo”，而非当前显示的“${ID}”。请打开该数据集后再导入。`,
      )
    } finally {
      i18n.loadAndActivate({ locale: 'en', messages: en })
    }
  })

  it('checks 100,000 entries in chunks, pausing between them, and counts every problem', async () => {
    const overrides = Array.from({ length: 100_000 }, (_, i) => ({
      metric: `generated.metric-${i}`,
      value: i,
      unit: 'count',
    }))
    let pauses = 0
    const result = await checkTargetsFile(file(overrides), dataset2017, {
      pause: async () => {
        pauses += 1
      },
      chunk: 2000,
      maxProblems: 10,
    })
    expect(pauses).toBe(50)
    expect(result).toMatchObject({ ok: false, total: 100_000 })
    expect(!result.ok && 'problems' in result && result.problems).toHaveLength(10)
  })
})

describe('targetsFileIndex: the dataset as the worker gets it', () => {
  it('is small (a few rules), and a copy of it judges every entry as the whole dataset does', async () => {
    // What postMessage hands the worker: a structured clone of the index.
    const index = structuredClone(await targetsFileIndex(dataset2017))
    expect(index.rules.length).toBeLessThan(16)
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...dataset2017.metrics),
        fc.constantFrom(...units),
        fc.oneof(fc.integer({ min: 0, max: 1e9 }), fc.double({ min: 0, max: 1e12, noNaN: true })),
        async (m, unit, value) => {
          const result = await checkTargetsFile(file([{ metric: m.id, value, unit }]), index)
          const expected =
            unit === m.unit && checkTargetValue(value, m, overrideKind(m, targets.get(m.id))).ok
          expect(result.ok).toBe(expected)
        },
      ),
      { numRuns: 300 },
    )
    expect(
      words(await checkTargetsFile(file([{ metric: 'no.such', value: 1, unit: 'count' }]), index)),
    ).toEqual(['Entry 1: unknown metric “no.such”.'])
  })

  it('is built in slices: 100,000 metrics with a pause every 10,000', async () => {
    const metrics = Array.from({ length: 100_000 }, (_, i) => ({
      ...stake,
      id: `${stake.id}.s${i}`,
    }))
    let pauses = 0
    const index = await targetsFileIndex({ id: ID, metrics, targets: [] }, async () => {
      pauses += 1
    })
    expect(pauses).toBe(9)
    expect(index.rules).toHaveLength(1)
    expect(index.metrics.split('\n')).toEqual(metrics.map((m) => m.id))
  })
})

describe('the documented JSON Schema (docs/target-overrides.schema.json)', () => {
  const agree = (json: unknown) => {
    expect(validate(json)).toBe(z.safeParse(targetOverridesFile, json).success)
  }

  it('accepts and refuses the same files as the zod schema', () => {
    const anyEntry = fc.record(
      {
        metric: fc.oneof(fc.constantFrom(stake.id, ''), fc.string(), fc.integer()),
        value: fc.oneof(fc.double({ noNaN: true }), fc.constant('1'), fc.constant(null)),
        unit: fc.oneof(fc.constantFrom('count', 'percent', 'CNY', 'dozens'), fc.integer()),
        setAt: fc.oneof(fc.string(), fc.integer()),
        dataset: fc.oneof(fc.string(), fc.constant(null)),
        extra: fc.anything(),
      },
      { requiredKeys: [] },
    )
    const anyFile = fc.record(
      {
        kind: fc.constantFrom('cp-kpi-target-overrides', 'other', 1),
        version: fc.constantFrom(1, 2, '1', 1.5),
        dataset: fc.oneof(fc.constantFrom(ID, ''), fc.integer()),
        overrides: fc.oneof(fc.array(anyEntry, { maxLength: 4 }), fc.constant({})),
      },
      { requiredKeys: [] },
    )
    fc.assert(fc.property(anyFile, agree), { numRuns: 2000 })
    fc.assert(
      fc.property(storedOverrides, (o) => {
        const json = JSON.parse(targetsFileText(ID, o))
        expect(validate(json)).toBe(true)
        agree(json)
      }),
    )
  })
})

describe('planImport', () => {
  const current = [entry(stake, 80), entry(members, 400_000)]

  it('merges: adds, changes, keeps the rest', () => {
    const incoming = [entry(stake, 90), entry(premiums, 1e10)]
    const plan = planImport(current, incoming, 'merge')
    expect(plan).toMatchObject({ added: 1, changed: 1, removed: 0, unchanged: 0 })
    expect(importedTargets(current, incoming, 'merge').map((o) => [o.metric, o.value])).toEqual([
      [stake.id, 90],
      [members.id, 400_000],
      [premiums.id, 1e10],
    ])
  })

  it('counts every change once, and the result holds each metric once', () => {
    const some = fc.uniqueArray(
      fc.record({
        m: fc.constantFrom(stake, members, premiums, metric('innovation.submissions')),
        value: fc.integer({ min: 1, max: 3 }),
      }),
      { selector: (r) => r.m.id },
    )
    fc.assert(
      fc.property(some, some, fc.constantFrom('merge', 'replace'), (mine, theirs, mode) => {
        const now = mine.map((r) => entry(r.m, r.value))
        const incoming = theirs.map((r) => entry(r.m, r.value, { setAt: 'later' }))
        const plan = planImport(now, incoming, mode)
        const result = importedTargets(now, incoming, mode)
        const inFile = new Set(incoming.map((o) => o.metric))
        expect(plan.added + plan.changed + plan.unchanged).toBe(incoming.length)
        expect(plan.removed).toBe(
          mode === 'replace' ? now.filter((o) => !inFile.has(o.metric)).length : 0,
        )
        expect(plan.changes).toHaveLength(plan.added + plan.changed + plan.removed)
        expect(planImport(now, incoming, mode, 1).changes).toEqual(plan.changes.slice(0, 1))
        const metrics = result.map((o) => o.metric)
        expect(new Set(metrics).size).toBe(metrics.length)
        expect(new Set(metrics)).toEqual(
          mode === 'replace' ? inFile : new Set([...now.map((o) => o.metric), ...inFile]),
        )
        // An unchanged target keeps its own stamp.
        for (const o of result) {
          const before = now.find((b) => b.metric === o.metric)
          const after = incoming.find((i) => i.metric === o.metric)
          expect(o.setAt).toBe(
            before && (!after || after.value === before.value) ? before.setAt : 'later',
          )
        }
      }),
    )
  })

  it('replaces: what the file does not hold is removed; an empty file removes every target', () => {
    const plan = planImport(current, [entry(stake, 80)], 'replace')
    expect(plan).toMatchObject({ added: 0, changed: 0, removed: 1, unchanged: 1 })
    expect(importedTargets(current, [entry(stake, 80)], 'replace')).toEqual([entry(stake, 80)])
    expect(planImport(current, [], 'replace')).toMatchObject({ removed: 2 })
    expect(importedTargets(current, [], 'replace')).toEqual([])
    expect(planImport(current, [], 'merge')).toMatchObject({ removed: 0 })
    expect(importedTargets(current, [], 'merge')).toEqual(current)
  })
})

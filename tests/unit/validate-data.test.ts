// @vitest-environment node
// The validator reads folders from disk (Node only), as `npm run validate:data` does.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { dataReport } from '../../scripts/data-report'
import { readJsonDocument } from '../../scripts/json-position'
import { formatIssue, loadDataset } from '../../scripts/load-data'
import { diffDefinitions, sameDefinition } from '../../src/domain/definitions'
import type { Metric } from '../../src/domain/schema'

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url))
const invalid = join(fixtures, 'data-invalid')

/** The 1-based line of the first line in a fixture file that contains `needle`. */
function lineOf(dataset: string, file: string, needle: string): number {
  const lines = readFileSync(join(invalid, dataset, file), 'utf8').split('\n')
  const index = lines.findIndex((line) => line.includes(needle))
  if (index < 0) throw new Error(`“${needle}” is not in ${file}`)
  return index + 1
}

describe('npm run validate:data on a folder with planted errors', () => {
  const report = dataReport(invalid)

  it('fails, and reports every problem of every dataset at once, each at its line', () => {
    expect(report.ok).toBe(false)
    const at = (file: string, needle: string) =>
      `data-invalid/synthetic-broken/${file}:${lineOf('synthetic-broken', file, needle)}:`
    const expected = [
      [at('metrics.json', '"value": -1200'), '[0].value (synthetic.lockers): must not be negative'],
      [at('metrics.json', '"unit": "yuan"'), '[2].unit (synthetic.fund-raised): must be one of'],
      // A missing field is reported where the record it belongs to starts.
      [
        at('metrics.json', '"id": "synthetic.fund-share"').replace(
          /:(\d+):$/,
          (_, n) => `:${n - 1}:`,
        ),
        '[3].qualifier (synthetic.fund-share): is missing',
      ],
      [
        at('milestones.json', '"date": "2099-02-30"'),
        '[0].date (synthetic.fund-launch): is not a real calendar date',
      ],
      [at('milestones.json', 'reached 21 provinces'), 'quote is not verbatim in the source'],
      [at('targets.json', 'fund-rasied'), '[1].metric (synthetic.fund-rasied): unknown metric'],
      [
        `data-invalid/synthetic-syntax/events.json:${lineOf('synthetic-syntax', 'events.json', ']')}:1`,
        'not valid JSON: a value is expected here (a trailing comma?)',
      ],
    ]
    const problems = report.lines.filter((line) => line.startsWith('  '))
    expect(problems).toHaveLength(expected.length)
    for (const [where, what] of expected) {
      expect(
        problems.some((line) => line.includes(where ?? '') && line.includes(what ?? '')),
        `${where} ${what}`,
      ).toBe(true)
    }
  })

  it('says what was expected and what was found, in words', () => {
    const result = loadDataset('synthetic-broken', invalid)
    if (result.ok) throw new Error('accepted')
    const unit = result.issues.find((i) => i.path.join('.') === '2.unit')
    expect(unit && formatIssue(unit)).toMatch(/must be one of "count", .*"years", not “yuan”$/)
    expect(result.issues.map((i) => i.message)).not.toContain('Invalid input')
  })

  it('names each dataset that is invalid and how many problems it has', () => {
    expect(report.lines).toContain('Dataset synthetic-broken is invalid: 6 problem(s)')
    expect(report.lines).toContain('Dataset synthetic-syntax is invalid: 1 problem(s)')
  })
})

describe('the JSON position locator', () => {
  it('finds a nested value, and the enclosing record for a missing key', () => {
    const doc = readJsonDocument('[\n  {\n    "a": { "b": [1, 2] }\n  }\n]\n')
    expect(doc.locate([0, 'a', 'b', 1])).toEqual({ line: 3, column: 21 })
    expect(doc.locate([0, 'a'])).toEqual({ line: 3, column: 5 })
    expect(doc.locate([0, 'missing'])).toEqual({ line: 2, column: 3 })
  })

  it('reports every syntax error with its position', () => {
    const doc = readJsonDocument('{\n  "a": 1\n  "b": 2,\n}')
    expect(doc.value).toBeUndefined()
    expect(
      doc.syntaxErrors.map((e) => `${e.position.line}:${e.position.column} ${e.message}`),
    ).toEqual([
      '3:3 a comma is missing before this',
      '4:1 a property name in double quotes is expected here',
    ])
  })

  it('locates every value of any JSON document at the line and column JSON.stringify put it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.string(), value: fc.integer() }), { minLength: 1 }),
        (items) => {
          const text = JSON.stringify(items, null, 2)
          const doc = readJsonDocument(text)
          items.forEach((_, i) => {
            // Item i's "value" key is on line 1 + 4 i + 3 (after "[", "{", "id"), indented 4.
            expect(doc.locate([i, 'value'])).toEqual({ line: 4 * i + 4, column: 5 })
          })
        },
      ),
    )
  })
})

const metric = (id: string, en: string, unit: Metric['unit'] = 'count') => ({
  id,
  unit,
  label: { en, 'zh-CN': `${en}（中）` },
})

describe('the metric definitions diff', () => {
  it('finds added, removed, renamed, relabelled and unit-changed metrics', () => {
    const before = [
      metric('a', 'Lockers'),
      metric('b', 'Fund', 'CNY'),
      metric('c', 'Days'),
      metric('d', 'Share', 'percent'),
      metric('e', 'Kept'),
    ]
    const after = [
      metric('a', 'Lockers'),
      metric('b', 'Fund', 'USD'),
      metric('c2', 'Days'),
      metric('d', 'Stake', 'percent'),
      metric('f', 'New'),
    ]
    expect(diffDefinitions(before, after)).toEqual([
      { kind: 'unit-changed', id: 'b', from: 'CNY', to: 'USD' },
      { kind: 'renamed', from: 'c', id: 'c2', label: 'Days' },
      { kind: 'label-changed', id: 'd', from: 'Share', to: 'Stake' },
      { kind: 'added', id: 'f', label: 'New' },
      { kind: 'removed', id: 'e', label: 'Kept' },
    ])
    expect(sameDefinition(metric('a', 'Lockers'), metric('a', 'Lockers'))).toBe(true)
    expect(sameDefinition(metric('b', 'Fund', 'CNY'), metric('b', 'Fund', 'USD'))).toBe(false)
  })

  it('finds nothing between a list and itself, and accounts for every id otherwise', () => {
    const definitions = fc
      .uniqueArray(
        fc.record({
          id: fc.stringMatching(/^[a-z]{1,3}$/),
          en: fc.string({ minLength: 1 }),
          unit: fc.constantFrom('count', 'CNY' as const),
        }),
        { selector: (m) => m.id },
      )
      .map((list) => list.map((m) => metric(m.id, m.en, m.unit as Metric['unit'])))
    fc.assert(
      fc.property(definitions, definitions, (a, b) => {
        expect(diffDefinitions(a, a)).toEqual([])
        const changes = diffDefinitions(a, b)
        const gone = new Set(a.map((m) => m.id).filter((id) => !b.some((m) => m.id === id)))
        const accounted = changes.flatMap((c) =>
          c.kind === 'removed' ? [c.id] : c.kind === 'renamed' ? [c.from] : [],
        )
        expect(new Set(accounted)).toEqual(gone)
      }),
    )
  })

  describe('in the report, between a dataset and the one before it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-data-'))
    afterAll(() => rmSync(dir, { recursive: true, force: true }))
    cpSync(join(fixtures, 'data'), dir, { recursive: true })
    cpSync(join(dir, 'synthetic-demo'), join(dir, 'synthetic-next'), { recursive: true })
    const edit = <T>(file: string, change: (json: T) => void) => {
      const path = join(dir, 'synthetic-next', file)
      const json = JSON.parse(readFileSync(path, 'utf8')) as T
      change(json)
      writeFileSync(path, JSON.stringify(json, null, 2))
    }
    edit<{ id: string; asOf: string }>('dataset.json', (d) => {
      d.id = 'synthetic-next'
      d.asOf = '2101-01-15'
    })
    edit<Metric[]>('metrics.json', (metrics) => {
      const [lockers, provinces, fund, share] = metrics as [Metric, Metric, Metric, Metric]
      lockers.id = 'synthetic.parcel-lockers'
      fund.unit = 'USD'
      metrics.splice(metrics.indexOf(share), 1)
      metrics.push({
        ...provinces,
        id: 'synthetic.new-metric',
        label: { en: 'Synthetic new metric', 'zh-CN': '合成新指标' },
      })
    })
    edit<{ keyMetric?: string }[]>('events.json', ([first]) => {
      if (first) first.keyMetric = 'synthetic.parcel-lockers'
    })
    edit<[{ metric: string }, { unit: string }]>('targets.json', ([lockers, fund]) => {
      lockers.metric = 'synthetic.parcel-lockers'
      fund.unit = 'USD'
    })

    it('lists each change under the later dataset', () => {
      const { ok, lines } = dataReport(dir)
      expect(ok, lines.join('\n')).toBe(true)
      const next = lines.slice(lines.findIndex((l) => l.startsWith('Dataset synthetic-next')))
      expect(next.slice(1).map((l) => l.trim())).toEqual([
        'Metric definitions against synthetic-demo: 4 change(s)',
        '~ renamed    synthetic.lockers → synthetic.parcel-lockers (“Synthetic parcel lockers installed”, same unit)',
        '! unit       synthetic.fund-raised: CNY → USD (no longer comparable)',
        '+ added      synthetic.new-metric (“Synthetic new metric”)',
        '- removed    synthetic.fund-share (“Synthetic share of the fund held”)',
      ])
    })
  })
})

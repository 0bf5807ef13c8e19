import fc from 'fast-check'
import { dataset2017 } from '../../mocks/dataset'
import {
  filterRows,
  hasActiveFilters,
  type MetricFilters,
  matchesFilters,
  matchingMilestones,
  type ProvenanceFilter,
} from '../../src/domain/filters'
import { deriveKpis } from '../../src/domain/kpis'
import type { MetricRow } from '../../src/domain/metric-rows'
import { categories, targetProvenances } from '../../src/domain/schema'
import { statuses } from '../../src/domain/status'
import { applyTargetOverrides } from '../../src/domain/target-overrides'
import { facetCounts } from '../../src/features/explore/facet-counts'
import { sortColumns } from '../../src/features/explore/search'
import { sortRows } from '../../src/features/explore/sort-rows'
import { analystBasis } from '../../src/i18n/analyst-basis'
import { en, zh } from '../../src/locales/all'

const { rows } = deriveKpis(dataset2017)
const provenances: ProvenanceFilter[] = [...targetProvenances, 'none']

/** Words that occur in the data, so searches hit as well as miss. */
const words = [
  ...new Set(
    dataset2017.metrics.flatMap((m) =>
      `${m.label.en} ${m.provenance.quote}`
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 2),
    ),
  ),
]

const query = fc.oneof(
  fc.constantFrom(...words),
  fc
    .array(fc.constantFrom(...words, 'ＰＳＢＣ', '保费', '  '), { minLength: 1, maxLength: 3 })
    .map((parts) => parts.join(' ')),
  fc.string({ maxLength: 6 }),
)

const filtersArb: fc.Arbitrary<MetricFilters> = fc.record(
  {
    categories: fc.subarray([...categories]),
    // 11 and 12 are numbers no event has: they match nothing rather than break anything.
    events: fc.subarray([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
    statuses: fc.subarray([...statuses]),
    provenance: fc.subarray(provenances),
    flagged: fc.boolean(),
    q: query,
  },
  { requiredKeys: [] },
)

/** Each field of a filter set on its own. */
function singles(filters: MetricFilters): MetricFilters[] {
  return Object.entries(filters).map(([key, value]) => ({ [key]: value }) as MetricFilters)
}

/** The filters' meaning, written out independently of the code under test (except search). */
function oracle(row: MetricRow, f: MetricFilters): boolean {
  const { metric } = row
  if (f.categories?.length && !f.categories.includes(metric.category)) return false
  if (f.events?.length && !f.events.includes(metric.event)) return false
  if (f.statuses?.length && !f.statuses.includes(row.status)) return false
  if (f.provenance?.length && !f.provenance.includes(row.target?.provenance ?? 'none')) return false
  if (f.flagged === true && row.findings.length === 0) return false
  if (f.flagged === false && row.findings.length > 0) return false
  if (f.q !== undefined && !matchesFilters(row, { q: f.q })) return false
  return true
}

describe('filterRows over the 2017 rows', () => {
  it('never invents or loses a metric: included rows pass every predicate, excluded fail one', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const result = filterRows(rows, filters)
        // A subset, in the input's order, of the very same rows.
        let at = -1
        for (const row of result) {
          const next = rows.indexOf(row, at + 1)
          expect(next).toBeGreaterThan(at)
          at = next
        }
        const kept = new Set(result)
        for (const row of rows) {
          const predicates = singles(filters)
          if (kept.has(row)) {
            expect(predicates.every((p) => matchesFilters(row, p))).toBe(true)
            expect(oracle(row, filters)).toBe(true)
          } else {
            expect(predicates.some((p) => !matchesFilters(row, p))).toBe(true)
            expect(oracle(row, filters)).toBe(false)
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('does not depend on order: one filter at a time, in any order, equals all at once', () => {
    const shuffled = filtersArb.chain((filters) =>
      fc.tuple(
        fc.constant(filters),
        fc.shuffledSubarray(singles(filters), { minLength: singles(filters).length }),
      ),
    )
    fc.assert(
      fc.property(shuffled, ([filters, order]) => {
        const stepwise = order.reduce<MetricRow[]>((acc, single) => filterRows(acc, single), rows)
        expect(stepwise).toEqual(filterRows(rows, filters))
      }),
      { numRuns: 300 },
    )
  })

  it('composes: filtering by A then by B equals filtering by A and B together', () => {
    fc.assert(
      fc.property(filtersArb, filtersArb, (a, b) => {
        // Fields set in both would be intersected by composition; keep them apart.
        const bOnly = Object.fromEntries(
          Object.entries(b).filter(([key]) => !(key in a)),
        ) as MetricFilters
        expect(filterRows(filterRows(rows, a), bOnly)).toEqual(filterRows(rows, { ...a, ...bOnly }))
        expect(filterRows(filterRows(rows, bOnly), a)).toEqual(filterRows(rows, { ...a, ...bOnly }))
      }),
      { numRuns: 200 },
    )
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const once = filterRows(rows, filters)
        expect(filterRows(once, filters)).toEqual(once)
      }),
    )
  })

  it('treats empty filters as no filters: the identity', () => {
    const empties: MetricFilters[] = [
      {},
      { categories: [], events: [], statuses: [], provenance: [] },
      { q: '' },
      { q: '   \t ' },
      { categories: undefined, flagged: undefined, q: undefined },
    ]
    for (const filters of empties) {
      expect(filterRows(rows, filters)).toEqual(rows)
      expect(hasActiveFilters(filters)).toBe(false)
    }
  })

  it('reports active filters exactly when some field filters', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        if (!hasActiveFilters(filters)) expect(filterRows(rows, filters)).toEqual(rows)
      }),
    )
  })

  it('answers "stated targets met in finance and insurance"', () => {
    const result = filterRows(rows, {
      categories: ['finance', 'insurance'],
      provenance: ['stated'],
      statuses: ['met'],
    })
    expect(result.map((r) => r.metric.id)).toEqual([
      'insurance.new-premiums',
      'insurance.renewal-premiums',
    ])
  })

  it('sees analyst targets: the provenance filter follows target edits', () => {
    const edited = deriveKpis(
      applyTargetOverrides(
        dataset2017,
        [{ metric: 'carnival.members', value: 1, unit: 'people', setAt: '2026-01-01T00:00:00Z' }],
        analystBasis,
      ),
    )
    expect(filterRows(edited.rows, { provenance: ['analyst'] }).map((r) => r.metric.id)).toEqual([
      'carnival.members',
    ])
  })
})

describe('facetCounts', () => {
  it('counts for each option exactly the rows that choosing only that option would show', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const counts = facetCounts(rows, filters)
        const only = (patch: MetricFilters) => filterRows(rows, { ...filters, ...patch }).length
        for (const c of categories)
          expect(counts.categories.get(c) ?? 0).toBe(only({ categories: [c] }))
        for (const s of statuses) expect(counts.statuses.get(s) ?? 0).toBe(only({ statuses: [s] }))
        for (const p of provenances)
          expect(counts.provenance.get(p) ?? 0).toBe(only({ provenance: [p] }))
        for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
          expect(counts.events.get(n) ?? 0).toBe(only({ events: [n] }))
        for (const f of [true, false]) expect(counts.flagged.get(f) ?? 0).toBe(only({ flagged: f }))
      }),
      { numRuns: 150 },
    )
  })
})

describe('sortRows over filtered rows', () => {
  const column = fc.constantFrom(...sortColumns)
  const direction = fc.constantFrom('asc' as const, 'desc' as const)

  it('is a permutation: sorting never adds or drops a row', () => {
    fc.assert(
      fc.property(filtersArb, column, direction, (filters, col, dir) => {
        const input = filterRows(rows, filters)
        const sorted = sortRows(input, col, dir)
        expect(sorted).toHaveLength(input.length)
        expect(new Set(sorted)).toEqual(new Set(input))
      }),
    )
  })

  it('is stable: rows that tie keep their input order in either direction', () => {
    fc.assert(
      fc.property(column, direction, (col, dir) => {
        const sorted = sortRows(rows, col, dir)
        const resorted = sortRows(sorted, col, dir)
        expect(resorted).toEqual(sorted)
        // Same key ⇒ input order.
        const byUnit = sortRows(rows, 'unit', dir).filter((r) => r.metric.unit === 'count')
        expect(byUnit).toEqual(rows.filter((r) => r.metric.unit === 'count'))
      }),
    )
  })

  it('puts rows without a target last in both directions', () => {
    for (const dir of ['asc', 'desc'] as const) {
      const sorted = sortRows(rows, 'target', dir)
      // Qualitative goals have no number either, so they sort with the rows without a target.
      const firstMissing = sorted.findIndex((r) => r.target?.value === undefined)
      expect(firstMissing).toBeGreaterThan(0)
      expect(sorted.slice(firstMissing).every((r) => r.target?.value === undefined)).toBe(true)
    }
  })

  it('orders values ascending and descending', () => {
    const asc = sortRows(rows, 'value', 'asc').map((r) => r.metric.value)
    expect(asc).toEqual([...asc].sort((a, b) => a - b))
    const desc = sortRows(rows, 'value', 'desc').map((r) => r.metric.value)
    expect(desc).toEqual([...desc].sort((a, b) => b - a))
  })

  it('leaves dataset order without a sort column', () => {
    expect(sortRows(rows, undefined)).toEqual(rows)
  })

  it('sorts labels in the reader’s language: by the Chinese label, in pinyin order', () => {
    const labels = sortRows(rows, 'label', 'asc', 'zh-CN').map((r) => r.metric.label['zh-CN'])
    expect(labels).toEqual(
      [...labels].sort(new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' }).compare),
    )
    // 邮储 (yóu) before 中邮 (zhōng), where English puts “New regular premiums …” before “PSBC …”.
    const zhOrder = labels.filter(
      (l) => l === '中邮保险新单期交保费' || l === '邮储银行境外优先股发行规模',
    )
    expect(zhOrder).toEqual(['邮储银行境外优先股发行规模', '中邮保险新单期交保费'])
  })
})

describe('search examples', () => {
  it.each([
    ['en', en],
    ['zh-CN', zh],
  ] as const)('every example in the %s search placeholder finds something', (_, messages) => {
    const placeholder = messages['explore.search.placeholder'] ?? ''
    const examples = placeholder
      .replace(/^[^:：]*[:：]\s*|^e\.g\.\s*/, '')
      .split(/[,，、]\s*/)
      .filter(Boolean)
    expect(examples.length).toBeGreaterThan(1)
    for (const q of examples) {
      expect(filterRows(rows, { q }).length, `"${q}" finds rows`).toBeGreaterThan(0)
    }
  })

  it('finds Chinese words of the event title', () => {
    expect(filterRows(rows, { q: '保险' }).map((r) => r.metric.event)).toContain(5)
  })

  it.each([
    ['Xi', 'xi-jinping'],
    ['Xi Jinping', 'xi-jinping'],
    ['习近平', 'xi-jinping'],
    ['总书记', 'xi-jinping'],
    ['Li Keqiang', 'li-keqiang'],
    ['李克强', 'li-keqiang'],
    ['Wang Yang', 'wang-yang'],
    ['汪洋', 'wang-yang'],
  ])('finds the milestones of a person by name or title: %s', (q, person) => {
    const hits = matchingMilestones(dataset2017, q)
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.some((m) => m.actor === person)).toBe(true)
  })

  it('finds no milestone for an empty search or a name nobody has', () => {
    expect(matchingMilestones(dataset2017, '  ')).toEqual([])
    expect(matchingMilestones(dataset2017, 'Zhou Enlai')).toEqual([])
  })
})

/**
 * Walks every figure the product shows or exports (the domain rows, every family's panel and
 * slide chart, every slide of the deck with its speaker notes, the CSV/JSON export table, the PNG
 * stamp) in both languages, and fails if a verdict or a met/below count rests on an illustrative
 * target, or if a goal stated in words shows a percentage or a bar to a denominator.
 * The rendered views are walked in tests/components/verdict-walk.test.tsx.
 */
import { i18n } from '@lingui/core'
import { afterAll, describe, expect, it } from 'vitest'
import { dataset2017 } from '../../mocks/dataset'
import { deriveKpis } from '../../src/domain/kpis'
import type { Locale } from '../../src/domain/locale'
import type { Metric } from '../../src/domain/schema'
import { quoteStatesValue } from '../../src/domain/stated-figure'
import { isVerdict, type Status, verdictCounts } from '../../src/domain/status'
import { panelLayouts } from '../../src/families/layout'
import { familySpec } from '../../src/families/registry'
import { say, sayArg } from '../../src/families/say'
import type {
  Arg,
  FamilySpec,
  PlotSpec,
  TableRowSpec,
  ValueSpec,
  Words,
} from '../../src/families/spec'
import { buildDeck } from '../../src/features/present/deck-build'
import type { Slide } from '../../src/features/present/deck-model'
import {
  exportStamp,
  metricColumns,
  metricTable,
  stampTexts,
  toCsv,
} from '../../src/i18n/export-table'
import { en, zh } from '../../src/locales/all'

const kpis = deriveKpis(dataset2017)
const targets = new Map(dataset2017.targets.map((t) => [t.metric, t]))
const metrics = new Map(dataset2017.metrics.map((m) => [m.id, m]))
const illustrative = new Set(
  dataset2017.targets.filter((t) => t.provenance === 'illustrative').map((t) => t.metric),
)
const qualitative = new Set(
  dataset2017.targets.filter((t) => t.kind === 'qualitative').map((t) => t.metric),
)
const locales = [
  ['en', en],
  ['zh-CN', zh],
] as const

afterAll(() => i18n.loadAndActivate({ locale: 'en', messages: en }))

/** The verdict words of a language: "Met", "Below target", "On track". */
function verdictWords(): string[] {
  return [i18n._('status.met'), i18n._('status.below'), i18n._('status.on-track')]
}

function metricOf(id: string): Metric | undefined {
  return metrics.get(id)
}

/** Every value a spec plots, with the plot it is in. */
function plottedValues(spec: FamilySpec): { plot: PlotSpec; value: ValueSpec }[] {
  const plots = [...spec.panel.plots, ...spec.slides.map((s) => s.plot)]
  return plots.flatMap((plot): { plot: PlotSpec; value: ValueSpec }[] =>
    plot.kind === 'bullet'
      ? plot.rows.map((value) => ({ plot, value }))
      : plot.categories.flatMap((c) => Object.values(c.values).map((value) => ({ plot, value }))),
  )
}

/** Every piece of words a spec holds, said in the active language. */
function spokenWords(spec: FamilySpec, locale: Locale): string[] {
  const words: Words[] = [
    spec.panel.title,
    spec.panel.summary,
    ...spec.panel.notes,
    ...spec.panel.legend.map((l) => l.label),
    ...spec.slides.flatMap((s) => [
      s.title,
      ...(s.lead ? [s.lead] : []),
      ...s.legend.map((l) => l.label),
    ]),
  ]
  return words.map((w) => say(w, locale))
}

function tableRows(spec: FamilySpec): TableRowSpec[] {
  return [...spec.panel.table.rows, ...(spec.panel.table.totals ?? [])]
}

const text = (arg: Arg | undefined, locale: Locale) =>
  arg === undefined ? '' : String(sayArg(arg, locale))

describe.each(locales)('every figure, in %s', (locale, messages) => {
  i18n.loadAndActivate({ locale, messages })
  // Every family of 2017's dashboard (data/2017/dashboard.json), as the overview and deck build them.
  const specs = panelLayouts(kpis.dataset).map((layout) =>
    familySpec(layout, {
      kpis,
      money: { currency: undefined, rate: undefined },
      rate: undefined,
    }),
  )

  it('domain rows: an illustrative target is a reference; a qualitative goal has no ratio', () => {
    for (const row of kpis.rows) {
      const id = row.metric.id
      if (illustrative.has(id)) {
        expect(row.status, id).toBe('reference')
        expect(row.attainment, id).toBeUndefined()
      }
      if (qualitative.has(id)) {
        expect(row.attainment, id).toBeUndefined()
        expect(row.referenceShare, id).toBeUndefined()
      }
    }
  })

  it('counts: met, on track and below count only targets someone stands behind', () => {
    const counts = verdictCounts(kpis.rows)
    const judged = kpis.rows.filter((r) => r.target && !illustrative.has(r.metric.id))
    expect(counts.goals).toBe(judged.length)
    expect(counts.met + counts.onTrack + counts.below).toBe(judged.length)
    expect(counts.references).toBe(illustrative.size)
  })

  it('charts: no verdict on a reference, no target number or share for a goal in words', () => {
    i18n.loadAndActivate({ locale, messages })
    for (const spec of specs) {
      for (const { plot, value } of plottedValues(spec)) {
        const where = `${spec.key}: ${value.key}`
        if (illustrative.has(value.key)) {
          expect(value.status, where).toBe('reference')
          expect(value.targetProvenance, where).toBe('illustrative')
        }
        if (qualitative.has(value.key)) {
          expect(value.target, where).toBeUndefined()
          expect(value.targetText, where).toBeUndefined()
          expect(value.verdict, where).toBeDefined()
          // A goal in words is never drawn as a share of a total it does not give.
          expect(plot.kind, where).not.toBe('share-of-whole')
          if (metricOf(value.key)?.unit !== 'percent') {
            expect(text(value.valueText, locale), where).not.toMatch(/%/)
          }
        }
        if (isVerdict(value.status)) {
          expect(value.targetProvenance, where).not.toBe('illustrative')
        }
      }
      for (const row of tableRows(spec)) {
        const where = `${spec.key} table: ${row.key}`
        if (illustrative.has(row.key)) expect(row.status, where).toBe('reference')
        if (qualitative.has(row.key)) expect(row.attainment, where).toBeUndefined()
      }
    }
  })

  it('chart words: a sentence naming an illustrative figure gives it no verdict', () => {
    i18n.loadAndActivate({ locale, messages })
    const labels = [...illustrative].map((id) => metricOf(id)?.label[locale] ?? id)
    for (const spec of specs) {
      for (const sentence of spokenWords(spec, locale)) {
        if (!labels.some((label) => sentence.includes(label))) continue
        for (const word of verdictWords()) expect(sentence, spec.key).not.toContain(word)
      }
    }
  })

  it('deck: every slide, its figures, counts and speaker notes', () => {
    i18n.loadAndActivate({ locale, messages })
    const deck = buildDeck(kpis)
    const labelsOf = (ids: Set<string>) =>
      [...ids].map((id) => ({ id, label: metricOf(id)?.label[locale] ?? id }))
    const check = (slide: Slide) => {
      const where = slide.key
      // Speaker notes: a sentence about an illustrative figure judges nothing; a goal in
      // words shows no share of a target.
      for (const note of slide.notes) {
        for (const { id, label } of labelsOf(illustrative)) {
          if (!note.includes(label)) continue
          for (const word of verdictWords()) expect(note, `${where} ${id}`).not.toContain(word)
        }
        for (const { id, label } of labelsOf(qualitative)) {
          if (!note.includes(label) || metricOf(id)?.unit === 'percent') continue
          expect(note, `${where} ${id}`).not.toMatch(/%/)
        }
      }
      if (slide.kind === 'event') {
        for (const figure of slide.figures) {
          if (illustrative.has(figure.key)) {
            expect(figure.status, `${where} ${figure.key}`).toBe('reference')
          }
          if (qualitative.has(figure.key)) {
            expect((figure.detail ?? []).join(' '), `${where} ${figure.key}`).not.toMatch(/%/)
          }
        }
        const chart = slide.chart
        const values: {
          key?: string
          status: Status
          target?: number
          targetProvenance?: string
        }[] =
          chart?.kind === 'bullet'
            ? chart.rows
            : (chart?.categories.flatMap((c) =>
                Object.values(c.values).flatMap((v) => (v ? [v] : [])),
              ) ?? [])
        for (const value of values) {
          const id = value.key ?? ''
          if (isVerdict(value.status))
            expect(value.targetProvenance, where).not.toBe('illustrative')
          if (qualitative.has(id)) expect(value.target, `${where} ${id}`).toBeUndefined()
        }
      }
      if (slide.kind === 'summary') {
        const judged = slide.groups.flatMap((g) => g.items).filter((i) => isVerdict(i.status))
        for (const item of judged) expect(item.provenance, item.key).not.toBe('illustrative')
        for (const group of slide.groups) {
          for (const item of group.items) {
            if (item.provenance === 'illustrative') expect(item.status).toBe('reference')
          }
        }
        const count = (status: Status) => slide.counts.find((c) => c.status === status)?.count ?? 0
        const rows = kpis.rows.filter((r) => !illustrative.has(r.metric.id))
        const expected = verdictCounts(rows)
        expect(count('met') + count('on-track') + count('below')).toBe(
          expected.met + expected.onTrack + expected.below,
        )
      }
    }
    expect(deck.slides.length).toBeGreaterThan(10)
    for (const slide of deck.slides) check(slide)
  })

  it('exports: the CSV/JSON table and the PNG stamp', () => {
    i18n.loadAndActivate({ locale, messages })
    const table = metricTable(kpis.rows, locale)
    const column = (name: (typeof metricColumns)[number]) => metricColumns.indexOf(name)
    for (const row of table.rows) {
      const id = String(row[column('id')])
      const status = row[column('status')]
      if (illustrative.has(id)) {
        expect(status, id).toBe('reference')
        expect(row[column('attainment')], id).toBeUndefined()
        expect(row[column('provenance')], id).toBe('illustrative')
      }
      if (qualitative.has(id)) {
        expect(row[column('attainment')], id).toBeUndefined()
        expect(row[column('target')], id).toBeUndefined()
      }
      if (row[column('provenance')] === 'illustrative') {
        for (const word of verdictWords()) expect(String(row[column('status_text')])).not.toBe(word)
      }
    }
    const stamp = exportStamp(dataset2017, 'https://example.test/explore', locale)
    const csv = toCsv(table, stamp, locale)
    expect(csv.split('\r\n').length).toBeGreaterThan(kpis.rows.length)
    // The PNG's stamp says where the chart comes from, never a verdict.
    for (const line of stampTexts(stamp, locale)) {
      for (const word of verdictWords()) expect(line).not.toContain(word)
    }
  })

  it('lists every target once in the walk', () => {
    expect([...targets.keys()].sort()).toEqual(
      kpis.rows
        .filter((r) => r.target)
        .map((r) => r.metric.id)
        .sort(),
    )
  })
})

describe('quoteStatesValue', () => {
  it('tells a figure written in its sentence from one worked out or implied', () => {
    const stated = (id: string) => {
      const m = metrics.get(id)
      if (!m) throw new Error(id)
      return quoteStatesValue(m)
    }
    expect(stated('innovation.platform-participants')).toBe(true)
    expect(stated('psbc.preferred-shares')).toBe(true)
    expect(stated('inspection.teams')).toBe(true)
    // "brought about its goal": no amount in the sentence.
    expect(stated('insurance.new-premiums')).toBe(false)
    // Computed from dates.
    expect(stated('insurance.days-to-goal')).toBe(false)
  })
})

// @vitest-environment node
/**
 * The PowerPoint file built in Node, unzipped: one slide per deck slide, native charts (c:chart
 * parts with the slide's figures and targets), speaker notes, the source line on every slide.
 */
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { dataset2017 } from '../../mocks/dataset'
import { syntheticDatasets } from '../../mocks/fixtures'
import { otherPeriods } from '../../src/domain/comparison'
import { cnyPerUsd } from '../../src/domain/currency'
import { deriveKpis } from '../../src/domain/kpis'
import type { Dataset } from '../../src/domain/schema'
import { applyTargetOverrides } from '../../src/domain/target-overrides'
import { buildDeck } from '../../src/features/present/deck-build'
import { deckPptxFile } from '../../src/features/present/deck-pptx'
import type { DeckPalette } from '../../src/features/present/deck-pptx-layout'
import { analystBasis } from '../../src/i18n/analyst-basis'
import { exportStamp } from '../../src/i18n/export-table'

const kpis = deriveKpis(dataset2017)
const palette: DeckPalette = {
  surface: '000000',
  surface2: '3B3B3B',
  text: 'FFFFFF',
  muted: 'F2F2F2',
  border: 'A6A6A6',
  accent: '5FE0B4',
  target: 'FFFFFF',
  chart: { 'chart-1': '56B4E9', 'chart-2': 'F0B400', 'chart-3': '34D8A8', 'chart-4': 'F08CC8' },
}

async function unzipDeck(deck: ReturnType<typeof buildDeck>, dataset = kpis.dataset) {
  const bytes = await deckPptxFile(deck, {
    palette,
    locale: 'en',
    stamp: exportStamp(dataset, 'https://example.test/present'),
    title: 'China Post 2017',
  })
  const files = unzipSync(bytes)
  const text = (path: string) => strFromU8(files[path] ?? new Uint8Array())
  const names = Object.keys(files)
  return { files, names, text }
}

describe('the deck as PowerPoint', () => {
  it('has a slide per deck slide, native charts with the figures and targets, and the notes', async () => {
    const deck = buildDeck(kpis)
    const { names, text } = await unzipDeck(deck)
    const slides = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    expect(slides).toHaveLength(deck.slides.length)

    const charted = deck.slides.filter((s) => s.kind === 'event' && s.chart)
    const charts = names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
    expect(charts).toHaveLength(charted.length)
    // Native charts: bar charts whose series hold the numbers, with a target series.
    const allCharts = charts.map(text).join('\n')
    expect(allCharts).toContain('<c:barChart>')
    // Each kind of target named as the slide's legend names it: the premiums' derived deadline,
    // the funnel's illustrative references (never called a target).
    expect(allCharts).toContain('<c:v>Deadline (derived)</c:v>')
    expect(allCharts).toContain('<c:v>Illustrative reference (no target published)</c:v>')
    expect(allCharts).not.toContain('<c:v>Target</c:v>')
    // The innovation funnel's 90,000 submissions against the 100,000 target.
    expect(allCharts).toMatch(/<c:v>90000<\/c:v>/)
    expect(allCharts).toMatch(/<c:v>100000<\/c:v>/)

    const notes = names.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))
    expect(notes).toHaveLength(deck.slides.length)
    // Slide 6's notes in its notes page (plain words, as XML escapes quotes and ampersands).
    const words = (deck.slides[5]?.notes[0] ?? '').match(/[A-Za-z]{4,}/g) ?? []
    expect(words.length).toBeGreaterThan(3)
    const notes6 = text('ppt/notesSlides/notesSlide6.xml')
    for (const word of words.slice(0, 6)) expect(notes6).toContain(word)

    // Real text and the source line on every slide.
    for (const [i, s] of deck.slides.entries()) {
      const xml = text(`ppt/slides/slide${i + 1}.xml`)
      expect(xml, `slide ${i + 1}`).toContain('<a:t>')
      expect(xml, `slide ${i + 1} source`).toContain(s.source.attribution.slice(0, 12))
      expect(xml, `slide ${i + 1} stamp`).toContain('example.test/present')
    }
  })

  it('follows the filters: a finance and insurance deck has only their slides', async () => {
    const deck = buildDeck(
      kpis,
      { categories: ['finance', 'insurance'] },
      {
        currency: 'CNY',
        rate: cnyPerUsd(kpis.dataset),
      },
    )
    const { names } = await unzipDeck(deck)
    expect(names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(
      deck.slides.length,
    )
    expect(deck.slides.length).toBeLessThan(14)
  })

  it('an analyst target and an illustrative reference each have their own series, outlined, and the title says what-if targets are active', async () => {
    const submissions = 'innovation.submissions'
    const unit = kpis.dataset.metrics.find((m) => m.id === submissions)?.unit ?? 'count'
    const edited = deriveKpis(
      applyTargetOverrides(
        kpis.dataset,
        [{ metric: submissions, value: 80_000, unit, setAt: '2026-03-01T10:00:00.000Z' }],
        analystBasis,
      ),
    )
    const deck = buildDeck(edited)
    const { names, text } = await unzipDeck(deck)
    const charts = names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).map(text)
    const funnel = charts.find((xml) => xml.includes('<c:v>80000</c:v>')) ?? ''
    const series = (name: string) =>
      (funnel.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? []).find((s) =>
        s.includes(`<c:v>${name}</c:v>`),
      )
    const analyst = series('Target (analyst)') ?? ''
    const reference = series('Illustrative reference (no target published)') ?? ''
    // Outlined, dash-dot for the analyst's target and dashed for the references, as in the app.
    expect(analyst).toMatch(
      /<a:noFill\/><a:ln w="\d+"><a:solidFill>.*<\/a:solidFill><a:prstDash val="dashDot"\/>/,
    )
    expect(reference).toMatch(
      /<a:noFill\/><a:ln w="\d+"><a:solidFill>.*<\/a:solidFill><a:prstDash val="dash"\/>/,
    )
    // The analyst's series holds only its target; the other rows are blank, not 0.
    expect(analyst).toContain('<c:v>80000</c:v>')
    expect(analyst.match(/<c:pt idx="\d+"><c:v>[\d.]+<\/c:v><\/c:pt>/g)).toHaveLength(1)
    expect(reference).not.toContain('<c:v>80000</c:v>')
    // No series calls a reference a target.
    expect(funnel).not.toContain('<c:v>Target</c:v>')
    expect(text('ppt/slides/slide1.xml')).toContain('what-if target set on this device')
  })

  it('draws the other period beside a shared metric, as the slide does, in its own series and colour', async () => {
    const current = syntheticDatasets.get('synthetic-demo') as Dataset
    const previous = syntheticDatasets.get('synthetic-demo-previous') as Dataset
    const others = otherPeriods(current, [{ key: 'synthetic-demo-previous', dataset: previous }])
    const deck = buildDeck(deriveKpis(current), {}, undefined, 'en', others)
    const { names, text } = await unzipDeck(deck, current)
    const charts = names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).map(text)
    const lockers = charts.find((xml) => xml.includes('Synthetic parcel lockers installed')) ?? ''
    const series = lockers.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? []
    // The slide's legend names the other dataset by its period and edition; the series holds its
    // figure (800 lockers in 2098) in the colour of its marks on the slide (--chart-2).
    const legend = deck.slides
      .flatMap((s) => (s.kind === 'event' && s.chart ? s.chart.legend : []))
      .find((item) => item.kind === 'other-period')
    expect(legend?.label).toMatch(/^2098 \(.*synthetic/i)
    const other = series.find((s) => s.includes(`<c:v>${legend?.label}</c:v>`)) ?? ''
    expect(other).toContain('<c:v>800</c:v>')
    expect(other).toContain('<a:srgbClr val="F0B400"/>')
    // The figure of this period stays in its own series, and the alternative text says both.
    expect(series.find((s) => s.includes('<c:v>1200</c:v>'))).not.toBe(other)
    const slides = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map(text)
    expect(slides.some((xml) => /descr="[^"]*2098: 800/.test(xml))).toBe(true)
    // A dataset sharing nothing gets no such series.
    const alone = await unzipDeck(buildDeck(deriveKpis(current)), current)
    const plain = alone.names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).map(alone.text)
    expect(plain.join('\n')).not.toContain('2098')
  })
})

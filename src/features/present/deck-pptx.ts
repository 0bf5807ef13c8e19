/**
 * The deck as a PowerPoint file: the same slides, in the same language, currency, filters and
 * theme, with real text, native (editable) charts holding each slide's figures and targets,
 * the speaker notes, and each slide stamped with its source line and where it came from.
 * PptxGenJS is large, so this module is loaded only when someone asks for the file.
 */
import { i18n } from '@lingui/core'
import JSZip from 'jszip'
import PptxGenJS from 'pptxgenjs'
import { stampTexts } from '@/i18n/export-table'
import { statusMessage } from '@/i18n/labels'
import type { Deck, EventSlide, NotesSlide, Slide, SummarySlide, TitleSlide } from './deck-model'
import { addChart, type SeriesOutline } from './deck-pptx-chart'
import { type DeckPalette, type DeckPptxOptions, font, MARGIN, W } from './deck-pptx-layout'
import { patchChartXml } from './deck-pptx-xml'

const FOOTER_Y = 6.55

function text(
  slide: PptxGenJS.Slide,
  content: string | PptxGenJS.TextProps[],
  at: { x?: number; y: number; w?: number; h: number },
  style: PptxGenJS.TextPropsOptions,
) {
  slide.addText(content, {
    x: at.x ?? MARGIN,
    y: at.y,
    w: at.w ?? W - 2 * MARGIN,
    h: at.h,
    valign: 'top',
    margin: 0,
    fit: 'shrink',
    ...style,
  })
}

function heading(
  slide: PptxGenJS.Slide,
  content: string,
  at: { y: number; h: number },
  o: DeckPptxOptions,
) {
  const style = { fontFace: font(o.locale), fontSize: 30, bold: true, color: o.palette.text }
  text(slide, content, at, style)
}

function footer(
  slide: PptxGenJS.Slide,
  s: Slide,
  number: number,
  count: number,
  { palette, locale, stamp }: DeckPptxOptions,
) {
  const face = font(locale)
  const quote = s.source.quote ? `“${s.source.quote}” ` : ''
  slide.addShape('line', {
    x: MARGIN,
    y: FOOTER_Y - 0.08,
    w: W - 2 * MARGIN,
    h: 0,
    line: { color: palette.border, width: 1 },
  })
  text(
    slide,
    [
      { text: quote, options: { italic: true, fontFace: 'Georgia' } },
      { text: s.source.attribution, options: { bold: true } },
    ],
    { y: FOOTER_Y, w: W - 2 * MARGIN - 1.2, h: 0.5 },
    { fontFace: face, fontSize: 11, color: palette.text },
  )
  text(
    slide,
    i18n._('present.footer.number', {
      number: String(number),
      count: String(count),
    }),
    { x: W - MARGIN - 1.1, y: FOOTER_Y, w: 1.1, h: 0.3 },
    { fontFace: face, fontSize: 12, bold: true, color: palette.text, align: 'right' },
  )
  // Where the file came from, small, on every slide.
  text(
    slide,
    stampTexts(stamp, locale).join(' · '),
    { y: 7.1, h: 0.3 },
    {
      fontFace: face,
      fontSize: 7,
      color: palette.muted,
    },
  )
}

function titleSlide(slide: PptxGenJS.Slide, s: TitleSlide, o: DeckPptxOptions) {
  const face = font(o.locale)
  slide.addShape('rect', { x: MARGIN, y: 0.5, w: 0.08, h: 5.7, fill: { color: o.palette.accent } })
  const x = MARGIN + 0.4
  const w = W - x - MARGIN
  text(
    slide,
    s.organisation,
    { x, w, y: 1.7, h: 0.5 },
    { fontFace: face, fontSize: 24, bold: true, color: o.palette.accent },
  )
  text(
    slide,
    s.heading,
    { x, w, y: 2.3, h: 1.2 },
    { fontFace: face, fontSize: 60, bold: true, color: o.palette.text },
  )
  text(
    slide,
    s.subtitle,
    { x, w, y: 3.6, h: 0.5 },
    { fontFace: face, fontSize: 24, color: o.palette.text },
  )
  text(
    slide,
    s.scope,
    { x, w, y: 4.2, h: 0.4 },
    { fontFace: face, fontSize: 20, bold: true, color: o.palette.text },
  )
  if (s.filterText) {
    text(
      slide,
      s.filterText,
      { x, w, y: 4.7, h: 0.4 },
      { fontFace: face, fontSize: 18, color: o.palette.muted },
    )
  }
  // Analysts' what-if targets replace published ones: said on the title, as the deck says it.
  if (s.whatIfText) {
    text(
      slide,
      s.whatIfText,
      { x, w, y: s.filterText ? 5.2 : 4.7, h: 0.7 },
      { fontFace: face, fontSize: 16, bold: true, color: o.palette.text },
    )
  }
}

function eventSlide(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  s: EventSlide,
  o: DeckPptxOptions,
  outlines: Map<string, SeriesOutline>,
) {
  const face = font(o.locale)
  text(
    slide,
    s.kicker,
    { y: 0.35, h: 0.35 },
    { fontFace: face, fontSize: 16, bold: true, color: o.palette.accent },
  )
  heading(slide, s.heading, { y: 0.7, h: 0.95 }, o)
  const figures = s.figures.slice(0, 3)
  const gap = 0.25
  const fw = (W - 2 * MARGIN - gap * (figures.length - 1)) / Math.max(1, figures.length)
  figures.forEach((f, i) => {
    const status = f.status ? `${i18n._(statusMessage[f.status])}` : ''
    const detail = [status, ...(f.detail ?? [])].filter(Boolean).join(' · ')
    text(
      slide,
      [
        { text: f.value, options: { fontSize: 30, bold: true, breakLine: true } },
        { text: f.label, options: { fontSize: 14, breakLine: true } },
        { text: detail, options: { fontSize: 12, color: o.palette.muted } },
      ],
      { x: MARGIN + i * (fw + gap), w: fw, y: 1.75, h: 1.45 },
      { fontFace: face, color: o.palette.text },
    )
  })
  if (s.conversion) {
    text(
      slide,
      s.conversion,
      { y: 3.2, h: 0.3 },
      {
        fontFace: face,
        fontSize: 12,
        italic: true,
        color: o.palette.muted,
      },
    )
  }
  if (s.chart) {
    for (const [name, outline] of addChart(pptx, slide, s.chart, { y: 3.5, h: 2.95 }, o)) {
      outlines.set(name, outline)
    }
  } else if (s.dates.length > 0) {
    text(
      slide,
      s.dates.map((d) => ({
        text: `${d.date}  ${d.label}`,
        options: { bullet: true, breakLine: true },
      })),
      { y: 3.4, h: 3 },
      { fontFace: face, fontSize: 16, color: o.palette.text },
    )
  } else {
    text(
      slide,
      s.summary,
      { y: 3.4, h: 2 },
      { fontFace: face, fontSize: 18, color: o.palette.text },
    )
  }
}

function summarySlide(slide: PptxGenJS.Slide, s: SummarySlide, o: DeckPptxOptions) {
  const face = font(o.locale)
  heading(slide, s.heading, { y: 0.4, h: 0.7 }, o)
  const counts = s.counts.map((c) => `${i18n._(statusMessage[c.status])}: ${c.count}`).join(' · ')
  text(slide, counts, { y: 1.1, h: 0.4 }, { fontFace: face, fontSize: 16, color: o.palette.text })
  const cell = (t: string, extra: PptxGenJS.TableCellProps = {}): PptxGenJS.TableCell => ({
    text: t,
    options: extra,
  })
  const head = { bold: true, fill: { color: o.palette.surface2 } }
  const rows: PptxGenJS.TableRow[] = []
  for (const group of s.groups) {
    rows.push([cell(group.title, { ...head, colspan: 4 })])
    for (const item of group.items) {
      rows.push([
        cell(item.label),
        cell(item.value),
        cell(item.target),
        cell(i18n._(statusMessage[item.status])),
      ])
    }
  }
  if (rows.length > 0) {
    slide.addTable(rows, {
      x: MARGIN,
      y: 1.6,
      w: W - 2 * MARGIN,
      colW: [6.3, 2, 2, 2.033],
      fontFace: face,
      fontSize: 11,
      color: o.palette.text,
      border: { type: 'solid', pt: 0.5, color: o.palette.border },
      autoPage: false,
    })
  }
}

function notesSlide(slide: PptxGenJS.Slide, s: NotesSlide, o: DeckPptxOptions) {
  const face = font(o.locale)
  heading(slide, s.heading, { y: 0.4, h: 0.7 }, o)
  const lines = [...s.findings.map((f) => `${f.subject}: ${f.message}`), ...s.provenanceNotes]
  text(
    slide,
    lines.map((line) => ({ text: line, options: { bullet: true, breakLine: true } })),
    { y: 1.25, h: 5.1 },
    { fontFace: face, fontSize: 14, color: o.palette.text, paraSpaceAfter: 6 },
  )
}

/**
 * The deck as a PptxGenJS presentation, ready to write; `outlines` receives the target series
 * to outline (patched in by deckPptxFile).
 */
function buildDeckPptx(
  deck: Deck,
  options: DeckPptxOptions,
  outlines: Map<string, SeriesOutline>,
): PptxGenJS {
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = options.title
  pptx.company = options.stamp.source.publisher
  pptx.subject = options.stamp.url
  pptx.theme = { headFontFace: font(options.locale), bodyFontFace: font(options.locale) }
  const count = deck.slides.length
  deck.slides.forEach((s, index) => {
    const slide = pptx.addSlide()
    slide.background = { color: options.palette.surface }
    if (s.kind === 'title') titleSlide(slide, s, options)
    else if (s.kind === 'event') eventSlide(pptx, slide, s, options, outlines)
    else if (s.kind === 'summary') summarySlide(slide, s, options)
    else notesSlide(slide, s, options)
    footer(slide, s, index + 1, count, options)
    if (s.notes.length > 0) slide.addNotes(s.notes.join('\n\n'))
  })
  return pptx
}

/** The CSS custom properties of the deck element, as a palette. */
export function readPalette(element: Element): DeckPalette {
  const style = getComputedStyle(element)
  const get = (name: string) => toHex(style.getPropertyValue(name).trim())
  return {
    surface: get('--surface'),
    surface2: get('--surface-2'),
    text: get('--text'),
    muted: get('--text-muted'),
    border: get('--border'),
    accent: get('--accent'),
    target: get('--chart-target'),
    chart: Object.fromEntries(
      ['chart-1', 'chart-2', 'chart-3', 'chart-4', 'chart-target'].map((name) => [
        name,
        get(`--${name}`),
      ]),
    ),
  }
}

function toHex(colour: string): string {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour)
  if (short)
    return short
      .slice(1)
      .map((c) => c + c)
      .join('')
      .toUpperCase()
  return colour.replace(/^#/, '').slice(0, 6).toUpperCase() || '000000'
}

/** The .pptx file's bytes: built, then its charts patched (deck-pptx-xml.ts). */
export async function deckPptxFile(deck: Deck, options: DeckPptxOptions): Promise<Uint8Array> {
  const outlines = new Map<string, SeriesOutline>()
  const built = await buildDeckPptx(deck, options, outlines).write({ outputType: 'uint8array' })
  const zip = await JSZip.loadAsync(built as Uint8Array)
  for (const part of zip.file(/^ppt\/charts\/chart\d+\.xml$/)) {
    zip.file(part.name, patchChartXml(await part.async('string'), outlines))
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/** Builds the file and hands it to the browser as a download. */
export async function downloadDeckPptx(
  deck: Deck,
  options: DeckPptxOptions,
  fileName: string,
): Promise<void> {
  const bytes = await deckPptxFile(deck, options)
  const url = URL.createObjectURL(
    new Blob([bytes as BlobPart], {
      type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    }),
  )
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

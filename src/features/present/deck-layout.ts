/**
 * Slide geometry: ONE source for the sizes a slide is laid out at (1920×1080 CSS px, scaled to
 * the screen) that the deck's builder must know to fit figures and paginate lists. present.css
 * reads them as custom properties (`slideGeometryStyle`, set on the deck's root), so a size is
 * written once. Sizes only the CSS needs stay in the CSS.
 */
import type { Qualifier, Unit } from '@/domain/schema'
import { formatCompact, formatInteger, formatPercent } from '@/lib/format'
import type { SlideFigure } from './deck-model'
import { isWide, textColumns } from './deck-words'

export const slideGeometry = {
  /** The slide, in CSS px. */
  width: 1920,
  height: 1080,
  /** Left and right padding of a slide. */
  paddingX: 80,
  /** Gap between two headline figures in a row. */
  figureGap: 32,
  /** A headline figure's value: type size, narrowest value box, the rule and space before it. */
  figureFont: 72,
  figureMinValue: 366,
  figureRule: 10,
  figurePadding: 24,
} as const

/** The geometry as the CSS custom properties present.css reads: `--slide-width: 1920px` … */
export function slideGeometryStyle(): Record<string, string> {
  const g = slideGeometry
  return {
    '--slide-width': `${g.width}px`,
    '--slide-height': `${g.height}px`,
    '--slide-padding-x': `${g.paddingX}px`,
    '--slide-figure-gap': `${g.figureGap}px`,
    '--slide-figure-font': `${g.figureFont}px`,
    '--slide-figure-min-value': `${g.figureMinValue}px`,
    '--slide-figure-rule': `${g.figureRule}px`,
    '--slide-figure-padding': `${g.figurePadding}px`,
  }
}

export const MAX_FIGURES = 6

/**
 * A row of figure tiles above a chart: each as wide as its value at 72 px bold and at least
 * 400 px (the value box, its rule and padding). A Latin letter or digit is about 0.7 em wide
 * at that weight; a Chinese character takes a full em.
 */
export const FIGURE_ROW_WIDTH = slideGeometry.width - 2 * slideGeometry.paddingX
const FIGURE_CHROME = slideGeometry.figureRule + slideGeometry.figurePadding
const FIGURE_MIN_WIDTH = slideGeometry.figureMinValue + FIGURE_CHROME
const NARROW_EM = 0.7
const WIDE_EM = 1

export function figureWidth(figure: Pick<SlideFigure, 'value'>): number {
  let ems = 0
  for (const char of figure.value) ems += isWide(char) ? WIDE_EM : NARROW_EM
  return Math.max(FIGURE_MIN_WIDTH, ems * slideGeometry.figureFont + FIGURE_CHROME)
}

/**
 * The figures that fit one row, in order of importance; the rest stay in the speaker notes.
 * `width` measures a figure: by default its value as shown, and the deck measures the widest
 * language's value too, so every language shows the same figures.
 */
export function fitRow<T extends Pick<SlideFigure, 'value'>>(
  figures: readonly T[],
  width: (figure: T) => number = figureWidth,
): T[] {
  const kept: T[] = []
  let used = 0
  for (const figure of figures) {
    const needed = width(figure) + (kept.length > 0 ? slideGeometry.figureGap : 0)
    if (used + needed <= FIGURE_ROW_WIDTH) {
      kept.push(figure)
      used += needed
    }
  }
  return kept
}

// Pages: slides hold a fixed number of text lines, so long lists continue on the next slide

/**
 * Rough lines a text takes in a column of `perLine` Latin characters; a Chinese character is
 * full width, so it counts as two.
 */
export function lineCount(text: string, perLine: number): number {
  return Math.max(1, Math.ceil(textColumns(text) / perLine))
}

export function paginate<T>(
  items: readonly T[],
  lines: (item: T) => number,
  firstBudget: number,
  budget: number,
): T[][] {
  const pages: T[][] = [[]]
  let left = firstBudget
  for (const item of items) {
    const need = lines(item)
    const page = pages.at(-1) as T[]
    if (page.length > 0 && need > left) {
      pages.push([item])
      left = budget - need
    } else {
      page.push(item)
      left -= need
    }
  }
  return pages
}

/**
 * The summary table at 1920×1080 (present.css), in px: characters per line of the figure column,
 * a row of one line (32 px type at line-height 1.15, padding and rule), each further line of a
 * wrapped label, a group heading row, and the room for rows under the column headings, below the
 * status tiles on the first page and on the whole body on the others.
 */
export const SUMMARY_LABEL_CHARS = 52
/** Characters of a status word that fit its 340 px column at 32 px. */
export const SUMMARY_STATUS_CHARS = 18
export const SUMMARY_ROW = 47
export const SUMMARY_ROW_LINE = 37
export const SUMMARY_GROUP = 53
const SUMMARY_HEAD = 47
const SUMMARY_BODY = 754
const SUMMARY_TILES = 157 + 24
export const SUMMARY_FIRST_ROOM = SUMMARY_BODY - SUMMARY_TILES - SUMMARY_HEAD
export const SUMMARY_ROOM = SUMMARY_BODY - SUMMARY_HEAD
/** Characters per line of a finding (bold titles run wider), lines per notes slide, the gap. */
export const NOTES_CHARS = 104
export const NOTES_TITLE_CHARS = 90
export const NOTES_LINES = 19.4
export const NOTES_GAP_LINES = 0.6

/**
 * A figure's value as the widest language the deck is written in sets it (English: "CNY 10
 * billion+", where Chinese writes 超过100亿元), from the amount alone, without a catalog. Rows are
 * fitted to the wider of this and the value as shown, so every language keeps the same figures.
 */
export function widestValue(value: number, unit: Unit, qualifier: Qualifier): string {
  const text =
    unit === 'CNY' || unit === 'USD'
      ? `${unit} ${formatCompact(value, 'en')}`
      : unit === 'percent'
        ? formatPercent(value / 100, 'en', 2)
        : unit === 'days' || unit === 'years'
          ? `${formatInteger(value, 'en')} ${unit}`
          : value >= 1_000_000
            ? formatCompact(value, 'en')
            : formatInteger(value, 'en')
  return qualifier === 'more-than'
    ? `${text}+`
    : qualifier === 'exact'
      ? text
      : `${qualifier === 'about' ? 'about' : 'up to'} ${text}`
}

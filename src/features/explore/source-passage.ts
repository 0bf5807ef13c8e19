import type { SourceDocument } from '@/domain/schema'

export interface Segment {
  text: string
  marked: boolean
}

/** A paragraph of a source with the quoted sentences marked. */
export interface Passage {
  source: SourceDocument
  segments: Segment[]
}

/** A source's paragraphs: its text split on blank lines. */
export function sourceParagraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t\u00a0]*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
}

/** Splits a paragraph into plain and marked runs; overlapping or adjacent quotes merge. */
export function markQuotes(paragraph: string, quotes: readonly string[]): Segment[] {
  const ranges: [number, number][] = []
  for (const quote of quotes) {
    let at = paragraph.indexOf(quote)
    while (quote !== '' && at !== -1) {
      ranges.push([at, at + quote.length])
      at = paragraph.indexOf(quote, at + quote.length)
    }
  }
  ranges.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const range of ranges) {
    const last = merged.at(-1)
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([...range])
  }
  const segments: Segment[] = []
  let cursor = 0
  for (const [start, end] of merged) {
    if (start > cursor) segments.push({ text: paragraph.slice(cursor, start), marked: false })
    segments.push({ text: paragraph.slice(start, end), marked: true })
    cursor = end
  }
  if (cursor < paragraph.length) segments.push({ text: paragraph.slice(cursor), marked: false })
  return segments
}

/**
 * Each paragraph of the sources that holds one of the quotes, in source order, with the quotes
 * marked. A quote that runs across paragraphs is shown on its own, marked, so none is lost.
 */
export function passagesFor(
  sources: readonly SourceDocument[],
  quotes: readonly string[],
): Passage[] {
  const passages: Passage[] = []
  const found = new Set<string>()
  for (const source of sources) {
    for (const paragraph of sourceParagraphs(source.text)) {
      const inside = quotes.filter((q) => paragraph.includes(q))
      if (inside.length === 0) continue
      for (const q of inside) found.add(q)
      passages.push({ source, segments: markQuotes(paragraph, inside) })
    }
  }
  const first = sources[0]
  if (first) {
    for (const quote of quotes) {
      if (!found.has(quote))
        passages.push({ source: first, segments: [{ text: quote, marked: true }] })
    }
  }
  return passages
}

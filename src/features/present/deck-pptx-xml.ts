/** What PptxGenJS cannot write itself, patched into its chart parts after the file is built. */
import type { SeriesOutline } from './deck-pptx-chart'

/** Line width of an outlined target bar, in EMU (2.25 pt). */
const OUTLINE_EMU = 28575

/** As PptxGenJS writes a series name into the XML. */
function encodeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/**
 * One chart part (ppt/charts/chartN.xml): the named target series become outlined bars, dashed
 * or dash-dot (`outlines`, by series name), instead of filled ones; a point with no figure
 * (written as an empty value) is left out, so it is blank rather than a bar or label of 0.
 */
export function patchChartXml(xml: string, outlines: ReadonlyMap<string, SeriesOutline>): string {
  const byName = new Map([...outlines].map(([name, outline]) => [encodeXml(name), outline]))
  return xml
    .replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '')
    .replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (series) => {
      const name = /<c:tx>[\s\S]*?<c:v>([\s\S]*?)<\/c:v>/.exec(series)?.[1]
      const outline = name === undefined ? undefined : byName.get(name)
      if (!outline) return series
      return series.replace(
        /<c:spPr>\s*<a:solidFill>([\s\S]*?)<\/a:solidFill>/,
        `<c:spPr><a:noFill/><a:ln w="${OUTLINE_EMU}"><a:solidFill>$1</a:solidFill><a:prstDash val="${outline}"/></a:ln>`,
      )
    })
}

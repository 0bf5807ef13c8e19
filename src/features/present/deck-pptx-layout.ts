/**
 * What the PowerPoint deck's slide builder and chart builder share: the options, the theme's
 * colours, the page geometry and the typeface (its own module, so neither imports the other).
 */
import type { Locale } from '@/domain/locale'
import type { ExportStamp } from '@/lib/export'

/** The deck theme's colours as hex (no #), read from the page's CSS or given by a test. */
export interface DeckPalette {
  surface: string
  surface2: string
  text: string
  muted: string
  border: string
  accent: string
  target: string
  /** The chart palette: `--chart-1` … `--chart-4`. */
  chart: Record<string, string>
}

export interface DeckPptxOptions {
  palette: DeckPalette
  locale: Locale
  stamp: ExportStamp
  /** The file's title (document properties). */
  title: string
}

// 16:9 at 13.333 × 7.5 in; sizes are in inches, type in points.
export const W = 13.333
export const MARGIN = 0.5

export function font(locale: Locale): string {
  // Common faces PowerPoint and Impress both map well; Chinese needs a CJK face.
  return locale === 'zh-CN' ? 'Microsoft YaHei' : 'Arial'
}

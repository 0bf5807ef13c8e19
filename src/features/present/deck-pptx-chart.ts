/** The native, editable PowerPoint chart of a slide: its figures and its targets as series. */
import { i18n } from '@lingui/core'
import type PptxGenJS from 'pptxgenjs'
import type { TargetedValue } from '@/components/charts/chart-types'
import type { Locale } from '@/domain/locale'
import type { TargetProvenance } from '@/domain/schema'
import { otherPeriodLegendKey } from '@/families/other-periods'
import type { SlideChart } from './deck-model'
import { type DeckPalette, type DeckPptxOptions, font, MARGIN, W } from './deck-pptx-layout'

function hex(colour: string, palette: DeckPalette): string {
  const variable = /^var\(--([\w-]+)\)$/.exec(colour)?.[1]
  if (variable) return palette.chart[variable] ?? palette.text
  return colour.replace(/^#/, '')
}

/** Divides large figures so data labels stay short: "10" with the axis saying "billion". */
function chartScale(values: readonly number[], locale: Locale): { divisor: number; unit?: string } {
  const max = Math.max(0, ...values.map(Math.abs))
  const steps: [number, string][] =
    locale === 'zh-CN'
      ? [
          [1e8, 'present.pptx.unit.hundredMillion'],
          [1e4, 'present.pptx.unit.tenThousand'],
        ]
      : [
          [1e9, 'present.pptx.unit.billion'],
          [1e6, 'present.pptx.unit.million'],
        ]
  const step = steps.find(([divisor]) => max >= divisor * 1.5)
  return step ? { divisor: step[0], unit: i18n._(step[1]) } : { divisor: 1 }
}

interface ChartData {
  name: string
  labels: string[]
  /** NaN where the category has no figure of the series: left blank, not drawn as a 0. */
  values: number[]
}

/**
 * How a target series is outlined instead of filled, told apart without colour as in the app:
 * an illustrative reference dashed, an analyst's target dash-dot (stated and derived targets
 * are filled grey bars). PptxGenJS fills every bar, so the file is patched after it is written
 * (outlineSeries in deck-pptx-xml.ts), by series name.
 */
export type SeriesOutline = 'dash' | 'dashDot'

function outlineOf(provenance: TargetProvenance): SeriesOutline | undefined {
  if (provenance === 'illustrative') return 'dash'
  if (provenance === 'analyst') return 'dashDot'
  return undefined
}

/**
 * The chart's series as PowerPoint wants them: one per value series, one per other dataset that
 * shares a metric (`colours`: these first ones' colours, in order), then one per kind of target
 * (named as the slide's legend names it: "Target (stated)", "Illustrative reference (no target
 * published)", "Target (analyst)"), so a reference never passes for a target in the file's legend.
 */
function chartData(chart: SlideChart): {
  data: ChartData[]
  colours: string[]
  outlines: Map<string, SeriesOutline>
} {
  const targetName = (provenance: TargetProvenance) =>
    chart.legend.find((item) => item.kind === 'target' && item.provenance === provenance)?.label ??
    i18n._('present.pptx.target')
  const kinds = (values: readonly (TargetedValue | undefined)[]) => [
    ...new Set(
      values.flatMap((v) =>
        v?.target !== undefined && v.targetProvenance ? [v.targetProvenance] : [],
      ),
    ),
  ]
  const outlines = new Map<string, SeriesOutline>()
  const colours: string[] = []
  /**
   * The same metric in other datasets, as the slide draws it beside the values: a series per
   * dataset, in its marks' colour, named as the slide's legend names it ("2098 (…)").
   */
  const otherSeries = (
    labels: string[],
    values: readonly (TargetedValue | undefined)[],
    suffix: string,
  ): ChartData[] => {
    const marks = new Map(values.flatMap((v) => v?.otherPeriods ?? []).map((o) => [o.key, o]))
    return [...marks.values()].map(({ key, colour }) => {
      colours.push(colour)
      const legend = chart.legend.find((item) => item.key === otherPeriodLegendKey(key))
      return {
        name: `${legend?.label ?? key}${suffix}`,
        labels,
        values: values.map((v) => v?.otherPeriods?.find((o) => o.key === key)?.value ?? Number.NaN),
      }
    })
  }
  const targetSeries = (
    labels: string[],
    values: readonly (TargetedValue | undefined)[],
    suffix: string,
  ): ChartData[] =>
    kinds(values).map((provenance) => {
      const name = `${targetName(provenance)}${suffix}`
      const outline = outlineOf(provenance)
      if (outline) outlines.set(name, outline)
      return {
        name,
        labels,
        values: values.map((v) =>
          v?.target !== undefined && v.targetProvenance === provenance ? v.target : Number.NaN,
        ),
      }
    })
  if (chart.kind === 'bullet') {
    const labels = chart.rows.map((r) => r.rowLabel)
    const name = chart.legend.find((item) => item.kind === 'bar')?.label ?? chart.title
    colours.push(chart.colour)
    const data = [
      { name, labels, values: chart.rows.map((r) => r.value) },
      ...otherSeries(labels, chart.rows, ''),
      ...targetSeries(labels, chart.rows, ''),
    ]
    return { data, colours, outlines }
  }
  const labels = chart.categories.map((c) => c.label)
  const data: ChartData[] = chart.series.map((s) => {
    colours.push(s.colour)
    return {
      name: s.label,
      labels,
      values: chart.categories.map((c) => c.values[s.key]?.value ?? Number.NaN),
    }
  })
  const suffixOf = (label: string) => (chart.series.length > 1 ? `: ${label}` : '')
  for (const s of chart.series) {
    data.push(
      ...otherSeries(
        labels,
        chart.categories.map((c) => c.values[s.key]),
        suffixOf(s.label),
      ),
    )
  }
  for (const s of chart.series) {
    const suffix = suffixOf(s.label)
    data.push(
      ...targetSeries(
        labels,
        chart.categories.map((c) => c.values[s.key]),
        suffix,
      ),
    )
  }
  return { data, colours, outlines }
}

/** Adds the chart; returns the target series to outline (see SeriesOutline), by name. */
export function addChart(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  chart: SlideChart,
  box: { y: number; h: number },
  { palette, locale }: DeckPptxOptions,
) {
  const { data, colours, outlines } = chartData(chart)
  const all = data.flatMap((d) => d.values.filter((v) => !Number.isNaN(v)))
  const { divisor, unit } = chartScale(all, locale)
  // PowerPoint draws a bar chart's first category at the bottom: reversed, the first is on top.
  const scaled = data.map((d) => ({
    ...d,
    labels: [...d.labels].reverse(),
    values: d.values.map((v) => v / divisor).reverse(),
  }))
  const valueColours = colours.map((c) => hex(c, palette))
  // Targets in the grey of the slide's target bands, so the figures keep the colour; an outlined
  // target (a reference, an analyst's) in the target marks' colour, which reads on the slide.
  const chartColors = scaled.map(
    (d, i) => valueColours[i] ?? (outlines.has(d.name) ? palette.target : palette.border),
  )
  const log = chart.kind === 'bars' && chart.scale === 'log'
  const percent = chart.tick === 'percent'
  const face = font(locale)
  slide.addChart(pptx.ChartType.bar, scaled, {
    x: MARGIN,
    y: box.y,
    w: W - 2 * MARGIN,
    h: box.h,
    barDir: 'bar',
    barGrouping: 'clustered',
    barGapWidthPct: 60,
    chartColors,
    showTitle: true,
    title: chart.title,
    titleColor: palette.text,
    titleFontFace: face,
    titleFontSize: 16,
    showLegend: scaled.length > 1,
    legendPos: 'b',
    legendColor: palette.text,
    legendFontFace: face,
    legendFontSize: 12,
    catAxisLabelColor: palette.text,
    catAxisLabelFontFace: face,
    catAxisLabelFontSize: 12,
    valAxisLabelColor: palette.muted,
    valAxisLabelFontFace: face,
    valAxisLabelFontSize: 11,
    valAxisLineShow: false,
    valGridLine: { color: palette.border, style: 'solid', size: 0.5 },
    valAxisMinVal: log ? 1 : 0,
    ...(log ? { valAxisLogScaleBase: 10 } : {}),
    ...(unit
      ? { showValAxisTitle: true, valAxisTitle: unit, valAxisTitleColor: palette.muted }
      : {}),
    valAxisTitleFontSize: 11,
    showValue: true,
    dataLabelPosition: 'outEnd',
    dataLabelColor: palette.text,
    dataLabelFontSize: 11,
    dataLabelFontFace: face,
    dataLabelFormatCode: percent ? '0"%"' : '#,##0.##',
    valAxisLabelFormatCode: percent ? '0"%"' : '#,##0.##',
    altText: chart.summary,
  })
  return outlines
}

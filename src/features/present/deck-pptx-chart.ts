/** The native, editable PowerPoint chart of a slide: its figures and its targets as series. */
import { i18n } from '@lingui/core'
import type PptxGenJS from 'pptxgenjs'
import type { ChartSeries, TargetedValue } from '@/components/charts/chart-types'
import type { Locale } from '@/domain/locale'
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
  values: number[]
}

/** The chart's series as PowerPoint wants them: one per value series, then one of targets. */
function chartData(chart: SlideChart): { data: ChartData[]; colours: string[]; all: number[] } {
  const targetName = i18n._('present.pptx.target')
  if (chart.kind === 'bullet') {
    const labels = chart.rows.map((r) => r.rowLabel)
    const values = chart.rows.map((r) => r.value)
    const targets = chart.rows.map((r) => r.target ?? 0)
    const name = chart.legend.find((item) => item.kind === 'bar')?.label ?? chart.title
    const data = [{ name, labels, values }]
    const withTargets = chart.rows.some((r) => r.target !== undefined)
    if (withTargets) data.push({ name: targetName, labels, values: targets })
    return { data, colours: [chart.colour], all: [...values, ...targets] }
  }
  const labels = chart.categories.map((c) => c.label)
  const pick = (series: ChartSeries, f: (v: TargetedValue) => number | undefined) =>
    chart.categories.map((c) => {
      const v = c.values[series.key]
      return v ? (f(v) ?? 0) : 0
    })
  const data = chart.series.map((s) => ({ name: s.label, labels, values: pick(s, (v) => v.value) }))
  const targeted = chart.series.filter((s) =>
    chart.categories.some((c) => c.values[s.key]?.target !== undefined),
  )
  for (const s of targeted) {
    data.push({
      name: chart.series.length > 1 ? `${targetName}: ${s.label}` : targetName,
      labels,
      values: pick(s, (v) => v.target),
    })
  }
  return {
    data,
    colours: chart.series.map((s) => s.colour),
    all: data.flatMap((d) => d.values),
  }
}

export function addChart(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  chart: SlideChart,
  box: { y: number; h: number },
  { palette, locale }: DeckPptxOptions,
) {
  const { data, colours, all } = chartData(chart)
  const { divisor, unit } = chartScale(all, locale)
  // PowerPoint draws a bar chart's first category at the bottom: reversed, the first is on top.
  const scaled = data.map((d) => ({
    ...d,
    labels: [...d.labels].reverse(),
    values: d.values.map((v) => v / divisor).reverse(),
  }))
  const valueColours = colours.map((c) => hex(c, palette))
  // Targets in the grey of the slide's target bands, so the figures keep the colour.
  const chartColors = scaled.map((_, i) => valueColours[i] ?? palette.border)
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
}

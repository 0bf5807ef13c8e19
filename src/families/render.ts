/**
 * A family spec's parts in the reader's language, as the chart building blocks take them: for the
 * overview panel, the slide chart and their table alternatives. Nothing here knows a family.
 */
import { i18n } from '@lingui/core'
import type { BulletRow } from '@/components/charts/bullet-chart'
import type { LegendItem } from '@/components/charts/chart-legend'
import type { ChartSeries, ChartTableRow } from '@/components/charts/chart-types'
import type { BarCategory } from '@/components/charts/target-bar-chart'
import type { Locale } from '@/domain/locale'
import { formatCompact, formatPercent, formatQualified, formatRate } from '@/lib/format'
import { say, sayText, sayValue } from './say'
import type {
  BarsPlotSpec,
  BulletRowSpec,
  ConversionSpec,
  LegendSpec,
  PlotSpec,
  SeriesSpec,
  TableRowSpec,
  TickKind,
} from './spec'

export function legendItems(legend: readonly LegendSpec[], locale: Locale): LegendItem[] {
  return legend.map((item) => ({ ...item, label: say(item.label, locale) }) as LegendItem)
}

export function seriesOf(series: readonly SeriesSpec[], locale: Locale): ChartSeries[] {
  return series.map((s) => ({ ...s, label: say(s.label, locale) }))
}

export function categoriesOf(plot: BarsPlotSpec, locale: Locale): BarCategory[] {
  return plot.categories.map((c) => ({
    key: c.key,
    label: sayText(c.label, locale),
    shortLabel: sayText(c.shortLabel, locale),
    values: Object.fromEntries(
      Object.entries(c.values).map(([key, value]) => [key, sayValue(value, locale)]),
    ),
  }))
}

export function bulletRows(rows: readonly BulletRowSpec[], locale: Locale): BulletRow[] {
  return rows.map((row) => ({
    ...sayValue(row, locale),
    key: row.key,
    rowLabel: sayText(row.rowLabel, locale),
    shortLabel: sayText(row.shortLabel, locale),
    openEnded: row.openEnded,
    annotation: row.annotation && { ...row.annotation, text: say(row.annotation.text, locale) },
  }))
}

/**
 * A plot in the reader's language, as the chart building blocks draw it (`PlotChart`): the same
 * for an overview panel's plot and a slide's chart.
 */
export type PlotView =
  | {
      kind: 'bars'
      tick: TickKind
      scale: 'linear' | 'log'
      series: ChartSeries[]
      categories: BarCategory[]
    }
  | {
      kind: 'bullet'
      tick: TickKind
      colour: string
      rows: BulletRow[]
      extraTicks: number[]
    }

export function plotView(plot: PlotSpec, locale: Locale): PlotView {
  return plot.kind === 'bullet'
    ? {
        kind: 'bullet',
        tick: plot.tick,
        colour: plot.colour,
        rows: bulletRows(plot.rows, locale),
        extraTicks: plot.extraTicks,
      }
    : {
        kind: 'bars',
        tick: plot.tick,
        scale: plot.kind === 'log-funnel' ? 'log' : 'linear',
        series: seriesOf(plot.series, locale),
        categories: categoriesOf(plot, locale),
      }
}

/** A row of a chart's table; a converted figure says what the source stated. */
export function tableRow(row: TableRowSpec, locale: Locale): ChartTableRow {
  const stated = row.stated
    ? i18n._('chart.table.statedAs', {
        value: formatQualified(row.stated.value, row.stated.unit, row.stated.qualifier, locale),
      })
    : undefined
  const detail = row.detail === undefined ? undefined : sayText(row.detail, locale)
  return {
    key: row.key,
    label: sayText(row.label, locale),
    detail: [detail, stated].filter(Boolean).join(' · ') || undefined,
    value: sayText(row.value, locale),
    target: row.target === undefined ? undefined : sayText(row.target, locale),
    targetDetail: row.targetDetail,
    attainment: row.attainment === undefined ? undefined : sayText(row.attainment, locale),
    status: row.status,
    otherPeriods: row.otherPeriods?.map((words) => say(words, locale)),
  }
}

/** "Converted at 6.7518 CNY per USD (2017 average)". */
export function conversionText(conversion: ConversionSpec, locale: Locale): string {
  return i18n._('chart.conversion', {
    rate: formatRate(conversion.rate, locale),
    basis: conversion.basis[locale],
  })
}

/** Axis ticks: "550K", "10B", "64%"; 55万, 100亿: short at any width. */
export const ticks: Record<TickKind, (value: number, locale: Locale) => string> = {
  count: (value, locale) => formatCompact(value, locale, 'short'),
  percent: (value, locale) => formatPercent(value / 100, locale),
  share: (value, locale) => formatPercent(value, locale),
}

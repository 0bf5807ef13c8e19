/**
 * The event slides' charts, from the result families' specs (src/families/): each family's
 * slide charts put into the deck's language, with their text alternative built from the plot's
 * values against their targets. The deck computes no family of its own.
 */
import { ChartDataError, type ConversionRate } from '@/domain/chart-data'
import type { MoneyView } from '@/domain/currency'
import type { Kpis } from '@/domain/kpis'
import type { Locale } from '@/domain/locale'
import { panelLayouts } from '@/families/layout'
import type { OtherPeriods } from '@/families/other-periods'
import { familySpec } from '@/families/registry'
import { legendItems, plotView } from '@/families/render'
import { say, sayValue } from '@/families/say'
import type { CombinedFigureSpec, SlideChartSpec } from '@/families/spec'
import { valueAgainstTarget } from '@/i18n/target-phrases'
import type { SlideChart } from './deck-model'
import { joinClauses, sentence } from './deck-words'

/** The chart in words: an optional lead sentence, then each value against its target. */
function chartSummary(chart: SlideChartSpec, locale: Locale): string {
  const { plot } = chart
  const values =
    plot.kind === 'bullet'
      ? plot.rows
      : plot.categories.flatMap((c) => plot.series.flatMap((s) => c.values[s.key] ?? []))
  const body = sentence(
    joinClauses(
      // Each value against its target, then its figures in other periods: "…; 2098: 800".
      values.flatMap((v) => [
        valueAgainstTarget(sayValue(v, locale), locale),
        ...(v.otherPeriods ?? []).map((o) => say(o.text, locale)),
      ]),
      locale,
    ),
  )
  if (!chart.lead) return body
  return `${say(chart.lead, locale)}${locale === 'en' ? ' ' : ''}${body}`
}

/** A family's slide chart in the deck's language. */
export function slideChart(chart: SlideChartSpec, locale: Locale): SlideChart {
  const { plot } = chart
  const common = {
    key: chart.key,
    chartKind: plot.kind,
    event: chart.event,
    title: say(chart.title, locale),
    summary: chartSummary(chart, locale),
    legend: legendItems(chart.legend, locale),
  }
  return { ...common, ...plotView(plot, locale) }
}

export interface DeckFamilies {
  /** Each event's chart, keyed by event number: the first family to chart the event. */
  charts: Map<number, SlideChart>
  /** Figures the families combine from several (the prize tiers). */
  combined: CombinedFigureSpec[]
}

/**
 * Every family's slide charts and combined figures. A family whose figures are not in the
 * dataset (a `ChartDataError`) gives none: its event's slide goes without a chart. Any other
 * error is a bug and is thrown. Stops after each family (see deckInParts).
 */
export function* deckFamilies(
  kpis: Kpis,
  money: MoneyView | undefined,
  rate: ConversionRate | undefined,
  locale: Locale,
  others?: OtherPeriods,
): Generator<void, DeckFamilies, void> {
  const charts = new Map<number, SlideChart>()
  const combined: CombinedFigureSpec[] = []
  const input = { kpis, money: money ?? { currency: undefined, rate: undefined }, rate, others }
  // The dashboard's families in order (dashboard.json or the default): the first to chart an
  // event gives its slide the chart.
  for (const layout of panelLayouts(kpis.dataset)) {
    let spec: ReturnType<typeof familySpec>
    try {
      spec = familySpec(layout, input)
    } catch (error) {
      if (error instanceof ChartDataError) continue
      throw error
    }
    combined.push(...spec.figures)
    for (const chart of spec.slides) {
      if (!charts.has(chart.event)) charts.set(chart.event, slideChart(chart, locale))
    }
    yield
  }
  return { charts, combined }
}

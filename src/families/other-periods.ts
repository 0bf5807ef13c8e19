/**
 * Other periods in a family's charts: where another published dataset defines a metric the same
 * way (domain/comparison.ts), each value of that metric gets the other period's figure beside it
 * as a mark of its own colour, named in the legend by period and dataset, and a line under the
 * value in the table. Nothing is added where nothing is shared. A plot of shares of a whole
 * charts no metric's own figure, so it gets none.
 */
import type { OtherPeriodFigure } from '@/domain/comparison'
import { cnyPerUsd, type MoneyView, toCurrency } from '@/domain/currency'
import type {
  FamilySpec,
  LegendSpec,
  OtherPeriodSpec,
  PlotSpec,
  TableRowSpec,
  ValueSpec,
  Words,
} from './spec'

/** Each metric's comparable figures in the other datasets, keyed by metric id. */
export type OtherPeriods = ReadonlyMap<string, readonly OtherPeriodFigure[]>

/** One colour per other dataset, in the order the datasets come: apart from the value's bars. */
const palette = ['var(--chart-2)', 'var(--chart-4)', 'var(--chart-3)']

function markOf(
  { key, dataset, metric }: OtherPeriodFigure,
  colour: string,
  money: MoneyView,
): OtherPeriodSpec {
  // In the reader's currency at the other dataset's own rate; a conversion the source states
  // stays as stated, as for the figure on screen.
  const { value: shown, unit } = metric.conversionOf
    ? metric
    : toCurrency(metric.value, metric.unit, money.currency, cnyPerUsd(dataset))
  const value = {
    amount: { value: shown, unit, qualifier: metric.qualifier },
    as: 'label',
  } as const
  return {
    key,
    value: shown,
    text: { id: 'chart.otherPeriod.value', values: { period: { period: metric.period }, value } },
    colour,
  }
}

/** The legend entry's key of another dataset's marks (the marks carry the dataset's key). */
export const otherPeriodLegendKey = (key: string) => `other-period-${key}`

/** "2098 (Synthetic demo 2098)": the dataset's period and its name. */
function legendOf({ key, dataset }: OtherPeriodFigure, colour: string): LegendSpec {
  const label: Words = {
    id: 'chart.otherPeriod.legend',
    values: { period: { period: dataset.period }, dataset: { text: dataset.edition } },
  }
  return { key: otherPeriodLegendKey(key), kind: 'other-period', label, colour }
}

/** The spec with the other periods of its metrics. */
export function withOtherPeriods(
  spec: FamilySpec,
  others: OtherPeriods,
  money: MoneyView,
): FamilySpec {
  // Each other dataset keeps its colour in every chart of the family.
  const datasets = new Map<string, { figure: OtherPeriodFigure; colour: string }>()
  for (const figure of [...others.values()].flat()) {
    if (!datasets.has(figure.key)) {
      datasets.set(figure.key, { figure, colour: palette[datasets.size % palette.length] ?? '' })
    }
  }
  const colourOf = (key: string) => datasets.get(key)?.colour ?? ''
  const marks = <V extends ValueSpec>(v: V): V => {
    const figures = others.get(v.key)
    return figures
      ? { ...v, otherPeriods: figures.map((f) => markOf(f, colourOf(f.key), money)) }
      : v
  }
  const plotWith = (plot: PlotSpec): PlotSpec => {
    if (plot.kind === 'bullet') return { ...plot, rows: plot.rows.map(marks) }
    if (plot.kind === 'share-of-whole') return plot
    return {
      ...plot,
      categories: plot.categories.map((c) => ({
        ...c,
        values: Object.fromEntries(Object.entries(c.values).map(([k, v]) => [k, marks(v)])),
      })),
    }
  }
  /** The plots' own legend, then one entry per other dataset they draw. */
  const legendWith = (legend: readonly LegendSpec[], plots: readonly PlotSpec[]) => {
    const keys = new Set(valuesOf(plots).flatMap((v) => (v.otherPeriods ?? []).map((o) => o.key)))
    return [
      ...legend,
      ...[...datasets.values()]
        .filter(({ figure }) => keys.has(figure.key))
        .map(({ figure, colour }) => legendOf(figure, colour)),
    ]
  }
  const plots = spec.panel.plots.map(plotWith)
  const compared = new Set(valuesOf(plots).flatMap((v) => (v.otherPeriods ? [v.key] : [])))
  const rowWith = (row: TableRowSpec): TableRowSpec => {
    const figures = compared.has(row.key) ? others.get(row.key) : undefined
    return figures ? { ...row, otherPeriods: figures.map((f) => markOf(f, '', money).text) } : row
  }
  return {
    ...spec,
    panel: {
      ...spec.panel,
      legend: legendWith(spec.panel.legend, plots),
      plots,
      table: { ...spec.panel.table, rows: spec.panel.table.rows.map(rowWith) },
    },
    slides: spec.slides.map((slide) => {
      const plot = plotWith(slide.plot)
      return { ...slide, plot, legend: legendWith(slide.legend, [plot]) }
    }),
  }
}

/** Every value the plots draw. */
function valuesOf(plots: readonly PlotSpec[]): ValueSpec[] {
  return plots.flatMap((plot) =>
    plot.kind === 'bullet' ? plot.rows : plot.categories.flatMap((c) => Object.values(c.values)),
  )
}

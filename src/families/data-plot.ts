/**
 * A data family's plots, legend and table totals, from its charted metrics: bullets or bars
 * against their targets, the bars of several series side by side in one category.
 */
import type { ChartPoint } from '@/domain/chart-data'
import type { DataFamily, Unit } from '@/domain/schema'
import type { Charted } from './data-words'
import {
  againstTarget,
  bandLegend,
  bulletRow,
  nameOf,
  slideTargetName,
  targetLegend,
} from './points'
import type {
  Arg,
  CategorySpec,
  LegendSpec,
  PlotSpec,
  SeriesSpec,
  TableRowSpec,
  TickKind,
  Words,
} from './spec'

const tickOf = (unit: Unit): TickKind => (unit === 'percent' ? 'percent' : 'count')

export interface Named {
  point: ChartPoint
  /** The label on the chart. */
  label: Arg
  /** The label where the chart is narrow. */
  short: Arg
  /** A bracket from the figure to its target, with its note. */
  annotation?: Words
  /** The series it is a bar of, and its category's key (its label, as written in English). */
  series?: string
  category: string
  /** The figure beside its mark, when the family words it. */
  figure?: Arg
}

const valueText = (figure: Arg | undefined) => (figure ? { valueText: figure } : {})

/** `slide`: a bar's figure is named as the bar is (the overview names the metric in full). */
export function plotOf(
  kind: DataFamily['kind'],
  items: readonly Named[],
  label: Words,
  {
    height,
    slide = false,
    colour = colourOf(),
    series,
    subtitle,
  }: {
    height?: number
    slide?: boolean
    colour?: string
    series?: SeriesSpec[]
    subtitle?: Words
  } = {},
) {
  const tick = tickOf(items[0]?.point.unit ?? 'count')
  if (kind === 'bullet') {
    const bracketed = items.flatMap(({ point, annotation }) =>
      annotation && point.target !== undefined ? [{ point, target: point.target, annotation }] : [],
    )
    return {
      kind: 'bullet',
      label,
      subtitle,
      tick,
      height,
      colour,
      // A bracket ends at its target, and a percent axis has few round ticks: the axis marks
      // these targets, an analyst's what-if target too.
      extraTicks: [
        ...new Set([
          ...bracketed.map((b) => b.target),
          ...(tick === 'percent' ? items.flatMap(({ point }) => point.target ?? []) : []),
        ]),
      ],
      // A floor ("more than 10 billion") is drawn as one: the bar ends in an arrow.
      rows: items.map(({ point, label, short, figure }) => {
        const b = bracketed.find((x) => x.point === point)
        return bulletRow(point, label, short, {
          openEnded: point.qualifier === 'more-than',
          annotation: b && { from: point.value, to: b.target, text: b.annotation },
          ...valueText(figure),
        })
      }),
    } satisfies PlotSpec
  }
  // Bars of several series with the same label stand side by side as one category.
  const categories = new Map<string, CategorySpec>()
  for (const { point, label, short, category, ...item } of items) {
    const shared = categories.get(category) ?? {
      key: point.id,
      label,
      shortLabel: short,
      values: {},
    }
    shared.values[item.series ?? 'value'] = {
      ...againstTarget(point, slide ? label : nameOf(point)),
      ...valueText(item.figure),
    }
    categories.set(category, shared)
  }
  return {
    kind,
    label,
    subtitle,
    tick,
    height,
    series: series ?? [{ key: 'value', label: { id: 'chart.data.value' }, colour }],
    categories: [...categories.values()],
  } satisfies PlotSpec
}

/** A palette entry (1 to 4) as the colour the chart draws with. */
export function colourOf(entry = 1): string {
  return `var(--chart-${entry})`
}

/** The legend's words: the bars' (an entry per plot's word and colour), the band's, the targets'. */
interface LegendWords {
  bars: readonly { value: Words; colour: string }[]
  band?: Words
  target?: Words
  /** Several series: an entry each instead of the one for the bars. */
  series?: LegendSpec[]
}

export function legendOf(
  kind: DataFamily['kind'],
  points: readonly ChartPoint[],
  words: LegendWords,
  slide: boolean,
): LegendSpec[] {
  const { band, target } = words
  return [
    ...(words.series ??
      [...new Map(words.bars.map((b) => [JSON.stringify(b), b])).values()].map(
        ({ value, colour }, i): LegendSpec => ({
          key: i === 0 ? 'value' : `value-${i + 1}`,
          kind: 'bar',
          label: value,
          colour,
        }),
      )),
    ...(kind === 'bullet'
      ? bandLegend(points, slide).map((entry) => (band ? { ...entry, label: band } : entry))
      : []),
    ...targetLegend(points, target ? () => target : slide ? slideTargetName : undefined),
  ]
}

/**
 * A series' total in the table: all its metrics summed, asides included, against their summed
 * targets when each has one; beside illustrative references only, a scale and no verdict.
 */
export function totalRow(key: string, label: Words, members: readonly Charted[]): TableRowSpec {
  const points = members.map((c) => c.point)
  const total = points.reduce((sum, p) => sum + p.value, 0)
  const target = points.every((p) => p.target !== undefined)
    ? points.reduce((sum, p) => sum + (p.target ?? 0), 0)
    : undefined
  const share = target ? total / target : undefined
  return {
    key,
    label: { words: label },
    value: { integer: total },
    target: target === undefined ? undefined : { integer: target },
    attainment:
      share === undefined
        ? undefined
        : points.every((p) => p.targetProvenance === 'illustrative')
          ? { words: { id: 'kpi.ofReference', values: { percent: { percent: share } } } }
          : { percent: share },
  }
}

/**
 * A family drawn from data alone (a dashboard.json entry, or the default one per event): its
 * metrics, each against its target, as bullets or bars, in the plots it lists or else one plot per
 * unit so no axis mixes units.
 * Its words are the dataset's own where dashboard.json gives them (their placeholders filled from
 * the metrics, domain/placeholders.ts), generic otherwise.
 */
import { type ChartPoint, chartPoint, contextOf, measuredOn, metricRow } from '@/domain/chart-data'
import { familyMetrics } from '@/domain/dashboard'
import { isPlaceholderName, type PlaceholderName, placeholdersOf } from '@/domain/placeholders'
import type { DataFamily, FamilyMetric, FamilyPlot, LocalizedText, Unit } from '@/domain/schema'
import { DATA_AXIS_HEIGHT, DATA_ROW_HEIGHT, dataFamilyTitle, unitGroups } from './layout'
import {
  againstTarget,
  bandLegend,
  bulletRow,
  conversionOf,
  type FamilyInput,
  labelOf,
  nameOf,
  phraseOf,
  slideTargetName,
  tableRow,
  targetLegend,
  targetOf,
  verdictOf,
} from './points'
import type {
  Arg,
  CategorySpec,
  FamilySpec,
  LegendSpec,
  PlotSpec,
  SeriesSpec,
  TableRowSpec,
  TickKind,
  Words,
} from './spec'

const tickOf = (unit: Unit): TickKind => (unit === 'percent' ? 'percent' : 'count')

/** A charted metric: its point, its claims and the family's words for it. */
interface Charted {
  point: ChartPoint
  claims: LocalizedText[]
  words: FamilyMetric
  /** The metric listed before it in the family. */
  previous?: ChartPoint
  /** The reference fact its `context` names. */
  context?: number
}

/** What a placeholder stands for, from the metric it names. */
function placeholderArg(
  name: Exclude<PlaceholderName, 'title' | 'sum'>,
  m: Charted,
): Arg | undefined {
  const { point } = m
  const args: Record<typeof name, () => Arg | undefined> = {
    value: () => phraseOf(point),
    label: () => labelOf(point),
    target: () => targetOf(point),
    date: () => ({ date: measuredOn(point) }),
    unit: () => ({ currency: point.unit }),
    claims: () => ({ integer: m.claims.length }),
    share: () =>
      m.previous && m.previous.value > 0
        ? { percent: point.value / m.previous.value, digits: 1 }
        : undefined,
    kind: () => (point.targetProvenance ? { provenance: point.targetProvenance } : undefined),
    name: () => ({ text: point.labels }),
    period: () => ({ period: point.period }),
    context: () => (m.context === undefined ? undefined : { integer: m.context }),
    // Nothing beside a published target, or none: the words are true whatever the target.
    reference: () =>
      point.referenceShare === undefined || point.target === undefined
        ? ''
        : {
            words: {
              id: 'chart.data.reference',
              values: { percent: { percent: point.referenceShare }, target: targetOf(point) ?? '' },
            },
          },
  }
  return args[name]()
}

/** A series' figures summed, those listed aside left out: "{sum:science-tech}". */
const seriesSum = (charted: readonly Charted[], series: string | undefined) =>
  charted
    .filter((c) => c.words.series === series && !c.words.aside)
    .reduce((sum, c) => sum + c.point.value, 0)

/** The dataset's text as words, each placeholder filled; `own`: the metric the text is about. */
function wordsOf(
  text: LocalizedText,
  charted: readonly Charted[],
  title: Words,
  own?: Charted,
): Words {
  const values: Record<string, Arg> = {}
  for (const p of [...placeholdersOf(text.en), ...placeholdersOf(text['zh-CN'])]) {
    const m = p.metric === undefined ? own : charted.find((c) => c.point.id === p.metric)
    // The validator has checked every name (domain/assemble-dataset.ts); an unknown one stays as written.
    const arg =
      p.name === 'title'
        ? { words: title }
        : p.name === 'sum'
          ? { integer: seriesSum(charted, p.metric) }
          : m && isPlaceholderName(p.name) && p.name !== 'title' && p.name !== 'sum'
            ? placeholderArg(p.name, m)
            : undefined
    if (arg !== undefined) values[p.raw] = arg
  }
  // A sentence may start with a figure: "More than 550,000 …".
  return { text, values, capitalise: true }
}

interface Named {
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
function plotOf(
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
      // A bracket ends at its target, so the axis marks it.
      extraTicks: bracketed.map((b) => b.target),
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
function colourOf(entry = 1): string {
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

function legendOf(
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

/** The sentence before the verdicts, then each goal stated in words only with its verdict. */
function verdictNotes(intro: Words | undefined, charted: readonly Charted[]): Words[] {
  const verdicts = charted.flatMap(({ point }): Words[] => {
    const verdict = verdictOf(point)
    const goal = point.targetDetail?.goal
    return verdict && goal
      ? [{ id: 'chart.data.goalVerdict', values: { goal: { text: goal }, verdict } }]
      : []
  })
  return intro && verdicts.length > 0 ? [intro, ...verdicts] : []
}

/**
 * A series' total in the table: all its metrics summed, asides included, against their summed
 * targets when each has one; beside illustrative references only, a scale and no verdict.
 */
function totalRow(key: string, label: Words, members: readonly Charted[]): TableRowSpec {
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

export function dataFamilySpec(family: DataFamily, { kpis, money, rate }: FamilyInput): FamilySpec {
  const charted: Charted[] = []
  for (const words of familyMetrics(family)) {
    const row = metricRow(kpis.rows, words.id)
    charted.push({
      point: chartPoint(row, money),
      claims: row.metric.claims?.map((c) => c.text) ?? [],
      words,
      previous: charted.at(-1)?.point,
      context: contextOf(row.metric, kpis.dataset),
    })
  }
  // Drawn on the chart, and listed in the table: a metric may be only in the table or the words,
  // and where the family lists its plots, only a metric a plot draws is drawn.
  const drawn = charted.filter(
    (c) =>
      c.words.shown === undefined &&
      (family.plots === undefined || family.plots.some((p) => p.metrics.includes(c.point.id))),
  )
  const listed = charted.filter((c) => c.words.shown !== 'words')
  const points = listed.map((c) => c.point)
  const drawnPoints = drawn.map((c) => c.point)
  const title = dataFamilyTitle(family)
  const say = (text: LocalizedText | undefined, own?: Charted) =>
    text && wordsOf(text, charted, title, own)
  const events = [...new Set(charted.map((c) => c.point.event))]
  const slideEvents = [...new Set(drawnPoints.map((p) => p.event))]
  const plotLabel: Words = say(family.plot) ?? {
    id: {
      bullet: 'chart.data.plotBullet',
      'target-bars': 'chart.data.plotBars',
      'log-funnel': 'chart.data.plotLog',
    }[family.kind],
    values: { title: { words: title } },
  }
  const value: Words = say(family.value) ?? { id: 'chart.data.value' }
  const legendWords = { band: say(family.band), target: say(family.target) }
  const named = (c: Charted, slide = false): Named => {
    const label = say((slide && c.words.slide) || c.words.label, c)
    const short = slide ? undefined : say(c.words.short, c)
    const name = label ? { words: label } : nameOf(c.point)
    const annotation = say(c.words.annotation, c)
    return {
      point: c.point,
      label: name,
      short: short ? { words: short } : name,
      annotation,
      series: c.words.series,
      category: c.words.label?.en ?? c.point.id,
      figure: c.words.figure && { words: say(c.words.figure, c) as Words },
    }
  }
  const series = family.series?.map((s, i) => ({ ...s, colour: `var(--chart-${i + 1})` }))
  const seriesSpecs: SeriesSpec[] | undefined = series?.map((s) => ({
    key: s.key,
    label: wordsOf(s.label, charted, title),
    colour: s.colour,
  }))
  const seriesLegend: LegendSpec[] | undefined = series?.map((s) => ({
    key: s.key,
    kind: 'bar',
    label: wordsOf(s.legend ?? s.label, charted, title),
    colour: s.colour,
  }))
  const ofSeries = (key: string) => listed.filter((c) => c.words.series === key)
  // The plots the family lists, else (a funnel's stages share one axis whatever they count) one
  // plot for a funnel and one per unit for the other kinds, so no axis mixes units.
  const groups: { items: Charted[]; words?: FamilyPlot }[] = family.plots
    ? family.plots.map((words) => ({
        items: drawn.filter((c) => words.metrics.includes(c.point.id)),
        words,
      }))
    : (family.kind === 'log-funnel'
        ? [drawn]
        : unitGroups(drawn.map((c) => ({ c, unit: c.point.unit }))).map((g) => g.map((i) => i.c))
      ).map((items) => ({ items }))
  /** The plot that draws a metric. */
  const drawnBy = (c: Charted) => groups.find((g) => g.items.includes(c))
  const barsOf = (g: (typeof groups)[number]) => ({
    value: say(g.words?.value) ?? value,
    colour: colourOf(g.words?.colour ?? family.colour),
  })
  // Targets that judge: an illustrative reference is no published target.
  const targets = points.filter(
    (p) => p.targetProvenance !== undefined && p.targetProvenance !== 'illustrative',
  ).length
  const claims = listed.flatMap((c) => c.claims)
  return {
    key: family.key,
    events,
    // On a slide a series is one figure, its parts summed; those aside are named apart.
    figures: family.figure
      ? [
          {
            key: family.key,
            groups: (series ?? []).map((s) => ({
              ids: ofSeries(s.key).map((c) => c.point.id),
              label: s.figure ?? s.label,
            })),
            aside: listed.filter((c) => c.words.aside).map((c) => c.point.id),
            label: family.figure.label,
            asideLabel: family.figure.aside,
          },
        ]
      : [],
    panel: {
      title,
      summary: say(family.summary) ?? {
        id: 'chart.data.summary',
        values: {
          count: points.length,
          figures: { integer: points.length },
          targets,
          targetCount: { integer: targets },
        },
      },
      legend: legendOf(
        family.kind,
        drawnPoints,
        { ...legendWords, bars: groups.map(barsOf), series: seriesLegend },
        false,
      ),
      notes: [
        ...verdictNotes(say(family.verdicts), charted),
        ...(family.notes ?? []).map((note) => wordsOf(note, charted, title)),
      ],
      claims:
        family.claims && claims.length > 0
          ? { title: wordsOf(family.claims, charted, title), items: claims }
          : undefined,
      conversion: conversionOf(points, rate),
      table: {
        caption: say(family.caption) ?? {
          id: 'chart.data.caption',
          values: { title: { words: title } },
        },
        rows: listed.map((c) => {
          // Named as on the chart unless the family names it otherwise in the table; a bar of a
          // series by its metric's label (on the chart it names only its category).
          const row = say(c.words.row ?? (c.words.series ? undefined : c.words.label), c)
          const detail = say(c.words.detail, c)
          return tableRow(c.point, row && { words: row }, detail && { words: detail })
        }),
        totals: series?.flatMap((s) =>
          s.total
            ? [totalRow(`${s.key}-total`, wordsOf(s.total, charted, title), ofSeries(s.key))]
            : [],
        ),
      },
      plots: groups.map((g) =>
        plotOf(
          family.kind,
          g.items.map((c) => named(c)),
          say(g.words?.plot) ?? plotLabel,
          {
            // A panel with its measured height and one plot gives it all of it.
            height:
              g.words?.height ??
              (family.height && groups.length === 1
                ? undefined
                : g.items.length * DATA_ROW_HEIGHT + DATA_AXIS_HEIGHT),
            colour: barsOf(g).colour,
            series: seriesSpecs,
            subtitle: say(g.words?.subtitle),
          },
        ),
      ),
    },
    // One chart per event: the plot of the event's first drawn figure, with only the event's
    // figures (for one plot per unit: the event's figures in the unit of its first).
    slides: slideEvents.flatMap((event) => {
      const first = drawn.find((c) => c.point.event === event)
      const own = first && drawnBy(first)
      if (!own) return []
      const shown = own.items.filter((c) => c.point.event === event)
      const words = { ...family.slide, ...own.words?.slide }
      const slideTitle = say(words.title)
      const bars = barsOf(own)
      return [
        {
          key: slideEvents.length === 1 ? family.key : `${family.key}-${event}`,
          event,
          title: slideTitle ?? title,
          lead: say(words.lead),
          legend: legendOf(
            family.kind,
            shown.map((c) => c.point),
            {
              ...legendWords,
              bars: [{ ...bars, value: say(words.value) ?? bars.value }],
              series: seriesLegend,
            },
            true,
          ),
          plot: plotOf(
            family.kind,
            shown.map((c) => named(c, true)),
            slideTitle ?? say(own.words?.plot) ?? plotLabel,
            { slide: true, colour: bars.colour, series: seriesSpecs },
          ),
        },
      ]
    }),
  }
}

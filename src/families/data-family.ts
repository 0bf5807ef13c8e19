/**
 * A family drawn from data alone (a dashboard.json entry, or the default one per event): its
 * metrics, each against its target, as bullets or bars, in the plots it lists or else one plot per
 * unit so no axis mixes units.
 * Its words are the dataset's own where dashboard.json gives them (their placeholders filled from
 * the metrics, domain/placeholders.ts), generic otherwise.
 */
import { chartPoint, contextOf, metricRow } from '@/domain/chart-data'
import { familyMetrics } from '@/domain/dashboard'
import type { DataFamily, FamilyPlot, LocalizedText } from '@/domain/schema'
import { colourOf, legendOf, type Named, plotOf, totalRow } from './data-plot'
import { type Charted, verdictNotes, wordsOf } from './data-words'
import { DATA_AXIS_HEIGHT, DATA_ROW_HEIGHT, dataFamilyTitle, unitGroups } from './layout'
import { conversionOf, type FamilyInput, nameOf, tableRow } from './points'
import type { FamilySpec, LegendSpec, SeriesSpec, Words } from './spec'

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
    // figures (for one plot per unit: the event's figures in the unit of its first); none where
    // the family keeps its chart off the slides, whatever else charts the event.
    slides: (family.chartOnSlide === false ? [] : slideEvents).flatMap((event) => {
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

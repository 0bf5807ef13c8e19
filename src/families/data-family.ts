/**
 * A family drawn from data alone (a dashboard.json entry, or the default one per event): its
 * metrics, each against its target, as bullets or bars, one plot per unit so no axis mixes units.
 * Its words are the dataset's own where dashboard.json gives them (their placeholders filled from
 * the metrics, domain/placeholders.ts), generic otherwise.
 */
import { type ChartPoint, chartPoint, measuredOn, metricRow } from '@/domain/chart-data'
import { familyMetrics } from '@/domain/dashboard'
import { isPlaceholderName, type PlaceholderName, placeholdersOf } from '@/domain/placeholders'
import type { DataFamily, FamilyMetric, LocalizedText, Unit } from '@/domain/schema'
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
} from './points'
import type { Arg, FamilySpec, LegendSpec, PlotSpec, TickKind, Words } from './spec'

const tickOf = (unit: Unit): TickKind => (unit === 'percent' ? 'percent' : 'count')

/** A charted metric: its point, its claims and the family's words for it. */
interface Charted {
  point: ChartPoint
  claims: LocalizedText[]
  words: FamilyMetric
  /** The metric listed before it in the family. */
  previous?: ChartPoint
}

/** What a placeholder stands for, from the metric it names. */
function placeholderArg(name: Exclude<PlaceholderName, 'title'>, m: Charted): Arg | undefined {
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
  }
  return args[name]()
}

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
        : m && isPlaceholderName(p.name) && p.name !== 'title'
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
}

/** `slide`: a bar's figure is named as the bar is (the overview names the metric in full). */
function plotOf(
  kind: DataFamily['kind'],
  items: readonly Named[],
  label: Words,
  { height, slide = false }: { height?: number; slide?: boolean } = {},
) {
  const tick = tickOf(items[0]?.point.unit ?? 'count')
  if (kind === 'bullet') {
    return {
      kind: 'bullet',
      label,
      tick,
      height,
      colour: 'var(--chart-1)',
      extraTicks: [],
      // A floor ("more than 10 billion") is drawn as one: the bar ends in an arrow.
      rows: items.map(({ point, label, short }) =>
        bulletRow(point, label, short, { openEnded: point.qualifier === 'more-than' }),
      ),
    } satisfies PlotSpec
  }
  return {
    kind,
    label,
    tick,
    height,
    series: [{ key: 'value', label: { id: 'chart.data.value' }, colour: 'var(--chart-1)' }],
    categories: items.map(({ point, label, short }) => ({
      key: point.id,
      label,
      shortLabel: short,
      values: { value: againstTarget(point, slide ? label : nameOf(point)) },
    })),
  } satisfies PlotSpec
}

function legendOf(
  kind: DataFamily['kind'],
  points: readonly ChartPoint[],
  value: Words,
  slide: boolean,
): LegendSpec[] {
  return [
    { key: 'value', kind: 'bar', label: value, colour: 'var(--chart-1)' },
    ...(kind === 'bullet' ? bandLegend(points, slide) : []),
    ...(slide ? targetLegend(points, slideTargetName) : targetLegend(points)),
  ]
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
    })
  }
  const points = charted.map((c) => c.point)
  const title = dataFamilyTitle(family)
  const say = (text: LocalizedText | undefined, own?: Charted) =>
    text && wordsOf(text, charted, title, own)
  const events = [...new Set(points.map((p) => p.event))]
  const plotLabel: Words = say(family.plot) ?? {
    id: {
      bullet: 'chart.data.plotBullet',
      'target-bars': 'chart.data.plotBars',
      'log-funnel': 'chart.data.plotLog',
    }[family.kind],
    values: { title: { words: title } },
  }
  const value: Words = say(family.value) ?? { id: 'chart.data.value' }
  const named = (c: Charted, slide = false): Named => {
    const label = say(c.words.label, c)
    const short = slide ? undefined : say(c.words.short, c)
    const name = label ? { words: label } : nameOf(c.point)
    return { point: c.point, label: name, short: short ? { words: short } : name }
  }
  // A funnel's stages share one axis whatever they count (people, then ideas); other kinds get a
  // plot per unit so no axis mixes units.
  const byUnit = (items: readonly Charted[]) =>
    family.kind === 'log-funnel'
      ? [[...items]]
      : unitGroups(items.map((c) => ({ ...c, unit: c.point.unit })))
  const groups = byUnit(charted)
  // Targets that judge: an illustrative reference is no published target.
  const targets = points.filter(
    (p) => p.targetProvenance !== undefined && p.targetProvenance !== 'illustrative',
  ).length
  const claims = charted.flatMap((c) => c.claims)
  const slideTitle = say(family.slide?.title)
  const slideValue = say(family.slide?.value) ?? value
  return {
    key: family.key,
    events,
    figures: [],
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
      legend: legendOf(family.kind, points, value, false),
      notes: (family.notes ?? []).map((note) => wordsOf(note, charted, title)),
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
        rows: charted.map((c) => {
          // Named as on the chart unless the family names it otherwise in the table.
          const row = say(c.words.row ?? c.words.label, c)
          const detail = say(c.words.detail, c)
          return tableRow(c.point, row && { words: row }, detail && { words: detail })
        }),
      },
      plots: groups.map((group) =>
        plotOf(
          family.kind,
          group.map((c) => named(c)),
          plotLabel,
          // A panel with its measured height and one plot gives it all of it.
          {
            height:
              family.height && groups.length === 1
                ? undefined
                : group.length * DATA_ROW_HEIGHT + DATA_AXIS_HEIGHT,
          },
        ),
      ),
    },
    // One chart per event: the event's figures in the unit of its first.
    slides: events.map((event) => {
      const ofEvent = charted.filter((c) => c.point.event === event)
      const shown = byUnit(ofEvent)[0] ?? []
      return {
        key: events.length === 1 ? family.key : `${family.key}-${event}`,
        event,
        title: slideTitle ?? title,
        lead: say(family.slide?.lead),
        legend: legendOf(
          family.kind,
          shown.map((c) => c.point),
          slideValue,
          true,
        ),
        plot: plotOf(
          family.kind,
          shown.map((c) => named(c, true)),
          slideTitle ?? plotLabel,
          { slide: true },
        ),
      }
    }),
  }
}

/**
 * A family drawn from data alone (a dashboard.json entry, or the default one per event): its
 * metrics, each against its target, as bullets or bars, one plot per unit so no axis mixes units.
 * Its words are generic; the title is the dataset's own.
 */
import { type ChartPoint, chartPoint, metricRow } from '@/domain/chart-data'
import type { DataFamily, Unit } from '@/domain/schema'
import { DATA_AXIS_HEIGHT, DATA_ROW_HEIGHT, dataFamilyTitle, unitGroups } from './layout'
import {
  againstTarget,
  bandLegend,
  bulletRow,
  conversionOf,
  type FamilyInput,
  nameOf,
  slideTargetName,
  tableRow,
  targetLegend,
} from './points'
import type { FamilySpec, LegendSpec, PlotSpec, TickKind, Words } from './spec'

const tickOf = (unit: Unit): TickKind => (unit === 'percent' ? 'percent' : 'count')

function plotOf(
  kind: DataFamily['kind'],
  points: readonly ChartPoint[],
  label: Words,
  height?: number,
): PlotSpec {
  const tick = tickOf(points[0]?.unit ?? 'count')
  if (kind === 'bullet') {
    return {
      kind: 'bullet',
      label,
      tick,
      height,
      colour: 'var(--chart-1)',
      extraTicks: [],
      rows: points.map((p) => bulletRow(p, nameOf(p))),
    }
  }
  return {
    kind: 'target-bars',
    label,
    tick,
    height,
    series: [{ key: 'value', label: { id: 'chart.data.value' }, colour: 'var(--chart-1)' }],
    categories: points.map((p) => ({
      key: p.id,
      label: nameOf(p),
      shortLabel: nameOf(p),
      values: { value: againstTarget(p) },
    })),
  }
}

function legendOf(
  kind: DataFamily['kind'],
  points: readonly ChartPoint[],
  slide: boolean,
): LegendSpec[] {
  return [
    { key: 'value', kind: 'bar', label: { id: 'chart.data.value' }, colour: 'var(--chart-1)' },
    ...(kind === 'bullet' ? bandLegend(points, slide) : []),
    ...(slide ? targetLegend(points, slideTargetName) : targetLegend(points)),
  ]
}

export function dataFamilySpec(family: DataFamily, { kpis, money, rate }: FamilyInput): FamilySpec {
  const points = family.metrics.map((id) => chartPoint(metricRow(kpis.rows, id), money))
  const title = dataFamilyTitle(family)
  const events = [...new Set(points.map((p) => p.event))]
  const plotLabel = (kind: DataFamily['kind']) => ({
    id: kind === 'bullet' ? 'chart.data.plotBullet' : 'chart.data.plotBars',
    values: { title: { words: title } },
  })
  const groups = unitGroups(points)
  // Targets that judge: an illustrative reference is no published target.
  const targets = points.filter(
    (p) => p.targetProvenance !== undefined && p.targetProvenance !== 'illustrative',
  ).length
  return {
    key: family.key,
    events,
    figures: [],
    panel: {
      title,
      summary: {
        id: 'chart.data.summary',
        values: {
          count: points.length,
          figures: { integer: points.length },
          targets,
          targetCount: { integer: targets },
        },
      },
      legend: legendOf(family.kind, points, false),
      notes: [],
      conversion: conversionOf(points, rate),
      table: {
        caption: { id: 'chart.data.caption', values: { title: { words: title } } },
        rows: points.map((p) => tableRow(p)),
      },
      plots: groups.map((group) =>
        plotOf(
          family.kind,
          group,
          plotLabel(family.kind),
          group.length * DATA_ROW_HEIGHT + DATA_AXIS_HEIGHT,
        ),
      ),
    },
    // One chart per event: the event's figures in the unit of its first.
    slides: events.map((event) => {
      const ofEvent = points.filter((p) => p.event === event)
      const shown = unitGroups(ofEvent)[0] ?? []
      return {
        key: `${family.key}-${event}`,
        event,
        title,
        legend: legendOf(family.kind, shown, true),
        plot: plotOf(family.kind, shown, plotLabel(family.kind)),
      }
    }),
  }
}

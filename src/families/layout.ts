/**
 * The chart panels' titles and reserved heights, shared by the panels and by the skeleton shown
 * while their chunk loads, so nothing moves when the charts arrive. No recharts, no family code.
 */
import { dashboardOf, familyMetrics } from '@/domain/dashboard'
import type { DataFamily, Dataset, TimelineFamily, Unit } from '@/domain/schema'
import type { Words } from './spec'

/** A panel of the overview: its family, title, events and reserved heights. */
export interface PanelLayout {
  key: string
  /** The data family that draws it, from dashboard.json or the default. */
  data?: DataFamily
  /** The milestones' timeline that it is, with its words. */
  timeline?: TimelineFamily
  title: Words
  /** The events whose figures (or milestones) it charts; it shows while any of them is in view. */
  events: readonly number[]
  plotHeight: number
  chrome: readonly [number, number]
  wide?: boolean
}

/** Height of one bullet row or bar, and of a plot's axis, in px at the overview's size. */
export const DATA_ROW_HEIGHT = 44
export const DATA_AXIS_HEIGHT = 40

/** The units of a data family's metrics, in the order each first appears: one plot each. */
export function unitGroups<T extends { unit: Unit }>(items: readonly T[]): T[][] {
  const groups = new Map<Unit, T[]>()
  for (const item of items) groups.set(item.unit, [...(groups.get(item.unit) ?? []), item])
  return [...groups.values()]
}

/** A data family's title: the dataset's words in the reader's language. */
export function dataFamilyTitle(family: Pick<DataFamily, 'title'>): Words {
  return { text: family.title }
}

/** The dataset's panels, in its dashboard's order (dashboard.json or the default). */
export function panelLayouts(dataset: Dataset): PanelLayout[] {
  return dashboardOf(dataset).families.map((family): PanelLayout => {
    if (family.kind === 'timeline') {
      return {
        key: family.key,
        timeline: family,
        title: { id: 'chart.timeline.title' },
        events: [...new Set(dataset.milestones.map((m) => m.event))],
        // The plot's height for ten lanes (fewer lanes: timelineHeight), and room for its words.
        plotHeight: 480,
        chrome: [16.5, 20.25],
        wide: true,
      }
    }
    const ids = familyMetrics(family).map((m) => m.id)
    const metrics = dataset.metrics.filter((m) => ids.includes(m.id))
    const rows = (count: number) => count * DATA_ROW_HEIGHT + DATA_AXIS_HEIGHT
    // Only the metrics on the chart take room in it.
    const drawn = metrics.filter((m) =>
      familyMetrics(family).some((f) => f.id === m.id && f.shown === undefined),
    )
    const plots = family.plots
      ? family.plots.map((p) => p.height ?? rows(p.metrics.length))
      : (family.kind === 'log-funnel' ? [drawn] : unitGroups(drawn)).map((g) => rows(g.length))
    return {
      key: family.key,
      data: family,
      title: dataFamilyTitle(family),
      events: [...new Set(metrics.map((m) => m.event))],
      plotHeight: family.height?.plot ?? plots.reduce((sum, h) => sum + h, 0),
      // Title, a one-line summary, the legend and the buttons (measured on the synthetic dataset).
      chrome: family.height ? [family.height.wide, family.height.narrow] : [13, 18],
    }
  })
}

/**
 * A card's reserved height as CSS variables: the plot (shorter for a filtered timeline), plus room for the text around it (in rem,
 * wide and phone layouts), measured at 360–1920 px so the text fits without growing the card.
 */
export function panelSizeStyle(
  layout: Pick<PanelLayout, 'plotHeight' | 'chrome'>,
  plotHeight: number = layout.plotHeight,
): Record<string, string> {
  return {
    '--plot-height': `${plotHeight}px`,
    '--chrome-wide': `${layout.chrome[0]}rem`,
    '--chrome-narrow': `${layout.chrome[1]}rem`,
  }
}

/**
 * Which result families a dataset's overview and deck show: its dashboard.json, or else one
 * family per event that has figures (its metrics, each against its target) and the milestones'
 * timeline, so a new dataset is charted with no code of its own.
 */
import type {
  Dashboard,
  DashboardFamily,
  DataFamily,
  Dataset,
  FamilyMetric,
  TimelineFamily,
} from './schema'

/** The milestones' timeline in the catalog's words, as a dashboard without its own words has it. */
export const genericTimeline: TimelineFamily = { key: 'timeline', kind: 'timeline' }

/** The families of a dataset without a dashboard.json. */
export function defaultDashboard(dataset: Pick<Dataset, 'events' | 'metrics' | 'milestones'>) {
  const families: DashboardFamily[] = [...dataset.events]
    .sort((a, b) => a.number - b.number)
    .flatMap((event) => {
      const metrics = dataset.metrics.filter((m) => m.event === event.number).map((m) => m.id)
      return metrics.length === 0
        ? []
        : [{ key: `event-${event.number}`, kind: 'bullet' as const, title: event.title, metrics }]
    })
  if (dataset.milestones.length > 0) families.push(genericTimeline)
  return { families } satisfies Dashboard
}

export function dashboardOf(dataset: Dataset): Dashboard {
  return dataset.dashboard ?? defaultDashboard(dataset)
}

/** A data family's metrics, each with its own words (none when listed by id alone). */
export function familyMetrics(family: Pick<DataFamily, 'metrics'>): FamilyMetric[] {
  return family.metrics.map((m) => (typeof m === 'string' ? { id: m } : m))
}

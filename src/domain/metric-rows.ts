import type { QualityFinding } from './quality'
import type { Dataset, KpiEvent, Metric, Target } from './schema'
import { attainment, deadlineMargin, referenceShare, type Status, targetStatus } from './status'

/** A metric with everything a view shows beside it: its target, status and findings. */
export interface MetricRow {
  metric: Metric
  event: KpiEvent | undefined
  target: Target | undefined
  status: Status
  /**
   * value ÷ target (inverted when lower is better), only against a numeric target that gives a
   * verdict; undefined for references, qualitative goals and deadlines.
   */
  attainment: number | undefined
  /** value ÷ an illustrative reference: a scale, never a verdict. */
  referenceShare: number | undefined
  /** Days to spare against a deadline target (negative when late). */
  daysEarly: number | undefined
  findings: QualityFinding[]
}

/**
 * The records a finding is about: its subject and any other record the same problem touches. Kept
 * here, not in quality.ts, so the views that only read findings do not pull in the rules.
 */
export function findingSubjects(f: QualityFinding): QualityFinding['subject'][] {
  return [f.subject, ...(f.also ?? [])]
}

/** The row of one metric, for a dataset whose findings are known (buildMetricRows, in slices). */
export function metricRowOf(
  data: Dataset,
  findings: readonly QualityFinding[],
): (metric: Metric) => MetricRow {
  const targets = new Map(data.targets.map((t) => [t.metric, t]))
  const events = new Map(data.events.map((e) => [e.number, e]))
  const findingsBySubject = new Map<string, QualityFinding[]>()
  for (const f of findings) {
    for (const { id } of findingSubjects(f)) {
      findingsBySubject.set(id, [...(findingsBySubject.get(id) ?? []), f])
    }
  }
  return (metric) => {
    const target = targets.get(metric.id)
    return {
      metric,
      event: events.get(metric.event),
      target,
      status: targetStatus(metric, target),
      attainment: attainment(metric, target),
      referenceShare: referenceShare(metric, target),
      daysEarly: deadlineMargin(metric, target),
      findings: findingsBySubject.get(metric.id) ?? [],
    }
  }
}

export function buildMetricRows(data: Dataset, findings: readonly QualityFinding[]): MetricRow[] {
  return data.metrics.map(metricRowOf(data, findings))
}

import { elapsedShare, endOf } from './dates'
import type { Metric, Target } from './schema'

export const statuses = ['met', 'on-track', 'below', 'no-target'] as const
export type Status = (typeof statuses)[number]

/**
 * Share of the target achieved, 1 = exactly on target. For lower-is-better metrics the ratio is
 * inverted, so beating a ceiling reads above 100% too. Undefined when the ratio has no meaning.
 */
export function attainment(metric: Metric, target: Target | undefined): number | undefined {
  if (!target) return undefined
  if (metric.higherIsBetter) return target.value === 0 ? undefined : metric.value / target.value
  return metric.value === 0 ? undefined : target.value / metric.value
}

/**
 * "More than 10 billion" clears "exceed 10 billion"; "up to 7.25 billion" does not clear more
 * than its own figure. The qualifier nudges the comparison by an infinitesimal, never the value.
 */
function compare(metric: Metric, threshold: number): number {
  if (metric.value !== threshold) return metric.value - threshold
  if (metric.qualifier === 'more-than') return 1
  if (metric.qualifier === 'up-to') return -1
  return 0
}

/** Whether a metric's value satisfies its target, ignoring time. */
export function meetsTarget(metric: Metric, target: Target): boolean {
  const difference = compare(metric, target.value)
  switch (target.kind) {
    case 'reach':
      return metric.higherIsBetter ? difference >= 0 : difference <= 0
    case 'stay-above':
      return difference > 0
    case 'stay-below':
      return difference <= 0
  }
}

/**
 * The one status function behind every card, chart mark, table cell and export.
 * - met: the value satisfies the target.
 * - on track: not yet met, the figure is dated before the target falls due, and it has reached
 *   at least the share of the target that the elapsed share of the period calls for.
 * - below: anything else with a target.
 * - no-target: nothing to compare with.
 */
export function targetStatus(metric: Metric, target: Target | undefined): Status {
  if (!target) return 'no-target'
  if (meetsTarget(metric, target)) return 'met'
  const measuredOn = metric.period.end ?? metric.period.start
  if (target.kind === 'reach' && target.due && endOf(measuredOn) < endOf(target.due)) {
    const expected = elapsedShare(target.from ?? metric.period.start, target.due, measuredOn)
    const achieved = attainment(metric, target) ?? 0
    if (achieved >= expected) return 'on-track'
  }
  return 'below'
}

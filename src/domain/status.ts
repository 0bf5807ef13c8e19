import { elapsedShare, endOf } from './dates'
import type { Metric, Target } from './schema'

/**
 * A row's standing against its target. `met`, `on-track` and `below` are verdicts; `unjudgeable`
 * marks a target that cannot judge its figure (0 where every figure reaches it); `reference`
 * marks a figure drawn beside an illustrative reference, which judges nothing; `no-target` has
 * nothing to compare with.
 */
export const statuses = [
  'met',
  'on-track',
  'below',
  'unjudgeable',
  'reference',
  'no-target',
] as const
export type Status = (typeof statuses)[number]

export const verdicts = ['met', 'on-track', 'below'] as const
export type Verdict = (typeof verdicts)[number]

export function isVerdict(status: Status): status is Verdict {
  return (verdicts as readonly Status[]).includes(status)
}

/**
 * Whether a target can judge its figure: someone stands behind it (the release states it, it is
 * derived from a stated goal, or an analyst set it). An illustrative target is only a reference.
 */
export function givesVerdict(target: Target | undefined): target is Target {
  return target !== undefined && target.provenance !== 'illustrative'
}

/**
 * Whether a target cannot judge its figure: 0 where every figure reaches "at least 0" (or "more
 * than 0"), so it would always read "Met". The editor and the import refuse such a target; a
 * dataset may still carry one, and an analyst's target stored before the editor refused it too.
 */
export function cannotJudge(
  metric: Pick<Metric, 'higherIsBetter'>,
  target: Pick<Target, 'value' | 'kind'>,
): boolean {
  return (
    target.value === 0 &&
    ((target.kind === 'reach' && metric.higherIsBetter) || target.kind === 'stay-above')
  )
}

/** value ÷ target, inverted when lower is better; undefined when the division means nothing. */
function ratio(metric: Metric, target: Target): number | undefined {
  if (target.value === undefined) return undefined
  if (metric.higherIsBetter) return target.value === 0 ? undefined : metric.value / target.value
  return metric.value === 0 ? undefined : target.value / metric.value
}

/**
 * Share of the target achieved, 1 = exactly on target, for a numeric target that gives a verdict.
 * Undefined for illustrative references (see `referenceShare`), qualitative goals (no
 * denominator) and deadlines (read as days early or late, see `deadlineMargin`).
 */
export function attainment(metric: Metric, target: Target | undefined): number | undefined {
  if (
    !givesVerdict(target) ||
    target.kind === 'qualitative' ||
    target.kind === 'deadline' ||
    cannotJudge(metric, target)
  ) {
    return undefined
  }
  return ratio(metric, target)
}

/** The figure as a share of an illustrative reference: a scale, never a verdict. */
export function referenceShare(metric: Metric, target: Target | undefined): number | undefined {
  if (target?.provenance !== 'illustrative') return undefined
  return ratio(metric, target)
}

/** Days to spare against a deadline target (negative when late); undefined for other targets. */
export function deadlineMargin(metric: Metric, target: Target | undefined): number | undefined {
  if (target?.kind !== 'deadline' || target.value === undefined) return undefined
  return target.value - metric.value
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

/** Whether a metric's value satisfies a numeric target, ignoring time (never one that cannot judge). */
export function meetsTarget(metric: Metric, target: Target): boolean {
  if (target.kind === 'qualitative') return target.outcome?.status === 'met'
  if (target.value === undefined || cannotJudge(metric, target)) return false
  const difference = compare(metric, target.value)
  switch (target.kind) {
    case 'reach':
      return metric.higherIsBetter ? difference >= 0 : difference <= 0
    case 'stay-above':
      return difference > 0
    case 'stay-below':
    case 'deadline':
      return difference <= 0
  }
}

/**
 * The one status function behind every card, chart mark, table cell, slide and export.
 * - reference: the target is illustrative; it is drawn for scale and judges nothing.
 * - a qualitative goal takes the verdict its sentence reports.
 * - unjudgeable: a target of 0 that every figure would reach; never met, never below.
 * - met: the value satisfies the target.
 * - on track: not yet met, the figure is dated before the target falls due, and it has reached
 *   at least the share of the target that the elapsed share of the period calls for.
 * - below: anything else with a target.
 * - no-target: nothing to compare with.
 */
export function targetStatus(metric: Metric, target: Target | undefined): Status {
  if (!target) return 'no-target'
  if (!givesVerdict(target)) return 'reference'
  if (target.kind === 'qualitative') return target.outcome?.status ?? 'below'
  if (cannotJudge(metric, target)) return 'unjudgeable'
  if (meetsTarget(metric, target)) return 'met'
  const measuredOn = metric.period.end ?? metric.period.start
  if (target.kind === 'reach' && target.due && endOf(measuredOn) < endOf(target.due)) {
    const expected = elapsedShare(target.from ?? metric.period.start, target.due, measuredOn)
    const achieved = attainment(metric, target) ?? 0
    if (achieved >= expected) return 'on-track'
  }
  return 'below'
}

export interface VerdictCounts {
  /** Targets that give a verdict: stated, derived and analyst ones, qualitative goals included. */
  goals: number
  met: number
  onTrack: number
  below: number
  /** Figures drawn beside an illustrative reference: never counted as met or below. */
  references: number
  /** Figures reported without any target. */
  noTarget: number
}

/**
 * The one count of verdicts behind every "N met, M below" on any view, slide or export. It reads
 * only statuses, so a reference can never be counted as met or below, and a target that cannot
 * judge is counted in none of these.
 */
export function verdictCounts(rows: readonly { status: Status }[]): VerdictCounts {
  const counts: VerdictCounts = {
    goals: 0,
    met: 0,
    onTrack: 0,
    below: 0,
    references: 0,
    noTarget: 0,
  }
  for (const { status } of rows) {
    if (status === 'met') counts.met += 1
    else if (status === 'on-track') counts.onTrack += 1
    else if (status === 'below') counts.below += 1
    else if (status === 'reference') counts.references += 1
    else if (status === 'no-target') counts.noTarget += 1
    if (isVerdict(status)) counts.goals += 1
  }
  return counts
}

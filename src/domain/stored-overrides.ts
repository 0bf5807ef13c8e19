import type { Dataset } from './schema'
import { cannotJudge } from './status'
import { overrideKind, type TargetOverride } from './target-overrides'

/**
 * Why a stored edit cannot stay in force on this dataset, or undefined when it can: a 0 stored
 * before the editor refused it, where every figure would reach it (it would judge nothing). Edits
 * for other datasets and unknown metrics are left to their own checks.
 */
export function storedOverrideProblem(data: Dataset, o: TargetOverride): string | undefined {
  if (o.value !== 0 || (o.dataset ?? data.id) !== data.id) return undefined
  const metric = data.metrics.find((m) => m.id === o.metric)
  if (!metric) return undefined
  const original = data.targets.find((t) => t.metric === o.metric)
  return cannotJudge(metric, { value: 0, kind: overrideKind(metric, original) })
    ? 'a target of 0 cannot be judged'
    : undefined
}

/**
 * What importing a checked targets file does to one dataset's what-if targets: merged with them
 * or replacing them. Apart from the file check (src/domain/target-file.ts) so the list's store
 * can apply an import without loading the check's messages.
 */
import type { TargetOverride } from './target-overrides'

export type ImportMode = 'merge' | 'replace'

export interface ImportChange {
  metric: string
  change: 'added' | 'changed' | 'removed'
  before?: number
  after?: number
  unit: TargetOverride['unit']
}

export interface ImportPlan {
  /** The first changes, one by one (all of them unless a number was asked for). */
  changes: ImportChange[]
  added: number
  changed: number
  removed: number
  unchanged: number
}

/**
 * What importing `incoming` would do to one dataset's current what-if targets: how many are
 * added, changed, removed and unchanged, and the first `listed` changes. Merge: the file's
 * targets are added or replace the current ones for their metrics, others stay. Replace: the
 * file's targets are all there is afterwards (an empty file removes every one). Counting alone
 * allocates next to nothing, so a preview of 100,000 targets takes one short pass.
 */
export function planImport(
  current: readonly TargetOverride[],
  incoming: readonly TargetOverride[],
  mode: ImportMode,
  listed = Number.POSITIVE_INFINITY,
): ImportPlan {
  const now = new Map(current.map((o) => [o.metric, o]))
  const plan: ImportPlan = { changes: [], added: 0, changed: 0, removed: 0, unchanged: 0 }
  const list = (change: ImportChange) => {
    plan[change.change] += 1
    if (plan.changes.length < listed) plan.changes.push(change)
  }
  for (const o of incoming) {
    const before = now.get(o.metric)
    const { metric, value: after, unit } = o
    if (!before) list({ metric, change: 'added', after, unit })
    else if (before.value !== after || before.unit !== unit) {
      list({ metric, change: 'changed', before: before.value, after, unit })
    } else plan.unchanged += 1
  }
  if (mode === 'replace' && current.length > 0) {
    const inFile = new Set(incoming.map((o) => o.metric))
    for (const o of current) {
      if (!inFile.has(o.metric)) {
        list({ metric: o.metric, change: 'removed', before: o.value, unit: o.unit })
      }
    }
  }
  return plan
}

/** The dataset's what-if targets after importing `incoming` (see planImport). */
export function importedTargets(
  current: readonly TargetOverride[],
  incoming: readonly TargetOverride[],
  mode: ImportMode,
): TargetOverride[] {
  const now = new Map(current.map((o) => [o.metric, o]))
  // An unchanged target keeps its own stamp.
  const updated = incoming.map((o) => {
    const before = now.get(o.metric)
    return before && before.value === o.value && before.unit === o.unit ? before : o
  })
  if (mode === 'replace') return updated
  // A merge keeps the current order, new ones after.
  const byMetric = new Map(updated.map((o) => [o.metric, o]))
  return [
    ...current.map((o) => byMetric.get(o.metric) ?? o),
    ...updated.filter((o) => !now.has(o.metric)),
  ]
}

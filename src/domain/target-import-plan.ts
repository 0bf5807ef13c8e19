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
  /** The dataset's what-if targets after the import. */
  result: TargetOverride[]
  changes: ImportChange[]
  added: number
  changed: number
  removed: number
  unchanged: number
}

/**
 * What importing `incoming` does to one dataset's current what-if targets. Merge: the file's
 * targets are added or replace the current ones for their metrics, others stay. Replace: the
 * file's targets are all there is afterwards (an empty file removes every one).
 */
export function planImport(
  current: readonly TargetOverride[],
  incoming: readonly TargetOverride[],
  mode: ImportMode,
): ImportPlan {
  const now = new Map(current.map((o) => [o.metric, o]))
  const next = new Map(incoming.map((o) => [o.metric, o]))
  const changes: ImportChange[] = []
  let unchanged = 0
  for (const o of incoming) {
    const before = now.get(o.metric)
    if (!before) changes.push({ metric: o.metric, change: 'added', after: o.value, unit: o.unit })
    else if (before.value !== o.value || before.unit !== o.unit) {
      changes.push({
        metric: o.metric,
        change: 'changed',
        before: before.value,
        after: o.value,
        unit: o.unit,
      })
    } else unchanged += 1
  }
  const kept = current.filter((o) => !next.has(o.metric))
  if (mode === 'replace') {
    for (const o of kept) {
      changes.push({ metric: o.metric, change: 'removed', before: o.value, unit: o.unit })
    }
  }
  // An unchanged target keeps its own stamp; a merge keeps the current order, new ones after.
  const updated = incoming.map((o) => {
    const before = now.get(o.metric)
    return before && before.value === o.value && before.unit === o.unit ? before : o
  })
  const byMetric = new Map(updated.map((o) => [o.metric, o]))
  const result =
    mode === 'replace'
      ? updated
      : [
          ...current.map((o) => byMetric.get(o.metric) ?? o),
          ...updated.filter((o) => !now.has(o.metric)),
        ]
  const count = (change: ImportChange['change']) =>
    changes.filter((c) => c.change === change).length
  return {
    result,
    changes,
    added: count('added'),
    changed: count('changed'),
    removed: count('removed'),
    unchanged,
  }
}

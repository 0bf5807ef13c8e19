/**
 * What a metric means, compared across datasets: a figure can stand beside last year's only when
 * both measure the same thing in the same unit. Pure; used by the data validator's report and by
 * every view that shows another period beside this one.
 */
import type { Metric } from './schema'

type Definition = Pick<Metric, 'id' | 'label' | 'unit'>

/** Same id, same unit and the same label in both languages: the two figures may be compared. */
export function sameDefinition(a: Definition, b: Definition): boolean {
  return (
    a.id === b.id &&
    a.unit === b.unit &&
    a.label.en === b.label.en &&
    a.label['zh-CN'] === b.label['zh-CN']
  )
}

export type DefinitionChange =
  | { kind: 'added'; id: string; label: string }
  | { kind: 'removed'; id: string; label: string }
  /** The id changed; the label and unit did not. */
  | { kind: 'renamed'; from: string; id: string; label: string }
  | { kind: 'unit-changed'; id: string; from: string; to: string }
  | { kind: 'label-changed'; id: string; from: string; to: string }

/** How `next`'s metric definitions differ from `previous`'s, in `next`'s order then removals. */
export function diffDefinitions(
  previous: readonly Definition[],
  next: readonly Definition[],
): DefinitionChange[] {
  const before = new Map(previous.map((m) => [m.id, m]))
  const after = new Set(next.map((m) => m.id))
  const removed = previous.filter((m) => !after.has(m.id))
  const renamedFrom = new Set<string>()
  const changes: DefinitionChange[] = []
  for (const m of next) {
    const old = before.get(m.id)
    if (old) {
      if (old.unit !== m.unit) {
        changes.push({ kind: 'unit-changed', id: m.id, from: old.unit, to: m.unit })
      }
      if (old.label.en !== m.label.en || old.label['zh-CN'] !== m.label['zh-CN']) {
        changes.push({ kind: 'label-changed', id: m.id, from: old.label.en, to: m.label.en })
      }
      continue
    }
    const twin = removed.find(
      (r) =>
        !renamedFrom.has(r.id) &&
        r.unit === m.unit &&
        (r.label.en === m.label.en || r.label['zh-CN'] === m.label['zh-CN']),
    )
    if (twin) {
      renamedFrom.add(twin.id)
      changes.push({ kind: 'renamed', from: twin.id, id: m.id, label: m.label.en })
    } else {
      changes.push({ kind: 'added', id: m.id, label: m.label.en })
    }
  }
  for (const r of removed) {
    if (!renamedFrom.has(r.id)) changes.push({ kind: 'removed', id: r.id, label: r.label.en })
  }
  return changes
}

/** One line per change, for the validator's report. */
export function describeChange(change: DefinitionChange): string {
  switch (change.kind) {
    case 'added':
      return `+ added      ${change.id} (“${change.label}”)`
    case 'removed':
      return `- removed    ${change.id} (“${change.label}”)`
    case 'renamed':
      return `~ renamed    ${change.from} → ${change.id} (“${change.label}”, same unit)`
    case 'unit-changed':
      return `! unit       ${change.id}: ${change.from} → ${change.to} (no longer comparable)`
    case 'label-changed':
      return `! label      ${change.id}: “${change.from}” → “${change.to}” (no longer comparable)`
  }
}

/** Analysts' target edits: a local data source beside the HTTP one, merged in useKpis. */
import {
  TARGET_OVERRIDES_VERSION,
  type TargetOverride,
  targetOverride,
} from '@/domain/target-overrides'
import { createPersistedList, usePersisted } from '@/lib/persisted-store'

/** More than any dataset has metrics: an override per metric at most. */
export const MAX_TARGET_OVERRIDES = 100_000

/** Analysts' what-if targets, kept across reloads and shared by every view. */
export const targetOverridesStore = createPersistedList<TargetOverride>({
  key: 'cp-kpi:target-overrides',
  item: targetOverride,
  version: TARGET_OVERRIDES_VERSION,
  max: MAX_TARGET_OVERRIDES,
})

export function useTargetOverrides() {
  const overrides = usePersisted(targetOverridesStore)
  const update = targetOverridesStore.update
  return {
    overrides,
    setTarget: (metric: string, value: number, unit: TargetOverride['unit']) =>
      update((current) => [
        ...current.filter((o) => o.metric !== metric),
        { metric, value, unit, setAt: new Date().toISOString() },
      ]),
    resetTarget: (metric: string) =>
      update((current) => current.filter((o) => o.metric !== metric)),
    resetAll: () => update(() => []),
    replaceAll: (next: TargetOverride[]) => update(() => next),
    store: targetOverridesStore,
  }
}

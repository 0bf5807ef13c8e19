/** Analysts' target edits: a local data source beside the HTTP one, merged in useKpis. */
import {
  overridesFor,
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

/** One dataset's what-if targets (by dataset id); the other datasets' edits are left alone. */
export function useTargetOverrides(datasetId: string) {
  const all = usePersisted(targetOverridesStore)
  const update = targetOverridesStore.update
  const mine = (o: TargetOverride) => (o.dataset ?? datasetId) === datasetId
  const others = (current: TargetOverride[]) => current.filter((o) => !mine(o))
  return {
    overrides: overridesFor(datasetId, all),
    setTarget: (metric: string, value: number, unit: TargetOverride['unit']) =>
      update((current) => [
        ...current.filter((o) => !(mine(o) && o.metric === metric)),
        { metric, value, unit, setAt: new Date().toISOString(), dataset: datasetId },
      ]),
    resetTarget: (metric: string) =>
      update((current) => current.filter((o) => !(mine(o) && o.metric === metric))),
    resetAll: () => update(others),
    /**
     * Applies an import to this dataset's freshest stored targets (another tab may have written
     * since the preview), e.g. `(mine) => importedTargets(mine, incoming, mode)`.
     */
    importTargets: (apply: (mine: TargetOverride[]) => TargetOverride[]) =>
      update((current) => [...others(current), ...apply(current.filter(mine))]),
    store: targetOverridesStore,
  }
}

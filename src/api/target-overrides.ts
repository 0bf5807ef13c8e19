/** Analysts' target edits: a local data source beside the HTTP one, merged in useKpis. */
import * as z from 'zod/mini'
import {
  TARGET_OVERRIDES_VERSION,
  type TargetOverride,
  targetOverride,
} from '@/domain/target-overrides'
import { createPersistedStore, usePersisted } from '@/lib/persisted-store'

/** Analysts' what-if targets, kept across reloads and shared by every view. */
export const targetOverridesStore = createPersistedStore<TargetOverride[]>(
  'cp-kpi:target-overrides',
  z.array(targetOverride),
  TARGET_OVERRIDES_VERSION,
  [],
)

export function useTargetOverrides() {
  const overrides = usePersisted(targetOverridesStore)
  const save = (next: TargetOverride[]) => targetOverridesStore.set(next)
  return {
    overrides,
    setTarget: (metric: string, value: number, unit: TargetOverride['unit']) =>
      save([
        ...overrides.filter((o) => o.metric !== metric),
        { metric, value, unit, setAt: new Date().toISOString() },
      ]),
    resetTarget: (metric: string) => save(overrides.filter((o) => o.metric !== metric)),
    resetAll: () => save([]),
    replaceAll: save,
  }
}

import type { Dataset } from './schema'
import { givesVerdict } from './status'

/** What `?references=` may say: `hide` takes the illustrative references off every view. */
export const referenceModes = ['hide'] as const
export type ReferenceMode = (typeof referenceModes)[number]

/**
 * The dataset without its illustrative references: each figure that was drawn beside one then
 * has no target at all, so no view draws a reference mark, a "% of reference" or a reference
 * count. Targets someone stands behind (stated, derived, analyst) are kept.
 */
export function withoutReferences<T extends Pick<Dataset, 'targets'>>(dataset: T): T {
  return { ...dataset, targets: dataset.targets.filter((t) => givesVerdict(t)) }
}

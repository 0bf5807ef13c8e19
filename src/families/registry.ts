/**
 * The spec of a dataset's panel: its family drawn from data (dashboard.json or the default), a
 * data family's metrics or the milestones' timeline. No family is written in code.
 */
import { dataFamilySpec } from './data-family'
import type { PanelLayout } from './layout'
import { withOtherPeriods } from './other-periods'
import { withDistinctPlotLabels } from './plot-labels'
import type { FamilyInput } from './points'
import type { FamilySpec } from './spec'
import { timelineFamily } from './timeline'

/**
 * The spec of a panel's family, with its plots named apart, and the other periods of its metrics
 * when another dataset shares any.
 */
export function familySpec(
  layout: Pick<PanelLayout, 'key' | 'data' | 'timeline'>,
  input: FamilyInput,
): FamilySpec {
  const spec = withDistinctPlotLabels(ownSpec(layout, input))
  return input.others?.size ? withOtherPeriods(spec, input.others, input.money) : spec
}

function ownSpec(layout: Pick<PanelLayout, 'key' | 'data' | 'timeline'>, input: FamilyInput) {
  if (layout.data) return dataFamilySpec(layout.data, input)
  if (layout.timeline) return timelineFamily(layout.timeline, input)
  throw new Error(`The panel “${layout.key}” names no family.`)
}

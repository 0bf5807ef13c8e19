/**
 * The families built in code, by key; a dataset's dashboard (dashboard.json or the default) says
 * which of them, and which families drawn from data alone, its overview and deck show, in order.
 */
import { dataFamilySpec } from './data-family'
import type { ChartPanelKey, PanelLayout } from './layout'
import { withOtherPeriods } from './other-periods'
import { withDistinctPlotLabels } from './plot-labels'
import type { FamilyInput } from './points'
import type { FamilySpec } from './spec'
import { timelineFamily } from './timeline'

export const families: Record<ChartPanelKey, (input: FamilyInput) => FamilySpec> = {
  timeline: timelineFamily,
}

/**
 * The spec of a panel's family: the built-in family's code, or the data family's metrics; with
 * its plots named apart, and the other periods of its metrics when another dataset shares any.
 */
export function familySpec(
  layout: Pick<PanelLayout, 'key' | 'builtIn' | 'data'>,
  input: FamilyInput,
): FamilySpec {
  const spec = withDistinctPlotLabels(ownSpec(layout, input))
  return input.others?.size ? withOtherPeriods(spec, input.others, input.money) : spec
}

function ownSpec(layout: Pick<PanelLayout, 'key' | 'builtIn' | 'data'>, input: FamilyInput) {
  if (layout.builtIn) return families[layout.builtIn](input)
  if (layout.data) return dataFamilySpec(layout.data, input)
  throw new Error(`The panel “${layout.key}” names no family.`)
}

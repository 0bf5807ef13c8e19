/**
 * The result families, in the order the overview shows them and the deck takes their charts.
 * Each entry is data a later step can read from data/: the family's key and the events it
 * charts come from its spec; only `build` (which metrics, which chart kind, which words) is code.
 */
import { awardsFamily } from './awards'
import { carnivalFamily } from './carnival'
import { coverageFamily } from './coverage'
import { funnelFamily } from './funnel'
import { insuranceFamily } from './insurance'
import type { ChartPanelKey } from './layout'
import type { FamilyInput } from './points'
import { psbcFamily } from './psbc'
import type { FamilySpec } from './spec'
import { timelineFamily } from './timeline'

export const families: Record<ChartPanelKey, (input: FamilyInput) => FamilySpec> = {
  funnel: funnelFamily,
  awards: awardsFamily,
  psbc: psbcFamily,
  insurance: insuranceFamily,
  coverage: coverageFamily,
  carnival: carnivalFamily,
  timeline: timelineFamily,
}

import type { Kpis } from './kpis'
import { buildMetricRows } from './metric-rows'
import type { QualityFinding } from './quality'
import type { Dataset } from './schema'

/**
 * Rows, statuses and attainment for a dataset whose findings are already known (or its rows too,
 * built in slices for a large dataset). Kept apart from the rules themselves so the first screen
 * does not have to load them.
 */
export function buildKpis(
  dataset: Dataset,
  findings: QualityFinding[],
  rows = buildMetricRows(dataset, findings),
): Kpis {
  return { dataset, findings, rows }
}

import { buildMetricRows, type MetricRow } from './metric-rows'
import { type QualityFinding, qualityFindings } from './quality'
import type { Dataset } from './schema'

/** The dataset with everything derived from it once, for every view to share. */
export interface Kpis {
  dataset: Dataset
  findings: QualityFinding[]
  rows: MetricRow[]
}

export function deriveKpis(dataset: Dataset): Kpis {
  const findings = qualityFindings(dataset)
  return { dataset, findings, rows: buildMetricRows(dataset, findings) }
}

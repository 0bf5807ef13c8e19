import { buildKpis } from './build-kpis'
import type { MetricRow } from './metric-rows'
import { type QualityFinding, qualityFindings } from './quality'
import type { Dataset } from './schema'

/** The dataset with everything derived from it once, for every view to share. */
export interface Kpis {
  dataset: Dataset
  findings: QualityFinding[]
  rows: MetricRow[]
}

/** Findings, rows and statuses from scratch (scripts, tests, benchmarks). */
export function deriveKpis(dataset: Dataset): Kpis {
  return buildKpis(dataset, qualityFindings(dataset))
}

/**
 * A very large dataset (100,000 metrics, about 100 MB) read, validated and run through the
 * data-quality rules a slice at a time, giving way to the page every few tens of milliseconds,
 * so the page answers input while it loads. Loaded only for such a response (client.ts).
 */

import { buildKpis } from '@/domain/build-kpis'
import {
  type Pause,
  parseDatasetInSlices,
  qualityFindingsInSlices,
  SLICE,
} from '@/domain/dataset-in-slices'
import type { Kpis } from '@/domain/kpis'
import { type MetricRow, metricRowOf } from '@/domain/metric-rows'
import type { QualityFinding } from '@/domain/quality'
import { withoutReferences } from '@/domain/references'
import type { Dataset } from '@/domain/schema'
import { type TargetOverride, targetOverrideSteps } from '@/domain/target-overrides'
import { analystBasis } from '@/i18n/analyst-basis'
import { pauseEvery } from '@/lib/next-task'
import { readJsonInSlices } from '@/lib/read-json-in-slices'
import type { LoadedDataset } from './queries'

/** Work between two breaks: short enough that a click is answered at once. */
const everyFewMs = () => pauseEvery(40)

export const readInSlices = (response: Response): Promise<unknown> =>
  response.body ? readJsonInSlices(response.body, everyFewMs()) : response.json()

export const parseInSlices = (body: unknown) => parseDatasetInSlices(body, everyFewMs())

/** buildMetricRows in slices of the metrics (only a large dataset's rows are built outside `select`). */
export async function metricRowsInSlices(
  data: Dataset,
  findings: readonly QualityFinding[],
  pause: Pause,
  slice = SLICE,
): Promise<MetricRow[]> {
  const rowOf = metricRowOf(data, findings)
  const rows: MetricRow[] = []
  for (const [index, metric] of data.metrics.entries()) {
    if (index % slice === 0) await pause()
    rows.push(rowOf(metric))
  }
  return rows
}

/** The findings and the rows, so the view that receives them has only to render (see queries.ts). */
export async function derivedInSlices(dataset: Dataset) {
  const findings = await qualityFindingsInSlices(dataset, everyFewMs())
  return { findings, rows: await metricRowsInSlices(dataset, findings, everyFewMs()) }
}

/** The last rows built, so a view that opens next (or a second one) shows them at once. */
let last: { from: LoadedDataset; overrides: readonly TargetOverride[]; hide: boolean; kpis: Kpis }

/**
 * What useKpis' `select` makes of a small dataset, for a large one: its rows with what-if targets
 * in force (and, with `?references=hide`, without references), applied and built in slices (in
 * one go, 100,000 targets held the page for seconds). Without either, the rows of the load.
 */
export async function kpisInSlices(
  from: LoadedDataset,
  overrides: readonly TargetOverride[],
  hide: boolean,
): Promise<Kpis> {
  if (last?.from === from && last.overrides === overrides && last.hide === hide) return last.kpis
  const { dataset, findings, rows } = from
  const pause = everyFewMs()
  const steps = targetOverrideSteps(dataset, overrides, analystBasis)
  let step = steps.next()
  for (; !step.done; step = steps.next()) await pause()
  const shown = hide ? withoutReferences(step.value) : step.value
  const kpis =
    shown === dataset && rows
      ? buildKpis(dataset, findings, rows)
      : buildKpis(shown, findings, await metricRowsInSlices(shown, findings, pause))
  last = { from, overrides, hide, kpis }
  return kpis
}

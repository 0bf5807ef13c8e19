/**
 * A very large dataset (100,000 metrics, about 100 MB) read, validated and run through the
 * data-quality rules a slice at a time, giving way to the page every few tens of milliseconds,
 * so the page answers input while it loads. Loaded only for such a response (client.ts).
 */
import {
  metricRowsInSlices,
  parseDatasetInSlices,
  qualityFindingsInSlices,
} from '@/domain/dataset-in-slices'
import type { Dataset } from '@/domain/schema'
import { nextTask } from '@/lib/next-task'
import { readJsonInSlices } from '@/lib/read-json-in-slices'

/** Work between two breaks: short enough that a click is answered at once. */
const BUDGET_MS = 40

/** A pause that gives way only once BUDGET_MS of work has passed, so it is cheap to call often. */
function everyFewMs(): () => Promise<void> {
  let since = performance.now()
  return async () => {
    if (performance.now() - since < BUDGET_MS) return
    await nextTask()
    since = performance.now()
  }
}

export const readInSlices = (response: Response): Promise<unknown> =>
  response.body ? readJsonInSlices(response.body, everyFewMs()) : response.json()

export const parseInSlices = (body: unknown) => parseDatasetInSlices(body, everyFewMs())

/** The findings and the rows, so the view that receives them has only to render (see queries.ts). */
export async function derivedInSlices(dataset: Dataset) {
  const findings = await qualityFindingsInSlices(dataset, everyFewMs())
  return { findings, rows: await metricRowsInSlices(dataset, findings, everyFewMs()) }
}

/** The API payload assembled from data/ exactly as the build assembles it, for msw handlers. */
import datasetMeta from '../data/2017/dataset.json'
import events from '../data/2017/events.json'
import metrics from '../data/2017/metrics.json'
import milestones from '../data/2017/milestones.json'
import targets from '../data/2017/targets.json'
import sourceText from '../data/sources/china-post-2017-top-ten-events.txt?raw'
import { assembleDataset } from '../src/domain/assemble-dataset'
import type { Dataset } from '../src/domain/schema'

const sources: Record<string, string> = { 'china-post-2017-top-ten-events.txt': sourceText }

function assemble(): Dataset {
  const result = assembleDataset(
    {
      'dataset.json': datasetMeta,
      'events.json': events,
      'metrics.json': metrics,
      'milestones.json': milestones,
      'targets.json': targets,
    },
    (file) => sources[file],
  )
  if (!result.ok) {
    const first = result.issues[0]
    throw new Error(`data/2017/${first?.file} is invalid: ${first?.message}`)
  }
  return result.dataset
}

export const dataset2017: Dataset = assemble()

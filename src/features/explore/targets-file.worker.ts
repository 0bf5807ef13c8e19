/// <reference lib="webworker" />
/**
 * Reads and checks a what-if targets file off the page's thread: a 100,000-entry file is 14 MB
 * of JSON, and parsing it alone would hold the page for a noticeable moment.
 */
import { checkTargetsFile, type TargetsFileDataset } from '@/domain/target-file'

export interface CheckRequest {
  file: Blob
  data: TargetsFileDataset
}

const scope = self as unknown as DedicatedWorkerGlobalScope
scope.onmessage = async (event: MessageEvent<CheckRequest>) => {
  const { file, data } = event.data
  try {
    scope.postMessage(await checkTargetsFile(await file.text(), data))
  } catch {
    scope.postMessage(undefined)
  }
}

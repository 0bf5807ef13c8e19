/// <reference lib="webworker" />
/**
 * Reads and checks a what-if targets file off the page's thread: a 100,000-entry file is 14 MB
 * of JSON, and parsing it alone would hold the page for a noticeable moment.
 */
import { checkTargetsFile, type FileCheck, type TargetsFileIndex } from '@/domain/target-file'
import type { TargetOverride } from '@/domain/target-overrides'

export interface CheckRequest {
  file: Blob
  /** The dataset as the check needs it, not the dataset itself: see TargetsFileIndex. */
  index: TargetsFileIndex
}

/**
 * The answer: a good file's targets come in parts, then the check without them. The page takes
 * each message in a task of its own; 100,000 targets in one message held it for a tenth of a
 * second or more.
 */
export type CheckAnswer = { part: TargetOverride[] } | { done: FileCheck | undefined }

/** Targets a message carries. */
const PART = 10_000

const scope = self as unknown as DedicatedWorkerGlobalScope
const answer = (message: CheckAnswer) => scope.postMessage(message)
scope.onmessage = async (event: MessageEvent<CheckRequest>) => {
  const { file, index } = event.data
  try {
    const check = await checkTargetsFile(await file.text(), index)
    if (!check.ok) return answer({ done: check })
    for (let start = 0; start < check.overrides.length; start += PART) {
      answer({ part: check.overrides.slice(start, start + PART) })
    }
    answer({ done: { ok: true, overrides: [] } })
  } catch {
    answer({ done: undefined })
  }
}

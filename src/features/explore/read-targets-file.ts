/**
 * Reads a what-if targets file and checks it: in a worker where the browser has one (so neither
 * reading nor parsing a large file holds the page), else on the page in chunks. Loaded only when
 * someone picks a file.
 */
import {
  checkTargetsFile,
  type FileCheck,
  type TargetsFileDataset,
  targetsFileIndex,
} from '@/domain/target-file'
import type { TargetOverride } from '@/domain/target-overrides'
import { nextTask } from '@/lib/next-task'
import type { CheckAnswer, CheckRequest } from './targets-file.worker'

/** FileReader rather than Blob.text(), which older Safari and jsdom lack. */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '')
    reader.onerror = () => reject(reader.error)
    reader.readAsText(file)
  })
}

function inWorker(request: CheckRequest): Promise<FileCheck | undefined> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./targets-file.worker.ts', import.meta.url), {
      type: 'module',
    })
    const parts: TargetOverride[][] = []
    worker.onmessage = ({ data }: MessageEvent<CheckAnswer>) => {
      if ('part' in data) {
        parts.push(data.part)
        return
      }
      worker.terminate()
      resolve(data.done?.ok ? { ok: true, overrides: parts.flat() } : data.done)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      reject(new Error('worker failed'))
    }
    worker.postMessage(request)
  })
}

/** The check of `file`; undefined when it cannot be read. */
export async function readTargetsFile(
  file: Blob,
  dataset: TargetsFileDataset,
): Promise<FileCheck | undefined> {
  const index = await targetsFileIndex(dataset, nextTask)
  if (typeof Worker !== 'undefined') {
    try {
      return await inWorker({ file, index })
    } catch {
      // A worker the page may not start (a strict policy, an old browser): check here instead.
    }
  }
  let text: string
  try {
    text = await readText(file)
  } catch {
    return undefined
  }
  return checkTargetsFile(text, index, { pause: nextTask })
}

/**
 * Reads a what-if targets file and checks it: in a worker where the browser has one (so neither
 * reading nor parsing a large file holds the page), else on the page in chunks. Loaded only when
 * someone picks a file.
 */
import { checkTargetsFile, type FileCheck, type TargetsFileDataset } from '@/domain/target-file'
import { nextTask } from '@/lib/next-task'
import type { CheckRequest } from './targets-file.worker'

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
    worker.onmessage = (event: MessageEvent<FileCheck | undefined>) => {
      worker.terminate()
      resolve(event.data)
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
  const data = { id: dataset.id, metrics: dataset.metrics, targets: dataset.targets }
  if (typeof Worker !== 'undefined') {
    try {
      return await inWorker({ file, data })
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
  return checkTargetsFile(text, data, { pause: nextTask })
}

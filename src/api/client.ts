import type { DataIssue } from '@/domain/data-issue'
import type { Dataset, DatasetIndex } from '@/domain/schema'
import { nextTask, pauseEvery } from '@/lib/next-task'
import { apiRoot, DATASET_INDEX_PATH, datasetPath } from './contract'

export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'malformed' | 'invalid' | 'empty'

/**
 * Everything that can go wrong fetching the dataset, as one typed error the views can explain: the
 * facts (kind, status, seconds, issues) are here, the reader's words only in the catalogs
 * (panel-state.tsx); `message` is the kind, for logs.
 */
export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number | undefined
  readonly issues: DataIssue[]
  readonly timeoutSeconds: number | undefined

  constructor(
    kind: ApiErrorKind,
    options: {
      status?: number
      issues?: DataIssue[]
      timeoutSeconds?: number
      cause?: unknown
    } = {},
  ) {
    super(kind, { cause: options.cause })
    this.name = 'ApiError'
    this.kind = kind
    this.status = options.status
    this.issues = options.issues ?? []
    this.timeoutSeconds = options.timeoutSeconds
  }

  /** Worth retrying: the network, a timeout, or a server-side/overload status. Bad data is not. */
  get transient(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true
    return (
      this.kind === 'http' &&
      (this.status === 408 || this.status === 429 || (this.status ?? 0) >= 500)
    )
  }
}

/** VITE_API_BASE_URL points the app at another API; by default the data comes from the app's own origin. */
export function apiUrl(
  path: string,
  base: string = import.meta.env.VITE_API_BASE_URL ?? '',
): string {
  return `${apiRoot(base, import.meta.env.BASE_URL)}${path}`
}

/** Where the dataset with this key is served. */
export function datasetUrl(key: string, base?: string): string {
  return apiUrl(datasetPath(key), base)
}

export interface FetchOptions {
  signal?: AbortSignal
  /** Give up waiting after this long; the query layer may retry. */
  timeoutMs?: number
  url?: string
}

export const DEFAULT_TIMEOUT_MS = 20_000

/**
 * A response above this many bytes is read, and a dataset above this many metrics validated, run
 * through the rules and kept (not: too large to keep offline), in slices (large-dataset.ts).
 */
const LARGE_BYTES = 2e6
export const LARGE_DATASET = 2000
export const inSlices = () => import('./large-dataset')

/**
 * Work between two breaks while a dataset of ordinary size is validated and run through the rules
 * as the page starts: a phone's CPU, about four times slower, keeps such a task under 50 ms.
 */
export const STARTUP_BUDGET_MS = 6

function timeoutError(timeoutMs: number, cause: unknown): ApiError {
  const seconds = Math.max(1, Math.round(timeoutMs / 1000))
  return new ApiError('timeout', { cause, timeoutSeconds: seconds })
}

/** GET a JSON document of the API; every failure becomes an ApiError the views can explain. */
async function getJson(url: string, { signal, timeoutMs = DEFAULT_TIMEOUT_MS }: FetchOptions) {
  const timeout = AbortSignal.timeout(timeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  let response: Response
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } })
  } catch (cause) {
    if (timeout.aborted) throw timeoutError(timeoutMs, cause)
    if (signal?.aborted) throw cause
    throw new ApiError('network', { cause })
  }
  if (!response.ok) {
    throw new ApiError('http', { status: response.status })
  }
  try {
    return Number(response.headers.get('content-length')) > LARGE_BYTES
      ? await (await inSlices()).readInSlices(response)
      : ((await response.json()) as unknown)
  } catch (cause) {
    if (timeout.aborted) throw timeoutError(timeoutMs, cause)
    throw new ApiError('malformed', { cause })
  }
}

/** GET a dataset and validate it at the boundary: the views only ever see a valid Dataset. */
export async function fetchDataset({
  key,
  url = key === undefined ? undefined : datasetUrl(key),
  ...options
}: FetchOptions & { key?: string }): Promise<Dataset> {
  if (url === undefined) throw new Error('no URL')
  // The validator loads while the request is in flight, so it never delays the first screen.
  const validator = import('@/domain/dataset-in-slices')
  const body = await getJson(url, options)
  const { parseDatasetInSlices } = await validator
  // Validated a record at a time, giving way every few ms: in one go, with the validator's code
  // run for the first time, it was one task of 25-45 ms on / (unthrottled), which a phone's CPU
  // makes a long task. Its chunks evaluate in a task of their own, not in the validation's first.
  await nextTask()
  const parsed =
    ((body as { metrics?: unknown[] } | null)?.metrics?.length ?? 0) > LARGE_DATASET
      ? await (await inSlices()).parseInSlices(body)
      : await parseDatasetInSlices(body, pauseEvery(STARTUP_BUDGET_MS), 1)
  if (!parsed.ok) {
    throw new ApiError('invalid', { issues: parsed.issues })
  }
  if (parsed.dataset.metrics.length === 0) {
    throw new ApiError('empty')
  }
  return parsed.dataset
}

/** GET the list of published datasets (for the picker), validated like a dataset. */
export async function fetchDatasetIndex(options: FetchOptions = {}): Promise<DatasetIndex> {
  const validator = import('@/domain/parse-dataset')
  const body = await getJson(options.url ?? apiUrl(DATASET_INDEX_PATH), options)
  const { parseDatasetIndex } = await validator
  const parsed = parseDatasetIndex(body)
  if (!parsed.ok) {
    throw new ApiError('invalid', { issues: parsed.issues })
  }
  return parsed.index
}

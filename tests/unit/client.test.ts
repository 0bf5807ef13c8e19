import type { QueryClient } from '@tanstack/react-query'
import { dataset2017 } from '../../mocks/dataset'
import { server } from '../../mocks/node'
import { scenarios } from '../../mocks/scenarios'
import {
  ApiError,
  type ApiErrorKind,
  datasetUrl,
  fetchDataset,
  fetchDatasetIndex,
} from '../../src/api/client'
import { datasetPath } from '../../src/api/contract'
import { DEFAULT_DATASET_KEY } from '../../src/api/dataset-key'
import { MAX_RETRIES, retryDelay, shouldRetry } from '../../src/api/queries'
import { createQueryClient } from '../../src/app/query-client'

const API = 'https://kpi.example.com/'
const URL_2017 = `${API}${datasetPath('2017')}`

/** The rejection of a fetch, which must be an ApiError. */
async function apiErrorOf(request: Promise<unknown>): Promise<ApiError> {
  const error = await request.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}

/** Counts the requests that reach the mock server while a test runs. */
function countRequests() {
  let count = 0
  const listener = () => {
    count += 1
  }
  server.events.on('request:start', listener)
  return {
    get count() {
      return count
    },
    stop: () => server.events.removeListener('request:start', listener),
  }
}

describe('fetchDataset', () => {
  it('returns the validated 2017 dataset', async () => {
    const dataset = await fetchDataset({ url: URL_2017 })
    expect(dataset.metrics).toHaveLength(27)
    expect(dataset.events).toHaveLength(10)
    expect(dataset).toEqual(dataset2017)
  })

  it('fetches a dataset by its key from the app origin by default', async () => {
    const dataset = await fetchDataset({ key: '2017' })
    expect(dataset.id).toBe('china-post-2017')
  })

  it('answers a key with no dataset with HTTP 404, not retried', async () => {
    const error = await apiErrorOf(fetchDataset({ key: 'no-such-year' }))
    expect(error).toMatchObject({ kind: 'http', status: 404, transient: false })
  })

  it('opens the newest dataset in data/ by default', () => {
    expect(DEFAULT_DATASET_KEY).toBe('2017')
  })
})

describe('fetchDatasetIndex', () => {
  it('lists every published dataset, validated', async () => {
    const index = await fetchDatasetIndex()
    expect(index.datasets.map((d) => d.key)).toEqual(['2017'])
  })

  it('lists the synthetic datasets only where a test serves them', async () => {
    server.use(...scenarios.synthetic())
    const index = await fetchDatasetIndex()
    expect(index.datasets.map((d) => d.key)).toEqual([
      'synthetic-demo',
      'synthetic-demo-previous',
      '2017',
    ])
    const synthetic = await fetchDataset({ key: 'synthetic-demo' })
    expect(synthetic.title.en).toMatch(/SYNTHETIC/)
  })

  it.each<[keyof typeof scenarios, ApiErrorKind, number | undefined, boolean]>([
    ['error', 'http', 500, true],
    ['network', 'network', undefined, true],
    ['malformed', 'malformed', undefined, false],
    ['invalid', 'invalid', undefined, false],
    ['empty', 'empty', undefined, false],
  ])(
    'the %s scenario fails as %s (status %s, transient %s)',
    async (name, kind, status, transient) => {
      server.use(...scenarios[name]())
      const error = await apiErrorOf(fetchDataset({ url: URL_2017 }))
      expect(error.kind).toBe(kind)
      expect(error.status).toBe(status)
      expect(error.transient).toBe(transient)
      expect(error.message).not.toBe('')
    },
  )

  it('names the broken field when the data is invalid', async () => {
    server.use(...scenarios.invalid())
    const error = await apiErrorOf(fetchDataset({ url: URL_2017 }))
    expect(error.issues).toContainEqual(
      expect.objectContaining({
        path: ['metrics', 0, 'value'],
        message: expect.stringContaining('must not be negative'),
      }),
    )
  })

  it('gives up after timeoutMs when the server never answers, as a transient timeout', async () => {
    server.use(...scenarios.timeout())
    const started = Date.now()
    const error = await apiErrorOf(fetchDataset({ url: URL_2017, timeoutMs: 50 }))
    expect(error.kind).toBe('timeout')
    expect(error.transient).toBe(true)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it("says how long it waited, for the reader's message", async () => {
    server.use(...scenarios.timeout())
    const error = await apiErrorOf(fetchDataset({ url: URL_2017, timeoutMs: 1_000 }))
    expect(error.timeoutSeconds).toBe(1)
  })

  it('rethrows a cancellation by the caller instead of reporting a network fault', async () => {
    server.use(...scenarios.timeout())
    const controller = new AbortController()
    const request = fetchDataset({ url: URL_2017, signal: controller.signal })
    controller.abort()
    const reason = await request.then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(reason).not.toBeInstanceOf(ApiError)
    expect(reason).toMatchObject({ name: 'AbortError' })
  })

  it('fails the first time and succeeds the second in the flaky scenario', async () => {
    server.use(...scenarios.flaky())
    const first = await apiErrorOf(fetchDataset({ url: URL_2017 }))
    expect(first).toMatchObject({ kind: 'http', status: 503 })
    expect(first.transient).toBe(true)
    const second = await fetchDataset({ url: URL_2017 })
    expect(second.metrics).toHaveLength(27)
  })
})

describe('ApiError.transient', () => {
  it.each([
    [408, true],
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [403, false],
    [404, false],
  ])('an HTTP %d is transient: %s', (status, transient) => {
    expect(new ApiError('http', { status }).transient).toBe(transient)
  })
})

describe('retry policy', () => {
  const transient = new ApiError('network')
  const permanent = new ApiError('invalid')

  it('retries transient errors at most three times', () => {
    expect(MAX_RETRIES).toBe(3)
    expect([0, 1, 2, 3].map((failures) => shouldRetry(failures, transient))).toEqual([
      true,
      true,
      true,
      false,
    ])
  })

  it('never retries bad data, a client error or an unknown error', () => {
    expect(shouldRetry(0, permanent)).toBe(false)
    expect(shouldRetry(0, new ApiError('malformed'))).toBe(false)
    expect(shouldRetry(0, new ApiError('http', { status: 404 }))).toBe(false)
    expect(shouldRetry(0, new Error('boom'))).toBe(false)
  })

  it('waits 1 s, 2 s, 4 s, then no more than 8 s', () => {
    expect([0, 1, 2, 3, 4, 10].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 8000, 8000])
  })

  describe('in the app QueryClient', () => {
    let client: QueryClient | undefined
    afterEach(() => client?.clear())

    /** Runs the query with the app's policy, recording the delays instead of waiting them out. */
    async function runQuery() {
      const delays: number[] = []
      client = createQueryClient({
        retryDelay: (failures: number) => {
          delays.push(retryDelay(failures))
          return 0
        },
      })
      const requests = countRequests()
      const outcome = await client
        .fetchQuery({
          queryKey: ['kpis', 2017, 'dataset'],
          queryFn: ({ signal }) => fetchDataset({ signal, url: URL_2017 }),
        })
        .then(
          (data) => ({ data, error: undefined }),
          (error: unknown) => ({ data: undefined, error }),
        )
      requests.stop()
      return { ...outcome, delays, requests: requests.count }
    }

    it('tries a failing server four times, backing off 1 s, 2 s and 4 s', async () => {
      server.use(...scenarios.error())
      const { error, delays, requests } = await runQuery()
      expect(error).toMatchObject({ kind: 'http', status: 500 })
      expect(requests).toBe(1 + MAX_RETRIES)
      // Query computes a delay before asking whether to retry, so only the first three are waited.
      expect(delays.slice(0, requests - 1)).toEqual([1000, 2000, 4000])
    })

    it('hides a single flaky failure from the reader', async () => {
      server.use(...scenarios.flaky())
      const { data, requests } = await runQuery()
      expect(data?.metrics).toHaveLength(27)
      expect(requests).toBe(2)
    })

    it('asks only once when the data is invalid', async () => {
      server.use(...scenarios.invalid())
      const { error, requests } = await runQuery()
      expect(error).toMatchObject({ kind: 'invalid' })
      expect(requests).toBe(1)
    })
  })
})

describe('datasetUrl', () => {
  it('appends the API path to a base URL with or without a trailing slash', () => {
    const expected = 'https://kpi.example.com/api/v1/kpis/2017.json'
    expect(datasetUrl('2017', 'https://kpi.example.com')).toBe(expected)
    expect(datasetUrl('2017', 'https://kpi.example.com/')).toBe(expected)
  })

  it('keeps a path prefix in the base URL', () => {
    expect(datasetUrl('2017', 'https://cdn.example.com/china-post')).toBe(
      'https://cdn.example.com/china-post/api/v1/kpis/2017.json',
    )
  })

  it('uses the app base path when no base URL is set', () => {
    expect(datasetUrl('2017', '')).toBe(`${import.meta.env.BASE_URL}api/v1/kpis/2017.json`)
    expect(datasetUrl('synthetic-demo', '')).toBe('/api/v1/kpis/synthetic-demo.json')
  })
})

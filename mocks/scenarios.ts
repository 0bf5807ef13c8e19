import { delay, HttpResponse, http, type RequestHandler } from 'msw'
import { dataset2017 } from './dataset'
import { DATASET_URL } from './handlers'

/** A copy of the dataset with one record broken, as a faulty server might send it. */
function invalidDataset() {
  const copy = structuredClone(dataset2017)
  const [first] = copy.metrics
  if (first) first.value = -1
  return copy
}

function emptyDataset() {
  return { ...dataset2017, events: [], metrics: [], milestones: [], targets: [] }
}

/** Fault scenarios: in dev with ?mock=<name>, in tests with server.use(...scenarios.<name>()). */
export const scenarios = {
  /** Answers after 10 seconds. */
  slow: () => [
    http.get(DATASET_URL, async () => {
      await delay(10_000)
      return HttpResponse.json(dataset2017)
    }),
  ],
  /** Never answers: the client's own timeout has to end the wait. */
  timeout: () => [
    http.get(DATASET_URL, async () => {
      await delay('infinite')
      return HttpResponse.json(dataset2017)
    }),
  ],
  error: () => [
    http.get(DATASET_URL, () =>
      HttpResponse.json({ message: 'Internal Server Error' }, { status: 500 }),
    ),
  ],
  network: () => [http.get(DATASET_URL, () => HttpResponse.error())],
  malformed: () => [
    http.get(
      DATASET_URL,
      () =>
        new HttpResponse('{"schemaVersion": 1, "metrics": [', {
          headers: { 'Content-Type': 'application/json' },
        }),
    ),
  ],
  invalid: () => [http.get(DATASET_URL, () => HttpResponse.json(invalidDataset()))],
  empty: () => [http.get(DATASET_URL, () => HttpResponse.json(emptyDataset()))],
  /** The first request fails with a 500, the rest succeed: retries should hide it. */
  flaky: () => {
    let calls = 0
    return [
      http.get(DATASET_URL, () => {
        calls += 1
        return calls === 1
          ? HttpResponse.json({ message: 'Service Unavailable' }, { status: 503 })
          : HttpResponse.json(dataset2017)
      }),
    ]
  },
} satisfies Record<string, () => RequestHandler[]>

export type ScenarioName = keyof typeof scenarios

export function isScenarioName(name: string | null): name is ScenarioName {
  return name !== null && Object.hasOwn(scenarios, name)
}

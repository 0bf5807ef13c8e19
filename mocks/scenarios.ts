import { delay, HttpResponse, http, type RequestHandler } from 'msw'
import type { Dataset } from '../src/domain/schema'
import { dataset2017, datasets } from './dataset'
import { syntheticDatasets } from './fixtures'
import { DATASET_URL, datasetHandlers } from './handlers'

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

/** A word with no break opportunity, 5,000 characters long. */
const longWord = 'Postalcode'.repeat(500)

/**
 * Strings a hostile or careless data source might send: markup, a script URL, spreadsheet
 * formulas (=, +, @), a word too long to wrap, and right-to-left text behind a U+202E override.
 */
export const hostileStrings = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '=HYPERLINK("http://evil.example","click")',
  "+cmd|'/c calc'!A1",
  '@SUM(1+1)',
  longWord,
  '\u202Eالبريد الصيني דואר סין',
] as const

/** Appended to the source text and quoted verbatim by the first metric: quotes and all. */
export const hostileSentence = `=HYPERLINK("http://evil.example","click") said "${hostileStrings.join('" and "')}" in 'single quotes'.`

/**
 * A valid dataset whose free text is hostile: every metric label, event title and summary and
 * target basis carries one of hostileStrings, and the source ends with hostileSentence, which
 * the first metric quotes. The data still passes the schema and the integrity checks, so it
 * reaches the views: they must show it as text, never run or link it.
 */
export function hostileDataset(): Dataset {
  const copy = structuredClone(dataset2017)
  const pick = (i: number) => hostileStrings[i % hostileStrings.length] ?? ''
  copy.metrics.forEach((metric, i) => {
    // The first labels are nothing but the hostile string, so exports see it at a cell's start.
    metric.label = {
      en: i < hostileStrings.length ? pick(i) : `${metric.label.en} ${pick(i)}`,
      'zh-CN': `${pick(i + 3)}${metric.label['zh-CN']}`,
    }
  })
  copy.events.forEach((event, i) => {
    event.title = { en: pick(i), 'zh-CN': `${pick(i + 1)}${event.title['zh-CN']}` }
    event.summary = {
      en: `${event.summary.en} ${pick(i + 2)}`,
      'zh-CN': `${event.summary['zh-CN']}${pick(i + 4)}`,
    }
  })
  copy.targets.forEach((target, i) => {
    target.basis = {
      en: `${pick(i)} ${target.basis.en}`,
      'zh-CN': `${pick(i + 5)}${target.basis['zh-CN']}`,
    }
  })
  const [source] = copy.sources
  const [quoted] = copy.metrics
  if (source && quoted) {
    source.text = `${source.text}\n\n${hostileSentence}\n`
    quoted.provenance = { ...quoted.provenance, quote: hostileSentence }
  }
  return copy
}

/** Tells the page the browser went offline, once; a no-op outside a browser. */
function goOffline() {
  if (typeof window === 'undefined' || typeof navigator === 'undefined' || !navigator.onLine) return
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false })
  window.dispatchEvent(new Event('offline'))
}

/** Fault scenarios: in dev with ?mock=<name>, in tests with server.use(...scenarios.<name>()). */
export const scenarios = {
  /** The real datasets and the synthetic test-only ones (tests/fixtures/data/): several years. */
  synthetic: () => datasetHandlers(new Map([...datasets, ...syntheticDatasets])),
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
  /**
   * The device has lost its connection: the page hears the browser go offline (navigator.onLine
   * false, an `offline` event) and every request fails before it leaves the device, as fetch
   * does offline. The browser state changes only in a browser, so node tests get the failure.
   */
  offline: () => [
    http.get(DATASET_URL, () => {
      goOffline()
      return HttpResponse.error()
    }),
  ],
  /** A valid dataset full of markup, script URLs, spreadsheet formulas and RTL overrides. */
  hostile: () => [http.get(DATASET_URL, () => HttpResponse.json(hostileDataset()))],
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

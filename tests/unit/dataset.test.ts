// @vitest-environment node
// scripts/load-data.ts is Node-only: under jsdom, Vite rewrites its `new URL('../data', import.meta.url)`
// to an http:// asset URL, and it can no longer find data/ on disk.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { dataDir, loadDataset } from '../../scripts/load-data'
import {
  assembleDataset,
  type DataFileName,
  dataFiles,
  type FileIssue,
} from '../../src/domain/assemble-dataset'
import { describeIssue, formatPath } from '../../src/domain/data-issue'
import type { Metric, Milestone, Target } from '../../src/domain/schema'

const SOURCE_FILE = 'china-post-2017-top-ten-events.txt'
const sourceText = readFileSync(join(dataDir, 'sources', SOURCE_FILE), 'utf8')
const yearDir = join(dataDir, '2017')

/** Metrics shown without a target on purpose; a target dropped from any other metric fails. */
const METRICS_WITHOUT_TARGET = [
  'carnival.duration',
  'inspection.groups',
  'inspection.teams',
  'inspection.units-reinspected',
  'insurance.days-ahead',
  'insurance.goal-usd-as-stated',
  'newspapers.investment',
  'newspapers.investment-usd-as-stated',
  // The headline's "up to" ceiling is the issue's own size, not a goal.
  'psbc.preferred-shares',
]

/** The item at an index, failing loudly when the data has fewer items than the test expects. */
function nth<T>(items: readonly T[], index: number): T {
  const item = items[index]
  if (item === undefined) throw new Error(`no item at index ${index}`)
  return item
}

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(join(yearDir, name), 'utf8'))
}

/** A fresh, mutable copy of every data file, as the build reads them. */
function dataFileContents() {
  const files = {} as Record<DataFileName, unknown>
  for (const name of Object.keys(dataFiles) as DataFileName[]) files[name] = readJson(name)
  return files
}

function readSource(file: string): string | undefined {
  const path = join(dataDir, 'sources', file)
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined
}

/** Assembles modified copies of the data files; returns the issues, or fails if it was accepted. */
function issuesFor(
  modify: (files: {
    meta: { sources: { file: string }[] }
    events: { number: number; headline: string }[]
    metrics: Metric[]
    milestones: Milestone[]
    targets: Target[]
  }) => void,
  source: (file: string) => string | undefined = readSource,
): FileIssue[] {
  const files = dataFileContents()
  modify({
    meta: files['dataset.json'] as { sources: { file: string }[] },
    events: files['events.json'] as { number: number; headline: string }[],
    metrics: files['metrics.json'] as Metric[],
    milestones: files['milestones.json'] as Milestone[],
    targets: files['targets.json'] as Target[],
  })
  const result = assembleDataset(files, source)
  if (result.ok) throw new Error('the modified dataset was accepted')
  return result.issues
}

const metrics = readJson('metrics.json') as Metric[]
const milestones = readJson('milestones.json') as Milestone[]
const targets = readJson('targets.json') as Target[]
const indexOfMetric = (id: string) => metrics.findIndex((m) => m.id === id)

/** Every string under a key that names quoted text, wherever it sits in the JSON. */
function quotedStrings(value: unknown, path: string): { path: string; quote: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => quotedStrings(item, `${path}[${i}]`))
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, child]) => {
    const at = `${path}.${key}`
    if (/quote|headline|supporting/i.test(key)) {
      const strings = Array.isArray(child) ? child : [child]
      return strings.map((quote, i) => ({
        path: Array.isArray(child) ? `${at}[${i}]` : at,
        quote: String(quote),
      }))
    }
    return quotedStrings(child, at)
  })
}

describe('the shipped 2017 dataset', () => {
  it('is valid: the build would publish it', () => {
    const result = loadDataset('2017')
    expect(result.ok ? [] : result.issues.map(describeIssue)).toEqual([])
    if (!result.ok) return
    expect(result.dataset.events).toHaveLength(10)
    expect(result.dataset.metrics).toHaveLength(27)
    expect(result.dataset.sources[0]?.text).toBe(sourceText)
  })

  it('quotes every sentence verbatim from the press release, in every data file', () => {
    const quotes = readdirSync(yearDir)
      .filter((name) => name.endsWith('.json'))
      .flatMap((name) => quotedStrings(readJson(name), name))
    // At least one quote per metric and milestone, and the ten headlines.
    expect(quotes.length).toBeGreaterThanOrEqual(metrics.length + milestones.length + 10)
    for (const kind of ['.quote', '.supporting[0]', '.headline']) {
      expect(quotes.some((q) => q.path.endsWith(kind))).toBe(true)
    }
    const notVerbatim = quotes.filter((q) => !sourceText.includes(q.quote))
    expect(notVerbatim).toEqual([])
  })

  it('gives every metric a target, except the ones deliberately left without', () => {
    const withTarget = new Set(targets.map((t) => t.metric))
    const without = metrics
      .map((m) => m.id)
      .filter((id) => !withTarget.has(id))
      .sort()
    expect(without).toEqual(METRICS_WITHOUT_TARGET)
    expect(targets.every((t) => metrics.some((m) => m.id === t.metric))).toBe(true)
  })

  it('backs every stated or derived target with the quote, and derived ones with a reference', () => {
    const meta = readJson('dataset.json') as { reference: { id: string }[] }
    const referenceIds = new Set(meta.reference.map((r) => r.id))
    const sourced = targets.filter((t) => t.provenance === 'stated' || t.provenance === 'derived')
    expect(sourced.length).toBeGreaterThan(0)
    for (const t of sourced) {
      expect(t.quote, t.metric).toBeDefined()
      expect(sourceText.includes(t.quote ?? ''), t.metric).toBe(true)
    }
    const derived = targets.filter((t) => t.provenance === 'derived')
    expect(derived.length).toBeGreaterThan(0)
    for (const t of derived) expect(referenceIds.has(t.reference ?? ''), t.metric).toBe(true)
  })
})

describe('a broken copy of the dataset is rejected with the file and path at fault', () => {
  it('rejects a negative value', () => {
    const i = indexOfMetric('carnival.members')
    const issues = issuesFor(({ metrics }) => {
      nth(metrics, i).value = -300_000
    })
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: 'metrics.json',
        path: [i, 'value'],
        message: expect.stringContaining('must not be negative'),
      }),
    )
    const issue = issues.find((x) => x.path[1] === 'value')
    expect(`data/2017/${issue?.file} at ${formatPath(issue?.path ?? [])}`).toBe(
      `data/2017/metrics.json at [${i}].value`,
    )
  })

  it('rejects a metric that points at an event that does not exist', () => {
    const issues = issuesFor(({ metrics }) => {
      nth(metrics, 2).event = 11
    })
    expect(issues).toEqual([
      { file: 'metrics.json', path: [2, 'event'], message: 'unknown event 11' },
    ])
  })

  it('rejects a milestone that points at an event that does not exist', () => {
    const issues = issuesFor(({ milestones }) => {
      nth(milestones, 0).event = 42
    })
    expect(issues).toEqual([
      { file: 'milestones.json', path: [0, 'event'], message: 'unknown event 42' },
    ])
  })

  it('rejects a target whose unit differs from its metric', () => {
    const i = targets.findIndex((t) => t.metric === 'insurance.new-premiums')
    const issues = issuesFor(({ targets }) => {
      nth(targets, i).unit = 'USD'
    })
    expect(issues).toEqual([
      {
        file: 'targets.json',
        path: [i, 'unit'],
        message: expect.stringMatching(/“USD”.*“CNY”/),
      },
    ])
  })

  it('rejects a quote altered by one character', () => {
    const i = indexOfMetric('logistics.sposter-stake')
    const issues = issuesFor(({ metrics }) => {
      const provenance = nth(metrics, i).provenance
      provenance.quote = provenance.quote.replace('64 percent', '65 percent')
    })
    expect(issues).toEqual([
      {
        file: 'metrics.json',
        path: [i, 'provenance', 'quote'],
        message: expect.stringContaining('not verbatim'),
      },
    ])
  })

  it('rejects an altered supporting sentence, claim, milestone quote, target quote, outcome and headline', () => {
    const psbc = indexOfMetric('psbc.preferred-shares')
    const target = targets.findIndex((t) => t.metric === 'insurance.days-to-goal')
    const qualitative = targets.findIndex((t) => t.metric === 'newspapers.provinces')
    const issues = issuesFor(({ metrics, milestones, targets, events }) => {
      const m = nth(metrics, psbc)
      m.provenance.supporting = [`${m.provenance.supporting?.[0]}!`]
      const claim = nth(m.claims ?? [], 1)
      claim.quote = claim.quote.replace('Asia', 'Europe')
      const milestone = nth(milestones, 3)
      milestone.provenance.quote = milestone.provenance.quote.replace("Li's", "Wang's")
      const goal = nth(targets, target)
      goal.quote = goal.quote?.replace('10 billion', '11 billion')
      const reported = nth(targets, qualitative).outcome
      if (reported) reported.quote = reported.quote.replace('18 provinces', '28 provinces')
      const event = nth(events, 5)
      event.headline = event.headline.toUpperCase()
    })
    const where = issues.map((x) => `${x.file} ${formatPath(x.path)}`)
    expect(where.sort()).toEqual(
      [
        `metrics.json [${psbc}].provenance.supporting[0]`,
        `metrics.json [${psbc}].claims[1].quote`,
        'milestones.json [3].provenance.quote',
        `targets.json [${target}].quote`,
        `targets.json [${qualitative}].outcome.quote`,
        'events.json [5].headline',
      ].sort(),
    )
    expect(issues.every((x) => x.message.includes('not verbatim'))).toBe(true)
  })

  it('rejects a duplicate metric id, naming the second copy', () => {
    const issues = issuesFor(({ metrics }) => {
      metrics.push(structuredClone(nth(metrics, 0)))
    })
    expect(issues).toEqual([
      {
        file: 'metrics.json',
        path: [metrics.length],
        message: 'duplicate id “innovation.platform-participants”',
      },
    ])
  })

  it('rejects a source file that does not exist', () => {
    const issues = issuesFor(
      () => {},
      () => undefined,
    )
    expect(issues).toEqual([
      {
        file: 'dataset.json',
        path: ['sources', 0, 'file'],
        message: `data/sources/${SOURCE_FILE} does not exist`,
      },
    ])
  })

  it('rejects a source renamed in dataset.json', () => {
    const issues = issuesFor(({ meta }) => {
      nth(meta.sources, 0).file = 'china-post-2017.txt'
    })
    expect(issues.map(describeIssue)).toEqual([
      'sources[0].file: data/sources/china-post-2017.txt does not exist',
    ])
  })

  it('rejects a date with no such month or day', () => {
    const issues = issuesFor(({ milestones }) => {
      nth(milestones, 4).date = '2017-13-45'
    })
    expect(issues).toEqual([
      { file: 'milestones.json', path: [4, 'date'], message: 'is not a real calendar date' },
    ])
  })

  it('rejects a day its month does not have (30 February, 29 February 2017, 31 April)', () => {
    const rejected = ['2017-02-30', '2017-02-29', '2017-04-31'].map((date) => {
      const files = dataFileContents()
      nth(files['milestones.json'] as Milestone[], 4).date = date
      const result = assembleDataset(files, readSource)
      return { date, issues: result.ok ? [] : result.issues }
    })
    expect(rejected).toEqual(
      ['2017-02-30', '2017-02-29', '2017-04-31'].map((date) => ({
        date,
        issues: [
          { file: 'milestones.json', path: [4, 'date'], message: 'is not a real calendar date' },
        ],
      })),
    )
  })

  it('accepts 29 February in a leap year and dates at month or year precision', () => {
    for (const date of ['2016-02-29', '2017-02', '2016']) {
      const files = dataFileContents()
      nth(files['milestones.json'] as Milestone[], 6).date = date
      expect(assembleDataset(files, readSource).ok, date).toBe(true)
    }
  })

  it('rejects a date in the wrong format', () => {
    const i = indexOfMetric('carnival.members')
    const issues = issuesFor(({ metrics }) => {
      nth(metrics, i).period.end = '19/09/2017'
    })
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: 'metrics.json',
        path: [i, 'period', 'end'],
        message: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD',
      }),
    )
  })

  it('reports every problem at once, each in its own file', () => {
    const issues = issuesFor(({ metrics, targets }) => {
      nth(metrics, 0).value = -1
      nth(targets, 0).value = -1
    })
    expect(issues.map((x) => `${x.file} ${formatPath(x.path)}`).sort()).toEqual([
      'metrics.json [0].value',
      'targets.json [0].value',
    ])
  })
})

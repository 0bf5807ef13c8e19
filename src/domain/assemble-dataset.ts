/**
 * Builds the API payload from the files of a dataset folder (data/<id>/), for the build, the
 * validator and the test mocks. Not in the app: it receives the payload already assembled.
 */
import * as z from 'zod/mini'
import { familyMetrics } from './dashboard'
import type { DataIssue } from './data-issue'
import { integrityIssues } from './parse-dataset'
import { familyPlotIssues, familyWordIssues, timelineWordIssues } from './placeholders'
import {
  type Dataset,
  dashboard,
  dashboardFamily,
  datasetMeta,
  event,
  metric,
  milestone,
  target,
} from './schema'

const kindOf: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text in quotes',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`
  return String(value)
}

/**
 * zod's own messages ("Invalid input") say nothing to an analyst editing JSON by hand: say what
 * was expected and what was found. Messages written in the schema are kept as they are.
 */
export function plainMessage(issue: z.core.$ZodIssue & { input?: unknown }): string {
  const found = 'input' in issue ? `, not ${describeValue(issue.input)}` : ''
  switch (issue.code) {
    case 'invalid_type': {
      const expected = kindOf[issue.expected] ?? issue.expected
      return issue.input === undefined
        ? `is missing: it must be ${expected}`
        : `must be ${expected}${found}`
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v))
      const allowed = values.length === 1 ? values[0] : `one of ${values.join(', ')}`
      return 'input' in issue && issue.input === undefined
        ? `is missing: it must be ${allowed}`
        : `must be ${allowed}${found}`
    }
    case 'too_small':
    case 'too_big': {
      if (issue.message !== 'Invalid input') return issue.message
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum
      const least = issue.code === 'too_small' ? 'at least' : 'at most'
      const strict = issue.code === 'too_small' ? 'more than' : 'less than'
      const limit = `${issue.inclusive ? least : strict} ${String(bound)}`
      if (issue.origin === 'array') return `must have ${limit} item(s)`
      if (issue.origin === 'string') return `must be ${limit} character(s) long`
      return `must be ${limit}${found}`
    }
    case 'invalid_union':
      if (issue.message !== 'Invalid input') return issue.message
      return `does not match any of the allowed shapes${found}`
    default:
      return issue.message
  }
}

function fromZod(error: z.core.$ZodError): DataIssue[] {
  return error.issues.map((issue) => ({ path: issue.path, message: plainMessage(issue) }))
}

/**
 * A list item that may take one of several shapes (a metric id or an object; a data family or the
 * timeline) is reported field by field in the shape it was meant as, each at its own line, instead
 * of as a whole: the one shape its value has, or, for a dashboard's family (`family`) with a `key`
 * or `metrics`, the timeline where its `kind` says so and a data family otherwise.
 */
function unionIssues(issue: z.core.$ZodIssue, family = false): DataIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) {
    return [{ path: issue.path, message: plainMessage(issue) }]
  }
  const input = (issue as { input?: unknown }).input
  const meant = issue.errors.filter((e) => !e.some((x) => x.path.length === 0))
  const asFamily =
    family && input !== null && typeof input === 'object' && ('key' in input || 'metrics' in input)
  const chosen = asFamily
    ? issue.errors[(input as { kind?: unknown }).kind === 'timeline' ? 1 : 0]
    : meant.length === 1
      ? meant[0]
      : undefined
  if (!chosen) return [{ path: issue.path, message: plainMessage(issue) }]
  return chosen.flatMap((x) =>
    unionIssues(x).map((d) => ({ ...d, path: [...issue.path, ...d.path] })),
  )
}

/** dashboard.json's issues: a family's wrong field at its own line (see `unionIssues`). */
function dashboardZodIssues(error: z.core.$ZodError): DataIssue[] {
  return error.issues.flatMap((issue) =>
    unionIssues(issue, issue.path.length === 2 && issue.path[0] === 'families'),
  )
}

/** The files of data/<id>/, each validated with its own schema so errors can name the file. */
export const dataFiles = {
  'dataset.json': datasetMeta,
  'events.json': z.array(event),
  'metrics.json': z.array(metric),
  'milestones.json': z.array(milestone),
  'targets.json': z.array(target),
  'dashboard.json': dashboard,
} as const

export type DataFileName = keyof typeof dataFiles

/** Files a dataset folder may leave out: without a dashboard.json it gets the default one. */
export const optionalDataFiles: readonly DataFileName[] = ['dashboard.json']

/**
 * What the dashboard's families name that the dataset does not have, and families listed twice.
 * Each family that passes the schema is checked, even when others in the file do not.
 */
function dashboardIssues(raw: unknown, metricIds: Set<string>): FileIssue[] {
  const issues: FileIssue[] = []
  const keys = new Set<string>()
  const families = (raw as { families?: unknown } | undefined)?.families
  if (!Array.isArray(families)) return issues
  families.forEach((item: unknown, i) => {
    const parsed = z.safeParse(dashboardFamily, item)
    if (!parsed.success) return
    const family = parsed.data
    const { key } = family
    if (keys.has(key)) {
      issues.push({
        file: 'dashboard.json',
        path: ['families', i, 'key'],
        message: `“${key}” is listed twice: each family appears once`,
      })
    }
    keys.add(key)
    if (family.kind === 'timeline') {
      for (const issue of timelineWordIssues(family)) {
        issues.push({ ...issue, file: 'dashboard.json', path: ['families', i, ...issue.path] })
      }
      return
    }
    if (familyMetrics(family).every((m) => m.shown !== undefined)) {
      issues.push({
        file: 'dashboard.json',
        path: ['families', i, 'metrics'],
        message: 'must draw at least one metric: every one is “shown” only in the table or words',
      })
    }
    familyMetrics(family).forEach(({ id }, j) => {
      if (!metricIds.has(id)) {
        issues.push({
          file: 'dashboard.json',
          path: [
            'families',
            i,
            'metrics',
            j,
            ...(typeof family.metrics[j] === 'string' ? [] : ['id']),
          ],
          message: `names no metric of metrics.json: “${id}”`,
        })
      }
    })
    for (const issue of [...familyPlotIssues(family), ...familyWordIssues(family)]) {
      issues.push({ ...issue, file: 'dashboard.json', path: ['families', i, ...issue.path] })
    }
  })
  return issues
}

export interface FileIssue extends DataIssue {
  file: DataFileName | `sources/${string}`
}

/** The list files, with the schema of one item: each item is checked on its own. */
const collections = {
  events: { file: 'events.json', item: event, id: 'number' },
  metrics: { file: 'metrics.json', item: metric, id: 'id' },
  milestones: { file: 'milestones.json', item: milestone, id: 'id' },
  targets: { file: 'targets.json', item: target, id: 'metric' },
} as const

type Collection = keyof typeof collections

const fileOfCollection = Object.fromEntries(
  Object.entries(collections).map(([name, c]) => [name, c.file]),
) as Record<string, DataFileName>

/** The field that names an item of a list file (a metric's id, an event's number). */
export const idFieldOf = Object.fromEntries(
  Object.values(collections).map((c) => [c.file, c.id]),
) as Partial<Record<DataFileName, string>>

function idOf(item: unknown, field: string): unknown {
  return item !== null && typeof item === 'object'
    ? (item as Record<string, unknown>)[field]
    : undefined
}

/**
 * Builds the API payload from the contents of the data files and the source texts they quote.
 * Every problem is reported at once, with the file it is in and the path inside that file: the
 * items that pass the schema are still checked against each other when others do not. A file
 * that could not be read at all is passed as `undefined` and reported by the caller.
 */
export function assembleDataset(
  files: Record<DataFileName, unknown>,
  readSource: (file: string) => string | undefined,
): { ok: true; dataset: Dataset } | { ok: false; issues: FileIssue[] } {
  const issues: FileIssue[] = []
  const unreadable = (Object.keys(dataFiles) as DataFileName[]).filter(
    (f) => files[f] === undefined && !optionalDataFiles.includes(f),
  )

  const meta = z.safeParse(datasetMeta, files['dataset.json'], { reportInput: true })
  if (!meta.success && files['dataset.json'] !== undefined) {
    issues.push(...fromZod(meta.error).map((i) => ({ ...i, file: 'dataset.json' as const })))
  }

  const spec =
    files['dashboard.json'] === undefined
      ? undefined
      : z.safeParse(dashboard, files['dashboard.json'], { reportInput: true })
  if (spec && !spec.success) {
    issues.push(
      ...dashboardZodIssues(spec.error).map((i) => ({
        ...i,
        file: 'dashboard.json' as const,
      })),
    )
  }

  const valid = {} as Record<Collection, unknown[]>
  const indexes = {} as Record<Collection, number[]>
  const known = { events: [] as number[], metrics: [] as string[], milestones: [] as string[] }
  for (const [name, c] of Object.entries(collections) as [
    Collection,
    (typeof collections)[Collection],
  ][]) {
    valid[name] = []
    indexes[name] = []
    const raw = files[c.file]
    if (raw === undefined) continue
    if (!Array.isArray(raw)) {
      issues.push({
        file: c.file,
        path: [],
        message: `must be a list [ … ], not ${describeValue(raw)}`,
      })
      continue
    }
    raw.forEach((item: unknown, index) => {
      const result = z.safeParse(c.item as z.ZodMiniType, item, { reportInput: true })
      if (result.success) {
        valid[name].push(result.data)
        indexes[name].push(index)
        return
      }
      issues.push(
        ...fromZod(result.error).map((i) => ({ ...i, path: [index, ...i.path], file: c.file })),
      )
      const id = idOf(item, c.id)
      if (name === 'events' && typeof id === 'number') known.events.push(id)
      if ((name === 'metrics' || name === 'milestones') && typeof id === 'string')
        known[name].push(id)
    })
  }
  // Quotes and references need every file and the list of sources: stop here without them.
  if (!meta.success || unreadable.length > 0) return { ok: false, issues }

  const sources = meta.data.sources.map((source) => ({ ...source, text: readSource(source.file) }))
  sources.forEach((source, i) => {
    if (!source.text?.trim()) {
      issues.push({
        file: 'dataset.json',
        path: ['sources', i, 'file'],
        message: `data/sources/${source.file} ${source.text === undefined ? 'does not exist' : 'is empty'}`,
      })
    }
  })
  if (sources.some((s) => !s.text?.trim())) return { ok: false, issues }

  const payload = {
    ...meta.data,
    sources,
    ...valid,
    ...(spec?.success && { dashboard: spec.data }),
  } as Dataset
  issues.push(
    // A metric that is there but invalid is reported in metrics.json, not again as missing here.
    ...dashboardIssues(
      files['dashboard.json'],
      new Set([...payload.metrics.map((m) => m.id), ...known.metrics]),
    ),
  )
  const integrity = integrityIssues(payload, known).map(({ path, message }): FileIssue => {
    const [collection, index, ...rest] = path
    const name = String(collection) as Collection
    const file = fileOfCollection[name]
    if (!file || typeof index !== 'number') return { file: 'dataset.json', path, message }
    return { file, path: [indexes[name][index] ?? index, ...rest], message }
  })
  issues.push(...integrity)
  return issues.length > 0 ? { ok: false, issues } : { ok: true, dataset: payload }
}

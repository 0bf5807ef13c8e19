import * as z from 'zod/mini'
import type { DataIssue, IssuePath } from './data-issue'
import {
  type Dataset,
  datasetMeta,
  dataset as datasetSchema,
  event,
  metric,
  milestone,
  target,
} from './schema'

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; issues: DataIssue[] }

function fromZod(error: z.core.$ZodError): DataIssue[] {
  return error.issues.map((issue) => ({ path: issue.path, message: issue.message }))
}

function duplicates<T>(items: readonly T[], key: (item: T) => string | number, at: string) {
  const seen = new Set<string | number>()
  const issues: DataIssue[] = []
  items.forEach((item, index) => {
    const value = key(item)
    if (seen.has(value)) issues.push({ path: [at, index], message: `duplicate id “${value}”` })
    seen.add(value)
  })
  return issues
}

/**
 * Checks that the schema alone cannot: ids are unique, every reference points at something that
 * exists, units agree, and every quote appears verbatim in the source it cites.
 */
export function integrityIssues(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [
    ...duplicates(data.events, (e) => e.number, 'events'),
    ...duplicates(data.metrics, (m) => m.id, 'metrics'),
    ...duplicates(data.milestones, (m) => m.id, 'milestones'),
    ...duplicates(data.targets, (t) => t.metric, 'targets'),
    ...duplicates(data.people, (p) => p.id, 'people'),
    ...duplicates(data.reference, (r) => r.id, 'reference'),
    ...duplicates(data.sources, (s) => s.id, 'sources'),
  ]
  const events = new Set(data.events.map((e) => e.number))
  const metrics = new Map(data.metrics.map((m) => [m.id, m]))
  const milestones = new Set(data.milestones.map((m) => m.id))
  const people = new Set(data.people.map((p) => p.id))
  const reference = new Set(data.reference.map((r) => r.id))
  const sources = new Map(data.sources.map((s) => [s.id, s.text]))
  const allText = data.sources.map((s) => s.text).join('\n')

  const issue = (path: IssuePath, message: string) => issues.push({ path, message })
  const checkQuote = (path: IssuePath, quote: string, sourceId?: string) => {
    const text = sourceId === undefined ? allText : sources.get(sourceId)
    if (text !== undefined && !text.includes(quote)) {
      issue(path, `quote is not verbatim in the source: “${quote.slice(0, 80)}”`)
    }
  }
  const checkProvenance = (
    path: IssuePath,
    provenance: Dataset['metrics'][number]['provenance'],
  ) => {
    if (!sources.has(provenance.source)) {
      issue([...path, 'source'], `unknown source “${provenance.source}”`)
      return
    }
    checkQuote([...path, 'quote'], provenance.quote, provenance.source)
    provenance.supporting?.forEach((quote, i) => {
      checkQuote([...path, 'supporting', i], quote, provenance.source)
    })
  }

  data.events.forEach((e, i) => {
    if (e.keyMetric && !metrics.has(e.keyMetric)) {
      issue(['events', i, 'keyMetric'], `unknown metric “${e.keyMetric}”`)
    }
    checkQuote(['events', i, 'headline'], e.headline)
  })
  data.metrics.forEach((m, i) => {
    if (!events.has(m.event)) issue(['metrics', i, 'event'], `unknown event ${m.event}`)
    for (const field of ['conversionOf', 'subsetOf'] as const) {
      const ref = m[field]
      if (ref !== undefined && !metrics.has(ref)) {
        issue(['metrics', i, field], `unknown metric “${ref}”`)
      }
    }
    checkProvenance(['metrics', i, 'provenance'], m.provenance)
    m.claims?.forEach((c, j) => {
      checkQuote(['metrics', i, 'claims', j, 'quote'], c.quote, m.provenance.source)
    })
  })
  data.milestones.forEach((m, i) => {
    if (!events.has(m.event)) issue(['milestones', i, 'event'], `unknown event ${m.event}`)
    if (m.actor !== undefined && !people.has(m.actor)) {
      issue(['milestones', i, 'actor'], `unknown person “${m.actor}”`)
    }
    m.after?.forEach((id, j) => {
      if (!milestones.has(id)) issue(['milestones', i, 'after', j], `unknown milestone “${id}”`)
    })
    checkProvenance(['milestones', i, 'provenance'], m.provenance)
  })
  data.targets.forEach((t, i) => {
    const m = metrics.get(t.metric)
    if (!m) {
      issue(['targets', i, 'metric'], `unknown metric “${t.metric}”`)
      return
    }
    if (t.unit !== m.unit) {
      issue(['targets', i, 'unit'], `unit “${t.unit}” differs from the metric's unit “${m.unit}”`)
    }
    if ((t.provenance === 'stated' || t.provenance === 'derived') && t.quote === undefined) {
      issue(
        ['targets', i, 'quote'],
        `a ${t.provenance} target needs the quote that states its goal`,
      )
    }
    if (t.provenance === 'derived' && t.reference === undefined) {
      issue(['targets', i, 'reference'], 'a derived target needs the reference fact it comes from')
    }
    if (t.reference !== undefined && !reference.has(t.reference)) {
      issue(['targets', i, 'reference'], `unknown reference fact “${t.reference}”`)
    }
    if (t.quote !== undefined) checkQuote(['targets', i, 'quote'], t.quote)
  })
  return issues
}

/** Validates an API payload: structure first, then integrity. */
export function parseDataset(input: unknown): ParseResult {
  const parsed = z.safeParse(datasetSchema, input)
  if (!parsed.success) return { ok: false, issues: fromZod(parsed.error) }
  const issues = integrityIssues(parsed.data)
  return issues.length > 0 ? { ok: false, issues } : { ok: true, dataset: parsed.data }
}

/** The files of data/<year>/, each validated with its own schema so errors can name the file. */
export const dataFiles = {
  'dataset.json': datasetMeta,
  'events.json': z.array(event),
  'metrics.json': z.array(metric),
  'milestones.json': z.array(milestone),
  'targets.json': z.array(target),
} as const

export type DataFileName = keyof typeof dataFiles

export interface FileIssue extends DataIssue {
  file: DataFileName | `sources/${string}`
}

const fileOfCollection: Record<string, DataFileName> = {
  events: 'events.json',
  metrics: 'metrics.json',
  milestones: 'milestones.json',
  targets: 'targets.json',
}

/**
 * Builds the API payload from the contents of the data files and the source texts they quote.
 * Every problem is reported with the file it is in and the path inside that file.
 */
export function assembleDataset(
  files: Record<DataFileName, unknown>,
  readSource: (file: string) => string | undefined,
): { ok: true; dataset: Dataset } | { ok: false; issues: FileIssue[] } {
  const issues: FileIssue[] = []
  for (const [file, schema] of Object.entries(dataFiles) as [DataFileName, z.ZodMiniType][]) {
    const result = z.safeParse(schema, files[file])
    if (!result.success) issues.push(...fromZod(result.error).map((i) => ({ ...i, file })))
  }
  if (issues.length > 0) return { ok: false, issues }

  const meta = files['dataset.json'] as z.infer<typeof datasetMeta>
  const sources = meta.sources.map((source) => ({ ...source, text: readSource(source.file) }))
  sources.forEach((source, i) => {
    if (source.text === undefined) {
      issues.push({
        file: 'dataset.json',
        path: ['sources', i, 'file'],
        message: `data/sources/${source.file} does not exist`,
      })
    }
  })
  if (issues.length > 0) return { ok: false, issues }

  const payload = {
    ...meta,
    sources,
    events: files['events.json'],
    metrics: files['metrics.json'],
    milestones: files['milestones.json'],
    targets: files['targets.json'],
  }
  const parsed = parseDataset(payload)
  if (parsed.ok) return parsed
  return {
    ok: false,
    issues: parsed.issues.map(({ path, message }) => {
      const [collection, ...rest] = path
      const file = fileOfCollection[String(collection)]
      return file ? { file, path: rest, message } : { file: 'dataset.json', path, message }
    }),
  }
}

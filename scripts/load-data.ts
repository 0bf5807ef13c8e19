/** Reads data/<id>/ and data/sources/ from disk and assembles the API payloads (Node only). */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as z from 'zod/mini'
import {
  assembleDataset,
  type DataFileName,
  dataFiles,
  type FileIssue,
  idFieldOf,
  optionalDataFiles,
} from '../src/domain/assemble-dataset'
import { formatPath } from '../src/domain/data-issue'
import { type Dataset, datasetKey } from '../src/domain/schema'
import { type JsonDocument, type Position, readJsonDocument } from './json-position'

export const dataDir = fileURLToPath(new URL('../data', import.meta.url))

/** The folder of data/ that holds the source texts every dataset quotes; it is not a dataset. */
export const SOURCES_FOLDER = 'sources'

/** A problem with where it is: the file under the data folder, the line and column in it. */
export interface LocatedIssue extends FileIssue {
  /** The file, relative to the data folder's parent: `data/2017/metrics.json`. */
  where: string
  position?: Position
  /** The id of the list item the problem is in (a metric's id, an event's number). */
  item?: string
}

export type LoadResult =
  | { ok: true; id: string; dataset: Dataset }
  | { ok: false; id: string; issues: LocatedIssue[] }

/** Every dataset folder in the data folder, in name order. */
export function datasetIds(dir = dataDir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== SOURCES_FOLDER)
    .map((entry) => entry.name)
    .sort()
}

/** Reads, validates and assembles one dataset folder, reporting every problem at once. */
export function loadDataset(id: string, dir = dataDir): LoadResult {
  const folder = join(dir, id)
  const shown = (file: string) => relative(join(dir, '..'), join(folder, file))
  const files = {} as Record<DataFileName, unknown>
  const documents = new Map<string, JsonDocument>()
  const issues: LocatedIssue[] = []
  const key = z.safeParse(datasetKey, id)
  if (!key.success) {
    issues.push({
      file: 'dataset.json',
      path: [],
      where: shown(''),
      message: `the folder name is the dataset's key in URLs and ${key.error.issues[0]?.message}`,
    })
  }
  for (const name of Object.keys(dataFiles) as DataFileName[]) {
    const path = join(folder, name)
    if (!existsSync(path)) {
      if (optionalDataFiles.includes(name)) continue
      issues.push({ file: name, path: [], where: shown(name), message: 'the file is missing' })
      continue
    }
    const document = readJsonDocument(readFileSync(path, 'utf8'))
    documents.set(name, document)
    for (const error of document.syntaxErrors) {
      issues.push({
        file: name,
        path: [],
        where: shown(name),
        position: error.position,
        message: `not valid JSON: ${error.message}`,
      })
    }
    files[name] = document.value
  }
  const result = assembleDataset(files, (file) => {
    const path = join(dir, SOURCES_FOLDER, file)
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined
  })
  if (result.ok && issues.length === 0) return { ok: true, id, dataset: result.dataset }
  if (!result.ok) {
    for (const issue of result.issues) {
      const document = documents.get(issue.file)
      const idField = idFieldOf[issue.file as DataFileName]
      const [index] = issue.path
      const item =
        idField && typeof index === 'number' && Array.isArray(document?.value)
          ? (document.value[index] as Record<string, unknown> | undefined)?.[idField]
          : undefined
      issues.push({
        ...issue,
        where: shown(issue.file),
        ...(document && { position: document.locate(issue.path) }),
        ...((typeof item === 'string' || typeof item === 'number') && { item: String(item) }),
      })
    }
  }
  return { ok: false, id, issues: sortIssues(issues) }
}

function sortIssues(issues: LocatedIssue[]): LocatedIssue[] {
  return issues.sort(
    (a, b) =>
      a.where.localeCompare(b.where) ||
      (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
      (a.position?.column ?? 0) - (b.position?.column ?? 0),
  )
}

/**
 * One line per problem, `file:line:column  where inside: what is wrong`, the form editors and
 * terminals turn into a link to the spot.
 */
export function formatIssue(issue: LocatedIssue): string {
  const at = issue.position ? `:${issue.position.line}:${issue.position.column}` : ''
  const inside = [
    issue.path.length > 0 ? formatPath(issue.path) : '',
    issue.item !== undefined ? `(${issue.item})` : '',
  ]
    .filter(Boolean)
    .join(' ')
  return `${issue.where}${at}  ${inside ? `${inside}: ` : ''}${issue.message}`
}

/**
 * Every dataset in the data folder, oldest first (by as-of date), valid or not. Two folders may
 * not hold the same dataset id: exports and what-if files name a dataset by it.
 */
export function loadDatasets(dir = dataDir): LoadResult[] {
  const results = datasetIds(dir).map((id) => loadDataset(id, dir))
  const owner = new Map<string, string>()
  return results
    .map((result): LoadResult => {
      if (!result.ok) return result
      const first = owner.get(result.dataset.id)
      owner.set(result.dataset.id, first ?? result.id)
      if (first === undefined) return result
      const where = relative(join(dir, '..'), join(dir, result.id, 'dataset.json'))
      const message = `id “${result.dataset.id}” is already the id of data folder ${first}`
      return {
        ok: false,
        id: result.id,
        issues: [{ file: 'dataset.json', path: ['id'], where, message }],
      }
    })
    .sort((a, b) => asOf(a).localeCompare(asOf(b)) || a.id.localeCompare(b.id))
}

const asOf = (r: LoadResult) => (r.ok ? r.dataset.asOf : '')

/** The valid datasets of a data folder, or an error listing every problem in every one. */
export function loadValidDatasets(dir = dataDir): { key: string; dataset: Dataset }[] {
  const results = loadDatasets(dir)
  const problems = results.flatMap((r) => (r.ok ? [] : r.issues.map(formatIssue)))
  if (problems.length > 0 || results.length === 0) {
    throw new Error(
      `The datasets in ${relative(join(dir, '..'), dir)} are invalid:\n  ${problems.join('\n  ') || 'none found'}`,
    )
  }
  return results.flatMap((r) => (r.ok ? [{ key: r.id, dataset: r.dataset }] : []))
}

/**
 * The key of the dataset a visit without ?year= opens: the newest by as-of date. Reads only each
 * dataset.json, so configs can call it cheaply; validation is the build's and validate:data's job.
 */
export function newestKey(dir = dataDir): string {
  return newestMeta(dir).key
}

/** The newest dataset's key and the names the installed app takes from it. */
export function newestMeta(dir = dataDir): {
  key: string
  organisation: string
  edition: string
  /** Both languages' names, for the header's brand before the dataset arrives. */
  brand: { organisation: unknown; edition: unknown }
} {
  const dated = datasetIds(dir).map((id) => {
    try {
      const meta = JSON.parse(readFileSync(join(dir, id, 'dataset.json'), 'utf8')) as {
        asOf?: unknown
        organisation?: { en?: unknown }
        edition?: { en?: unknown }
      }
      return {
        key: id,
        asOf: String(meta.asOf ?? ''),
        organisation: String(meta.organisation?.en ?? ''),
        edition: String(meta.edition?.en ?? ''),
        brand: { organisation: meta.organisation, edition: meta.edition },
      }
    } catch {
      // Unreadable: it sorts last here, and validation reports what is wrong with it.
      return { key: id, asOf: '', organisation: '', edition: '', brand: {} as never }
    }
  })
  dated.sort((a, b) => b.asOf.localeCompare(a.asOf) || a.key.localeCompare(b.key))
  const newest = dated[0]
  if (!newest) throw new Error(`No dataset folder in ${dir}`)
  const { asOf: _, ...names } = newest
  return names
}

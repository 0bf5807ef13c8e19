/** Reads data/<year>/ and data/sources/ from disk and assembles the API payload (Node only). */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { assembleDataset, type DataFileName, dataFiles } from '../src/domain/parse-dataset'

export const dataDir = fileURLToPath(new URL('../data', import.meta.url))

export function loadDataset(year = '2017') {
  const files = {} as Record<DataFileName, unknown>
  const syntax: { file: string; message: string }[] = []
  for (const name of Object.keys(dataFiles) as DataFileName[]) {
    const path = join(dataDir, year, name)
    try {
      files[name] = JSON.parse(readFileSync(path, 'utf8'))
    } catch (error) {
      syntax.push({ file: name, message: error instanceof Error ? error.message : String(error) })
    }
  }
  if (syntax.length > 0) {
    return { ok: false as const, issues: syntax.map((s) => ({ ...s, path: [] })) }
  }
  return assembleDataset(files, (file) => {
    const path = join(dataDir, 'sources', file)
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined
  })
}

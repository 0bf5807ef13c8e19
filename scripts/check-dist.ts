/**
 * Runs after `vite build` (npm run build). Fails if mock code reached dist/ or the dataset file is
 * missing, and reports gzip sizes against the JS budget. Sizes are gzip level 9 in kB
 * (1 kB = 1000 bytes, as Vite reports), so the same build always gives the same numbers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { API_ROOT, DATASET_INDEX_PATH, datasetPath } from '../src/api/contract'
import { datasetIds } from './load-data'

const distDir = process.env.DIST_DIR ?? fileURLToPath(new URL('../dist', import.meta.url))
/**
 * msw must never ship to users: these only appear if mocks were bundled. Nor may the synthetic
 * test datasets (tests/fixtures/data/), whose keys all start "synthetic-".
 */
const forbidden = ['setupWorker', 'mockServiceWorker', 'synthetic-demo']
/** The performance goals, reported on every build. */
const goal = { initialKb: 125, totalKb: 300 }
/**
 * What fails the build: a ceiling just above today's sizes, so growth is caught while the goals
 * are still being worked towards (the build says by how much it misses them).
 */
const ceiling = { initialKb: 117.1, totalKb: 316.05 }
/**
 * Loaded only when someone asks for it (the PowerPoint export and its library; the presenter's window; a chart drawn as
 * PNG, html-to-image with it; the what-if targets file check and import preview; a dataset too
 * large to read in one go, read in slices): outside the total above, which is what a visit may
 * fetch, with a ceiling of its own.
 */
const onRequest = {
  modules: [
    'src/features/present/deck-pptx.ts',
    // The presenter's window (notes, timer, thumbnails), opened from /present into a window of its own.
    'src/features/present/presenter-view.tsx',
    'src/components/png-capture.ts',
    'src/domain/target-file.ts',
    'src/features/explore/read-targets-file.ts',
    'src/features/explore/import-preview.tsx',
    // Reading and validating a dataset too large to take in one go (100,000 metrics), in slices.
    'src/api/large-dataset.ts',
  ],
  ceilingKb: 150,
}

const problems: string[] = []

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(path) : [path]
  })
}

function gzipKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1000
}

function kb(size: number): string {
  return `${size.toFixed(2)} kB`
}

/** Paths of the scripts and modulepreloads in index.html, relative to dist/. */
function initialScripts(html: string): string[] {
  const urls = new Set<string>()
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) =>
      new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1]
    const url = tag.toLowerCase().startsWith('<script')
      ? attr('src')
      : attr('rel')?.toLowerCase() === 'modulepreload'
        ? attr('href')
        : undefined
    if (url && !/^[a-z]+:\/\//i.test(url)) urls.add(url.replace(/^\.?\//, ''))
  }
  return [...urls]
}

if (!existsSync(distDir)) {
  console.error('check-dist: dist/ does not exist. Run `vite build` first.')
  process.exit(1)
}

const files = filesUnder(distDir)
for (const file of files) {
  const content = readFileSync(file)
  for (const word of forbidden) {
    if (content.includes(word)) {
      problems.push(
        `dist/${relative(distDir, file)} contains "${word}": test-only code or data is in the build.`,
      )
    }
  }
}

// Every dataset in data/ and the index of them, at the API contract's paths.
for (const file of [DATASET_INDEX_PATH, ...datasetIds().map(datasetPath)]) {
  if (!existsSync(join(distDir, file))) {
    problems.push(`dist/${file} is missing: the app would have no data to load.`)
  }
}
const apiDir = join(distDir, API_ROOT)
const shipped = existsSync(apiDir) ? readdirSync(apiDir).map((f) => f.replace(/\.json$/, '')) : []
for (const key of shipped.filter((k) => k !== 'index' && !datasetIds().includes(k))) {
  problems.push(`dist/${datasetPath(key)} is not a dataset of data/: only real releases ship.`)
}

const assetsDir = join(distDir, 'assets')
const jsFiles = existsSync(assetsDir)
  ? filesUnder(assetsDir).filter((file) => file.endsWith('.js'))
  : []
const sizes = new Map(jsFiles.map((file) => [relative(distDir, file), gzipKb(file)]))

console.log('JS in dist/assets (gzip):')
for (const [file, size] of [...sizes].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${kb(size).padStart(10)}  ${file}`)
}

interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
}

/**
 * Loaded on demand, but always before the first screen is complete: the English catalog (the
 * default language) and the validator with the data-quality rules, run a slice at a time
 * (dataset-in-slices imports both; fetched alongside the data).
 */
const loadedBeforeFirstScreen = [
  'src/locales/en/core.json?lingui',
  'src/domain/dataset-in-slices.ts',
]

/**
 * The JS the first screen needs: the entry, what it imports, what it loads at start (the entry's
 * own dynamic imports, made right after the first paint, and loadedBeforeFirstScreen), with
 * their imports.
 */
function startupScripts(manifest: Record<string, ManifestChunk>): string[] {
  const files = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || files.has(chunk.file)) return
    files.add(chunk.file)
    for (const dependency of chunk.imports ?? []) visit(dependency)
  }
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isEntry) continue
    visit(key)
    for (const loadedAtStart of chunk.dynamicImports ?? []) visit(loadedAtStart)
  }
  for (const key of loadedBeforeFirstScreen) {
    if (!manifest[key]) problems.push(`dist/.vite/manifest.json has no chunk for ${key}.`)
    visit(key)
  }
  return [...files]
}

const indexHtml = join(distDir, 'index.html')
const manifestFile = join(distDir, '.vite', 'manifest.json')
let initialKb = 0
if (existsSync(indexHtml) && existsSync(manifestFile)) {
  const referenced = initialScripts(readFileSync(indexHtml, 'utf8'))
  if (referenced.length === 0) problems.push('dist/index.html references no scripts.')
  const initial = [
    ...new Set([...referenced, ...startupScripts(JSON.parse(readFileSync(manifestFile, 'utf8')))]),
  ]
  for (const path of initial) {
    const file = join(distDir, path)
    if (!existsSync(file)) {
      problems.push(`dist/index.html references ${path}, which is not in dist/.`)
      continue
    }
    initialKb += sizes.get(relative(distDir, file)) ?? gzipKb(file)
  }
  console.log(
    `Initial JS (index.html scripts and what the entry loads at start): ${initial.join(', ')}`,
  )
} else {
  problems.push('dist/index.html or dist/.vite/manifest.json is missing.')
}
/**
 * Files only the on-request modules reach: whatever an entry loads, at once or lazily, without
 * passing through one of them is part of a visit.
 */
function onRequestFiles(manifest: Record<string, ManifestChunk>): Set<string> {
  for (const key of onRequest.modules) {
    if (!manifest[key]) problems.push(`dist/.vite/manifest.json has no chunk for ${key}.`)
  }
  const visited = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || visited.has(key) || onRequest.modules.includes(key)) return
    visited.add(key)
    for (const dependency of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) {
      visit(dependency)
    }
  }
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key)
  const files = new Set<string>()
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!visited.has(key) && chunk.file.endsWith('.js')) files.add(chunk.file)
  }
  // A worker is not a chunk of the manifest: it is on request when only on-request code names it.
  const chunks = new Set(Object.values(manifest).map((chunk) => chunk.file))
  for (const file of sizes.keys()) {
    if (chunks.has(file)) continue
    const name = basename(file)
    const namedBy = [...sizes.keys()].filter(
      (other) => other !== file && readFileSync(join(distDir, other), 'utf8').includes(name),
    )
    if (namedBy.length > 0 && namedBy.every((other) => files.has(other))) files.add(file)
  }
  return files
}

const onRequestSet = existsSync(manifestFile)
  ? onRequestFiles(JSON.parse(readFileSync(manifestFile, 'utf8')))
  : new Set<string>()
const onRequestKb = [...sizes]
  .filter(([file]) => onRequestSet.has(file))
  .reduce((sum, [, size]) => sum + size, 0)
const totalKb = [...sizes.values()].reduce((sum, size) => sum + size, 0) - onRequestKb

const versus = (size: number, target: number) =>
  size <= target ? 'meets' : `misses by ${kb(size - target)}`
console.log(
  `Initial JS: ${kb(initialKb)} gzip (goal ${goal.initialKb} kB: ${versus(initialKb, goal.initialKb)}; ceiling ${ceiling.initialKb} kB)`,
)
console.log(
  `Total JS:   ${kb(totalKb)} gzip (goal ${goal.totalKb} kB: ${versus(totalKb, goal.totalKb)}; ceiling ${ceiling.totalKb} kB)`,
)
console.log(
  `On request: ${kb(onRequestKb)} gzip (${[...onRequestSet].join(', ')}; ceiling ${onRequest.ceilingKb} kB)`,
)
if (onRequestKb > onRequest.ceilingKb) {
  problems.push(
    `On-request JS is ${kb(onRequestKb)} gzip, over the ${onRequest.ceilingKb} kB ceiling.`,
  )
}
if (initialKb > ceiling.initialKb) {
  problems.push(`Initial JS is ${kb(initialKb)} gzip, over the ${ceiling.initialKb} kB ceiling.`)
}
if (totalKb > ceiling.totalKb) {
  problems.push(`Total JS is ${kb(totalKb)} gzip, over the ${ceiling.totalKb} kB ceiling.`)
}

if (problems.length > 0) {
  console.error(`check-dist failed (${problems.length} problem(s)):`)
  for (const problem of problems) console.error(`  ${problem}`)
  process.exit(1)
}
console.log('check-dist: no mock code, dataset present, JS within the ceiling.')

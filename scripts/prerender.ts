/**
 * Prerenders the overview into dist/index.html with the bundled dataset, so the headline figures
 * paint before any script runs; the client then hydrates. Runs after `vite build`.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'vite'
import { qualityFindings } from '../src/domain/quality'
import { loadDataset, newestKey } from './load-data'
import { bootScript, metaContentSecurityPolicy } from './security-headers'

const root = fileURLToPath(new URL('..', import.meta.url))
const outDir = join(root, 'node_modules', '.cache', 'prerender')
const ROUTE = '/'

// The overview a visit without ?year= opens: the newest dataset.
const loaded = loadDataset(newestKey())
if (!loaded.ok) throw new Error('data/ is invalid: run npm run validate:data')

await build({
  root,
  configFile: join(root, 'vite.config.ts'),
  mode: 'prerender',
  logLevel: 'warn',
  build: {
    ssr: 'src/app/prerender.tsx',
    outDir,
    emptyOutDir: true,
    rolldownOptions: { output: { codeSplitting: false, entryFileNames: 'prerender.mjs' } },
  },
})

const { prerender } = (await import(pathToFileURL(join(outDir, 'prerender.mjs')).href)) as {
  prerender: (url: string, data: unknown) => Promise<string>
}
const html = await prerender(ROUTE, {
  dataset: loaded.dataset,
  findings: qualityFindings(loaded.dataset),
})

const dist = process.env.PRERENDER_OUT_DIR ?? join(root, 'dist')
const indexFile = join(dist, 'index.html')
let index = readFileSync(indexFile, 'utf8')
const placeholder = '<div id="root"></div>'
if (!index.includes(placeholder)) throw new Error('dist/index.html has no empty #root to fill')
index = index.replace(placeholder, `<div id="root" data-prerendered="${ROUTE}">${html}</div>`)

// First paint waits on no other request: the boot script (allowed by its hash in the CSP) and
// the main stylesheet go inline.
index = index.replace('<script src="/boot.js"></script>', `<script>${bootScript}</script>`)
index = index.replace(
  /<link rel="stylesheet" crossorigin href="\/(assets\/[^"]+\.css)">/,
  (_, file) => {
    const css = readFileSync(join(dist, file), 'utf8')
    return `<style>${css.replaceAll('</style', '<\\/style')}</style>`
  },
)
// Where the host cannot send a Content-Security-Policy header, the page can carry it.
if (process.env.CSP_META === '1') {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}">`
  index = index.replace(/<meta charset="[^"]*"\s*\/?>/i, (charset) => `${charset}\n    ${meta}`)
  if (!index.includes(meta)) throw new Error('dist/index.html has no <meta charset> to follow')
}
writeFileSync(indexFile, index)
rmSync(outDir, { recursive: true, force: true })
console.log(
  `Prerendered ${ROUTE} into dist/index.html (${Math.round(html.length / 1024)} KB of HTML).`,
)

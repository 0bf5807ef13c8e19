// @vitest-environment node
import { execFile } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'

/**
 * The layers (domain → lib → i18n → api → components → families → features → app) are a lint
 * rule, not a convention: biome.json forbids each folder to import the ones above it, features to
 * import each other, relative imports out of a folder, and import cycles. This test writes
 * wrong-way imports into src/, runs `biome lint` on them once, and checks each is refused.
 */
const root = join(import.meta.dirname, '..', '..')
const biome = join(root, 'node_modules', '.bin', 'biome')
const run = promisify(execFile)
const unique = `${process.pid}-${Date.now()}`

const files = {
  domain: [
    `src/domain/zz-wrong-way-${unique}.ts`,
    "import { i18n } from '@lingui/core'\nimport { formatInteger } from '@/lib/format'\n\nexport const x = () => formatInteger(1, 'en') + i18n.locale\n",
  ],
  feature: [
    `src/features/overview/zz-wrong-way-${unique}.ts`,
    "import { searchShapes } from '@/app/search'\nimport { sortColumns } from '@/features/explore/search'\n\nexport const x = [searchShapes, sortColumns]\n",
  ],
  relative: [
    `src/lib/zz-wrong-way-${unique}.ts`,
    "import { locales } from '../domain/locale'\n\nexport const x = locales\n",
  ],
  cycleA: [
    `src/lib/zz-cycle-a-${unique}.ts`,
    `import { b } from './zz-cycle-b-${unique}'\n\nexport const a = (): number => b() + 1\n`,
  ],
  cycleB: [
    `src/lib/zz-cycle-b-${unique}.ts`,
    `import { a } from './zz-cycle-a-${unique}'\n\nexport const b = (): number => (a ? 1 : 0)\n`,
  ],
} as const

let exitCode = 0
/** Diagnostics by file: each one's rule name and text. */
const reports = new Map<string, string[]>()

beforeAll(async () => {
  const paths = Object.values(files).map(([name]) => join(root, name))
  let output = ''
  try {
    for (const [name, text] of Object.values(files)) writeFileSync(join(root, name), text)
    const { stdout, stderr } = await run(biome, ['lint', '--colors=off', ...paths], { cwd: root })
    output = stdout + stderr
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    exitCode = e.code ?? 1
    output = `${e.stdout ?? ''}${e.stderr ?? ''}`
  } finally {
    for (const path of paths) rmSync(path, { force: true })
  }
  for (const block of output.split(/\n(?=\S+:\d+:\d+ lint\/)/)) {
    const file = block.match(/^(\S+):\d+:\d+ lint\//)?.[1]
    if (file) reports.set(file, [...(reports.get(file) ?? []), block])
  }
}, 120_000)

const report = (which: keyof typeof files) => (reports.get(files[which][0]) ?? []).join('\n')

describe('layer rules', () => {
  it('make biome lint fail', () => {
    expect(exitCode).not.toBe(0)
  })

  it('refuse domain importing a layer above it, and Lingui', () => {
    expect(report('domain')).toContain('lint/style/noRestrictedImports')
    expect(report('domain')).toContain('src/domain may import only the layers below it')
    expect(report('domain')).toContain('src/domain is pure')
  })

  it('refuse one feature importing another, or the app shell', () => {
    expect(report('feature')).toContain('Features never import each other')
    expect(report('feature')).toContain('Features sit below the app shell')
  })

  it('refuse a relative import that climbs out of its folder', () => {
    expect(report('relative')).toContain('Import another folder of src/ through its layer')
  })

  it('refuse an import cycle', () => {
    expect(report('cycleA')).toContain('lint/suspicious/noImportCycles')
    expect(report('cycleB')).toContain('lint/suspicious/noImportCycles')
  })
})

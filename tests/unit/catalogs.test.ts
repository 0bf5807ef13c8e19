// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { compileMessage } from '@lingui/message-utils/compileMessage'
import linguiConfig from '../../lingui.config'
import { fillPlaceholders } from '../../src/domain/placeholders'
import { type CatalogPart, catalogParts } from '../../src/i18n/catalog-parts'
import { catalogPartsByLocale, en, zh } from '../../src/locales/all'
import {
  chineseFields,
  chineseStyleProblems,
  literalText,
  PLACEHOLDER,
} from '../support/chinese-style'

const rootDir = join(import.meta.dirname, '..', '..')
const srcDir = join(rootDir, 'src')
const localesDir = join(srcDir, 'locales')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

const sources = new Map(sourceFiles(srcDir).map((file) => [file, readFileSync(file, 'utf8')]))
const source = [...sources.values()].join('\n')

/** Ids passed straight to the translate function: _('id') or i18n._('id'). */
const calledIds = [...source.matchAll(/\b_\(\s*'([a-zA-Z0-9.-]+)'/g)].map((m) => m[1] ?? '')

/** Catalog ids a file names as literals: in _() calls and in the maps of ids it passes on. */
function namedIds(text: string): string[] {
  return Object.keys(en).filter((key) => text.includes(`'${key}'`))
}

/** Placeholder names of an ICU message, e.g. {count} and {count, plural, …}. */
function placeholders(message: string): string[] {
  const names = new Set<string>()
  const walkParts = (parts: unknown) => {
    if (!Array.isArray(parts)) return
    for (const part of parts) {
      if (!Array.isArray(part)) continue
      const [name, , options] = part as [unknown, unknown, unknown]
      if (typeof name === 'string' && name !== '#') names.add(name)
      if (options && typeof options === 'object') {
        for (const branch of Object.values(options)) walkParts(branch)
      }
    }
  }
  walkParts(compileMessage(message))
  return [...names].sort()
}

const languages = Object.keys(catalogPartsByLocale) as (keyof typeof catalogPartsByLocale)[]

/** The part of each id, from the English catalog. */
const partOf = new Map<string, CatalogPart>(
  catalogParts.flatMap((part) =>
    Object.keys(catalogPartsByLocale.en[part]).map((id) => [id, part] as const),
  ),
)

/** A module a source file loads: statically, or lazily together with catalog parts. */
interface ModuleEdge {
  file: string
  parts: CatalogPart[]
}

function resolveModule(from: string, specifier: string): string | undefined {
  // `@/…` is src/… (the alias in vite.config.ts); other bare specifiers are packages.
  const local = specifier.startsWith('@/') ? join(srcDir, specifier.slice(2)) : undefined
  if (!local && !specifier.startsWith('.')) return undefined
  const base = local ?? join(dirname(from), specifier)
  return [base, `${base}.ts`, `${base}.tsx`].find((file) => sources.has(file))
}

/** What a file imports at run time (type-only imports load nothing). */
function moduleEdges(file: string, text: string): ModuleEdge[] {
  const edges: ModuleEdge[] = []
  const add = (specifier: string | undefined, parts: CatalogPart[]) => {
    const target = resolveModule(file, specifier ?? '')
    if (target) edges.push({ file: target, parts })
  }
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^'"]*?\bfrom\s+'([^']+)'/gm)) {
    if (!m[1]) add(m[2], [])
  }
  for (const m of text.matchAll(
    /withCatalogParts\(\s*import\('([^']+)'\)((?:\s*,\s*'[a-z]+')*)/g,
  )) {
    const parts = [...(m[2] ?? '').matchAll(/'([a-z]+)'/g)].map((p) => p[1] as CatalogPart)
    add(m[1], parts)
  }
  // `typeof import('…')` names a module's type and loads nothing.
  for (const m of text.matchAll(/(?<!withCatalogParts\(\s*|typeof\s+)import\('([^']+)'\)/g)) {
    add(m[1], [])
  }
  return edges
}

/**
 * The catalog parts certainly loaded when each module runs: core (the app renders nothing before
 * it), plus every part loaded together with a lazy import on each way the app reaches the module.
 */
function partsLoadedWhenRunning(entries: string[]): Map<string, Set<CatalogPart>> {
  const edges = new Map([...sources].map(([file, text]) => [file, moduleEdges(file, text)]))
  const loaded = new Map(entries.map((file) => [file, new Set<CatalogPart>(['core'])]))
  const queue = [...entries]
  while (queue.length > 0) {
    const file = queue.shift() ?? ''
    const here = loaded.get(file) ?? new Set()
    for (const edge of edges.get(file) ?? []) {
      const arriving = new Set([...here, ...edge.parts])
      const known = loaded.get(edge.file)
      // Reached some other way too: only what every way loads is certain.
      const next = known ? new Set([...known].filter((part) => arriving.has(part))) : arriving
      if (!known || next.size < known.size) {
        loaded.set(edge.file, next)
        queue.push(edge.file)
      }
    }
  }
  return loaded
}

const entries = ['app/entry.ts', 'app/prerender.tsx'].map((file) => join(srcDir, file))

describe('message catalogs', () => {
  it('have one file per language and part, each compiled by the build', () => {
    for (const language of languages) {
      const files = readdirSync(join(localesDir, language)).sort()
      expect(files, language).toEqual(catalogParts.map((part) => `${part}.json`).sort())
    }
    expect(linguiConfig.catalogs?.map((c) => c.path).sort()).toEqual(
      catalogParts.map((part) => `<rootDir>/src/locales/{locale}/${part}`).sort(),
    )
    expect(existsSync(join(localesDir, 'en.json'))).toBe(false)
  })

  it.each(catalogParts)('have the same keys in English and Chinese in the %s part', (part) => {
    const english = Object.keys(catalogPartsByLocale.en[part])
    const chinese = Object.keys(catalogPartsByLocale['zh-CN'][part])
    expect(
      english.filter((key) => !chinese.includes(key)),
      'missing in Chinese',
    ).toEqual([])
    expect(
      chinese.filter((key) => !english.includes(key)),
      'missing in English',
    ).toEqual([])
  })

  it('put each id in one part only', () => {
    for (const language of languages) {
      const seen = new Map<string, CatalogPart>()
      for (const part of catalogParts) {
        for (const key of Object.keys(catalogPartsByLocale[language][part])) {
          expect(seen.get(key), `${language} ${key} is in ${part} too`).toBeUndefined()
          seen.set(key, part)
        }
      }
    }
  })

  it('have no empty message', () => {
    for (const [key, message] of [...Object.entries(en), ...Object.entries(zh)]) {
      expect(message.trim(), key).not.toBe('')
    }
  })

  it('contain every id the code asks for', () => {
    const missing = [...new Set(calledIds)].filter((id) => !(id in en))
    expect(missing).toEqual([])
  })

  it('contain no key that no code uses', () => {
    const unused = Object.keys(en).filter((key) => !source.includes(`'${key}'`))
    expect(unused).toEqual([])
  })

  // A message shown before its part has loaded would read as its raw id.
  it('are loaded before the code that names their ids runs', () => {
    const loaded = partsLoadedWhenRunning(entries)
    const early: string[] = []
    for (const [file, text] of sources) {
      const ids = namedIds(text)
      if (ids.length === 0) continue
      const parts = loaded.get(file)
      const name = relative(rootDir, file)
      if (!parts) {
        early.push(`${name} is never loaded, yet names ${ids.join(', ')}`)
        continue
      }
      for (const id of ids) {
        const part = partOf.get(id)
        if (part && !parts.has(part)) {
          early.push(`${name} names ${id} (part ${part}) with only ${[...parts].join(', ')}`)
        }
      }
    }
    expect(early).toEqual([])
  })

  it('are loaded in parts by the app, never all at once', () => {
    const importers = [...sources]
      .filter(([, text]) => /locales\/(all|[a-z-]+\.json)'/.test(text))
      .map(([file]) => relative(rootDir, file))
    expect(importers).toEqual([])
  })

  // Chinese may drop a plural selector it does not need, but never invents a value.
  it('compile as ICU messages, the Chinese using only values the English one has', () => {
    for (const [key, message] of Object.entries(en)) {
      const chinese = zh[key] ?? ''
      const known = placeholders(message)
      expect(
        placeholders(chinese).filter((name) => !known.includes(name)),
        key,
      ).toEqual([])
    }
  })
})

/**
 * The conventions of src/i18n/GLOSSARY.md a machine can check (tests/support/chinese-style.ts):
 * no currency sign before 万/亿, no leader without the title, no ASCII punctuation beside Chinese,
 * no range that repeats its year, no English outside a marked quote or the allow-list.
 */
describe('Chinese text follows the glossary', () => {
  it('in every Chinese catalog message (placeholders left out)', () => {
    const problems = Object.entries(zh).flatMap(([key, message]) =>
      chineseStyleProblems(literalText(message)).map((problem) => `${key}: ${problem}`),
    )
    expect(problems).toEqual([])
  })

  const dataDir = join(rootDir, 'data', '2017')
  it.each(readdirSync(dataDir).filter((file) => file.endsWith('.json')))(
    'in every Chinese field of data/2017/%s',
    (file) => {
      const document: unknown = JSON.parse(readFileSync(join(dataDir, file), 'utf8'))
      const problems = chineseFields(document)
        // A person's own record holds the bare name the title goes with.
        .filter(([path]) => !/^\.people\[\d+\]\.name\./.test(path))
        // A family's words name figures with placeholders ({value:metric-id}): left out, like a catalog's.
        .flatMap(([path, text]) =>
          chineseStyleProblems(fillPlaceholders(text, () => PLACEHOLDER)).map(
            (p) => `${path}: ${p}`,
          ),
        )
      expect(problems).toEqual([])
    },
  )

  it.each([
    ['¥100亿', 'currency sign'],
    ['US$72.5亿', 'currency sign'],
    ['习近平肯定', '习近平 without 总书记'],
    ['汪洋、李克强', '汪洋 without 副总理'],
    ['目标: 100亿元', 'ASCII punctuation'],
    ['发行(亿元)', 'ASCII punctuation'],
    ['2017年3月4日至2017年11月10日', 'repeats its year'],
    ['由China Post发布', 'English outside a marked quote'],
    ['2017年十大事件', 'write 十大新闻'],
    ['中邮人寿新单期交保费', 'write 中邮保险'],
    ['联合菜鸟、复星', 'write 菜鸟网络'],
    ['部局目标', 'write 交通运输部、国家邮政局'],
    ['约小了926倍', 'write 仅为应有数额的约1/N'],
  ])('catches %s (%s)', (text, problem) => {
    expect(chineseStyleProblems(text).join('; ')).toContain(problem)
  })

  it.each([
    '100亿元',
    '超过100亿元，最高72.5亿美元',
    '习近平总书记作出指示；李克强总理、汪洋副总理给予肯定',
    '中国邮政集团公司、集团公司党组、菜鸟网络、复星集团',
    '2017年3月4日至11月10日',
    '新闻稿写作“Xi Jinpin”',
    '英文新闻稿《2017 Top Ten Events at China Post Group》',
    `目标${'\u2060'}：${'\u2060'}`,
  ])('lets %s pass', (text) => {
    expect(chineseStyleProblems(text)).toEqual([])
  })
})

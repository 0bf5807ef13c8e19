// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { compileMessage } from '@lingui/message-utils/compileMessage'
import en from '../../src/locales/en.json'
import zh from '../../src/locales/zh-CN.json'

const srcDir = join(import.meta.dirname, '..', '..', 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

const source = sourceFiles(srcDir)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n')

/** Ids passed straight to the translate function: _('id') or i18n._('id'). */
const calledIds = [...source.matchAll(/\b_\(\s*'([a-zA-Z0-9.-]+)'/g)].map((m) => m[1] ?? '')

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

describe('message catalogs', () => {
  it('have the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort())
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

  // Chinese may drop a plural selector it does not need, but never invents a value.
  it('compile as ICU messages, the Chinese using only values the English one has', () => {
    for (const [key, message] of Object.entries(en)) {
      const chinese = (zh as Record<string, string>)[key] ?? ''
      const known = placeholders(message)
      expect(
        placeholders(chinese).filter((name) => !known.includes(name)),
        key,
      ).toEqual([])
    }
  })

  it('leave no English words in the Chinese interface text', () => {
    const allowed = /^(CNY|USD|HTTP|JSON|ICU|\{[^}]*\}|[^A-Za-z]*)$/
    for (const [key, message] of Object.entries(zh)) {
      const words =
        message.replace(/\{[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, '').match(/[A-Za-z]{3,}/g) ?? []
      const english = words.filter(
        (w) => !allowed.test(w) && !['CNY', 'USD', 'HTTP', 'JSON'].includes(w),
      )
      expect(english, key).toEqual([])
    }
  })
})

// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * A new year is a data folder: the release's year and the organisation's name come from data/,
 * never from src/. Comments are not checked: they show no one anything, and an example such as
 * "2017年11月8日" says what a formatter produces better than a made-up date would. Code (every
 * string, template and number) and every catalog message are.
 */
const RELEASE_WORDS = /2017|China Post|中国邮政/

const srcDir = join(import.meta.dirname, '..', '..', 'src')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

/** A `/` after one of these (or a keyword like return) starts a regular expression, not a division. */
const BEFORE_REGEX = /[(,=:[!&|?{};+\-*%<>~^]$|\b(return|typeof|case|of|in)$/

/**
 * The file's code with every comment blanked out (newlines kept, so line numbers hold): a small
 * scanner that knows strings, template literals and regular expressions, so `//` inside them stays.
 */
function withoutComments(text: string): string {
  let out = ''
  let i = 0
  const templateDepth: number[] = []
  let braces = 0
  const blank = (from: number, to: number) => text.slice(from, to).replace(/[^\n]/g, ' ')
  while (i < text.length) {
    const c = text[i] ?? ''
    const next = text[i + 1]
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i)
      const stop = end === -1 ? text.length : end
      out += blank(i, stop)
      i = stop
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2)
      const stop = end === -1 ? text.length : end + 2
      out += blank(i, stop)
      i = stop
    } else if (
      c === "'" ||
      c === '"' ||
      c === '`' ||
      (c === '}' && templateDepth.at(-1) === braces)
    ) {
      // A string, a template, or the rest of a template after one of its ${…}.
      if (c === '}') templateDepth.pop()
      const quote = c === '}' ? '`' : c
      let j = i + 1
      while (j < text.length && text[j] !== quote) {
        if (text[j] === '\\') j++
        else if (quote === '`' && text[j] === '$' && text[j + 1] === '{') {
          templateDepth.push(braces)
          j += 1
          break
        }
        j++
      }
      out += text.slice(i, j + 1)
      i = j + 1
    } else if (c === '/' && BEFORE_REGEX.test(out.trimEnd())) {
      let j = i + 1
      let inClass = false
      while (j < text.length && text[j] !== '\n') {
        if (text[j] === '\\') j++
        else if (text[j] === '[') inClass = true
        else if (text[j] === ']') inClass = false
        else if (text[j] === '/' && !inClass) break
        j++
      }
      out += text.slice(i, j + 1)
      i = j + 1
    } else {
      if (c === '{') braces++
      if (c === '}') braces--
      out += c
      i++
    }
  }
  return out
}

/** "file:line  text" for every use of the release's year or organisation in src/. */
function hardCoded(): string[] {
  const found: string[] = []
  for (const path of files(srcDir)) {
    const name = relative(srcDir, path)
    const text = readFileSync(path, 'utf8')
    if (path.endsWith('.json')) {
      const messages = JSON.parse(text) as Record<string, string>
      for (const [id, message] of Object.entries(messages)) {
        if (RELEASE_WORDS.test(message)) found.push(`${name}  ${id}`)
      }
    } else if (/\.(ts|tsx)$/.test(path)) {
      withoutComments(text)
        .split('\n')
        .forEach((line, i) => {
          if (RELEASE_WORDS.test(line)) found.push(`${name}:${i + 1}  ${line.trim()}`)
        })
    }
  }
  return found
}

describe('src/ names no release', () => {
  it('has no year or organisation in code or catalogs, only in data/', () => {
    expect(hardCoded()).toEqual([])
  })

  it('sees through comments but not strings, templates or regular expressions', () => {
    // A template's source, written as plain strings so the scanner reads it as the compiler would.
    const template = '`$' + '{a} // 2017 $' + '{`/* x */`}`'
    const code = [
      '// 2017',
      "/* China Post */ const a = 'China Post' // 2017",
      `const b = ${template} /* y */`,
      'const c = /\\/\\/[/\'"]2017/.test(a) ? 1 / 2 : 3 // China Post',
      'const d = { e: "//" } /* 2017 */',
    ].join('\n')
    expect(withoutComments(code).split('\n')).toEqual([
      '       ',
      "                 const a = 'China Post'        ",
      `const b = ${template}        `,
      'const c = /\\/\\/[/\'"]2017/.test(a) ? 1 / 2 : 3              ',
      'const d = { e: "//" }           ',
    ])
  })
})

// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  fillPlaceholders,
  placeholderNames,
  placeholdersOf,
  strayBrace,
} from '../../src/domain/placeholders'

/** Text without braces, and a metric id as metrics.json writes them. */
const plain = fc.string().map((s) => s.replace(/[{}]/g, ''))
const metricId = fc.stringMatching(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/)
const placeholder = fc.record({
  name: fc.constantFrom(...placeholderNames),
  metric: fc.option(metricId, { nil: undefined }),
})

describe('placeholders in a family’s words', () => {
  it('reads each "{name}" and "{name:metric-id}"', () => {
    expect(placeholdersOf('PSBC issued {value:psbc.preferred-shares} on {date}.')).toEqual([
      { raw: 'value:psbc.preferred-shares', name: 'value', metric: 'psbc.preferred-shares' },
      { raw: 'date', name: 'date' },
    ])
    expect(strayBrace('{title}: lockers}')).toBe(true)
    expect(strayBrace('{title}：快递柜')).toBe(false)
  })

  it('finds every placeholder of any text built from them, and fills them back', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(plain, placeholder)), plain, (parts, tail) => {
        const raw = (p: { name: string; metric?: string }) =>
          p.metric === undefined ? p.name : `${p.name}:${p.metric}`
        const text = parts.map(([before, p]) => `${before}{${raw(p)}}`).join('') + tail
        expect(placeholdersOf(text)).toEqual(
          parts
            .map(([, p]) => ({ raw: raw(p), name: p.name, metric: p.metric }))
            .map((p) => (p.metric === undefined ? { raw: p.raw, name: p.name } : p)),
        )
        expect(strayBrace(text)).toBe(false)
        // A placeholder without a value stays as written; each with one is replaced.
        expect(fillPlaceholders(text, () => undefined)).toBe(text)
        expect(fillPlaceholders(text, () => '')).toBe(parts.map(([b]) => b).join('') + tail)
      }),
    )
  })
})

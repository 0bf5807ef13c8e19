import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { createAppRouter } from '../../src/app/router'
import { searchShapes } from '../../src/app/search'
import { memoryHistory } from '../../src/lib/router/router'

/** Values a person can produce by hand, by cutting a link, or by pasting JSON. */
const value = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'null',
    '{}',
    '[]',
    '[null]',
    '0',
    '-1',
    '1e9',
    'abc',
    '"fr"',
    'zh-cn',
    '"zh-CN"',
    '2017',
    '["finance"',
    '%5B%22fin',
    '["finance","finance"]',
    'true',
    '"',
    '',
  ),
  fc.json({ maxDepth: 2 }),
)

describe('every route: any value of any parameter', () => {
  for (const [path, shape] of Object.entries(searchShapes)) {
    const keys = [...Object.keys(shape), 'foo', 'slide', 'auto', 'lang']
    it(`${path}: the search a view reads holds only valid values`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 4 }),
          async (params) => {
            const query = params
              .map(([key, v]) => `${key}=${v.includes('%') ? v : encodeURIComponent(v)}`)
              .join('&')
            const router = createAppRouter(memoryHistory(`${path}?${query}`))
            const search = router.state.search as Record<string, unknown>
            for (const [key, schema] of Object.entries(shape)) {
              if (search[key] === undefined) continue
              expect(
                z.safeParse(schema, search[key]).success,
                `${key}=${String(search[key])}`,
              ).toBe(true)
            }
          },
        ),
        { numRuns: 150 },
      )
    })
  }
})

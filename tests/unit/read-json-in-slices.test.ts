/**
 * readJsonInSlices reads what JSON.parse reads, whatever the chunks the bytes arrive in and however
 * small the batches: the same value for valid JSON, a SyntaxError for anything else.
 */
import fc from 'fast-check'
import { readJsonInSlices } from '../../src/lib/read-json-in-slices'

/** The text's UTF-8 bytes as a stream, cut at the given points (even inside a character). */
function streamOf(text: string, cuts: number[]): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text)
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)
  const chunks: Uint8Array[] = []
  let from = 0
  for (const point of [...points, bytes.length]) {
    if (point > from) chunks.push(bytes.subarray(from, point))
    from = point
  }
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk)
      controller.close()
    },
  })
}

async function outcome(read: () => unknown | Promise<unknown>) {
  try {
    return { value: await read() }
  } catch (error) {
    return { error: error instanceof SyntaxError ? 'SyntaxError' : String(error) }
  }
}

const noPause = async () => {}

/** Objects like a dataset: lists of records beside plain values, with awkward strings. */
const documents = fc.dictionary(
  fc.oneof(fc.constantFrom('metrics', 'targets', '__proto__', 'a"b', 'x\\y'), fc.string()),
  fc.oneof(
    fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 12 }),
    fc.jsonValue({ maxDepth: 3 }),
  ),
)

describe('readJsonInSlices', () => {
  it('reads every document as JSON.parse does, however it is cut (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(documents, fc.jsonValue()),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        async (value, cuts, batch, pretty) => {
          const text = JSON.stringify(value, null, pretty ? 2 : undefined)
          const read = await readJsonInSlices(streamOf(text, cuts), noPause, batch)
          expect(read).toStrictEqual(JSON.parse(text))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('refuses what JSON.parse refuses, and accepts the same (property)', async () => {
    const edits = fc.array(
      fc.record({
        at: fc.nat(),
        remove: fc.nat({ max: 2 }),
        insert: fc.constantFrom('', ',', ']', '[', '}', '{', '"', '\\', ' ', ':', '1', 'x'),
      }),
      { minLength: 1, maxLength: 3 },
    )
    await fc.assert(
      fc.asyncProperty(
        documents,
        edits,
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.integer({ min: 1, max: 30 }),
        async (value, changes, cuts, batch) => {
          let text = JSON.stringify(value)
          for (const { at, remove, insert } of changes) {
            const i = at % (text.length + 1)
            text = text.slice(0, i) + insert + text.slice(i + remove)
          }
          const expected = await outcome(() => JSON.parse(text))
          const read = await outcome(() => readJsonInSlices(streamOf(text, cuts), noPause, batch))
          expect(read).toStrictEqual(expected)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('knows lists that are not lists', async () => {
    for (const text of [
      '{"a":[1,]}',
      '{"a":[,1]}',
      '{"a":[1,,2]}',
      '{"a":[1}',
      '{[1]}',
      '{"a":[1]]}',
      '{"a" [1]}',
      '{"a":[1],"a":[]}',
      '{"a":[],"a":[1,2]}',
      '{"a":[1],"a":2}',
      '\uFEFF{"a":[1]}',
      '{"a":["]",",","\\"]"]}',
      ' {"a":[ ] } ',
    ]) {
      const expected = await outcome(() => JSON.parse(text.replace(/^\uFEFF/, '')))
      expect(await outcome(() => readJsonInSlices(streamOf(text, [3, 7]), noPause, 1))).toEqual(
        expected,
      )
    }
  })

  it('pauses while it reads', async () => {
    let pauses = 0
    const text = JSON.stringify({ metrics: Array.from({ length: 200 }, (_, i) => ({ i })) })
    await readJsonInSlices(
      streamOf(
        text,
        Array.from({ length: 20 }, (_, i) => i * 100),
      ),
      async () => {
        pauses += 1
      },
      50,
    )
    expect(pauses).toBeGreaterThan(10)
  })
})

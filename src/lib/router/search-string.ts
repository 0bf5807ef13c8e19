/**
 * The address's query string and the search object the views read, in both directions. Values are
 * written as JSON where they must be (lists, and text that would otherwise read back as a number,
 * boolean or JSON), so `?events=[3,5]&q=hello` reads back as it was written. This is the format
 * TanStack Router used (its `defaultParseSearch`/`defaultStringifySearch`, after Luke Edwards' qss,
 * MIT): saved views and shared links written before keep opening the same view, byte for byte.
 */

// JSON can start with whitespace, ", [, {, -, a digit, or fa/nu/tr; anything else stays text.
const jsonStart = /^(?:\s|["[{\d-]|fa|nu|tr)/

/** A plain value as qss reads it: numbers and booleans become themselves, anything else text. */
function toValue(text: string): unknown {
  if (!text) return ''
  if (text === 'false') return false
  if (text === 'true') return true
  return +text * 0 === 0 && `${+text}` === text ? +text : text
}

function parseJson(text: string): unknown {
  if (!jsonStart.test(text)) return text
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** `?a=1&b=["x"]` → `{ a: 1, b: ['x'] }`. A repeated name gives a list of its values. */
export function parseSearch(searchStr: string): Record<string, unknown> {
  const query: Record<string, unknown> = Object.create(null)
  const text = searchStr[0] === '?' ? searchStr.slice(1) : searchStr
  for (const [key, raw] of new URLSearchParams(text)) {
    const value = toValue(raw)
    const previous = query[key]
    if (previous == null) query[key] = value
    else if (Array.isArray(previous)) previous.push(value)
    else query[key] = [previous, value]
  }
  for (const key in query) {
    const value = query[key]
    if (typeof value === 'string') query[key] = parseJson(value)
  }
  return query
}

function stringifyValue(value: unknown): string {
  if (value && typeof value === 'object') {
    try {
      return JSON.stringify(value)
    } catch {
      return String(value)
    }
  }
  // Text that would read back as JSON (a number, "true", a list) is quoted so it stays text.
  if (typeof value === 'string' && jsonStart.test(value)) {
    try {
      JSON.parse(value)
      return JSON.stringify(value)
    } catch {
      return value
    }
  }
  return String(value)
}

/** `{ a: 1, b: ['x'] }` → `?a=1&b=%5B%22x%22%5D`; undefined values are left out, `''` if none. */
export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams()
  for (const key in search) {
    const value = search[key]
    if (value !== undefined) params.set(key, stringifyValue(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

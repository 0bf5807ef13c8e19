/**
 * View state in the URL, typed and validated with the dataset's schema library. Each parameter is
 * checked on its own, so one bad parameter is dropped while the good ones are kept.
 */
import * as z from 'zod/mini'

export type SearchShape = Record<string, z.ZodMiniType>

export type ParsedSearch<S extends SearchShape> = { [K in keyof S]?: z.infer<S[K]> }

/**
 * The valid parameters of one shape; everything else in the URL is left to other routes. A
 * parameter of the shape whose value fails is returned as `undefined`, not left out: the router
 * merges a route's result over the raw search, so a left-out key would keep its raw value (and a
 * view would read `?lang=fr` or `?q=2017` as if it were valid).
 */
export function pickValid<S extends SearchShape>(
  shape: S,
  raw: Record<string, unknown>,
): ParsedSearch<S> {
  const values: Record<string, unknown> = {}
  for (const [key, schema] of Object.entries(shape)) {
    if (raw[key] === undefined) continue
    const parsed = z.safeParse(schema, raw[key])
    values[key] = parsed.success ? parsed.data : undefined
  }
  return values as ParsedSearch<S>
}

/** Parameters in the URL that no shape knows, or whose value its shape rejects. */
export function rejectedParams(
  shape: SearchShape,
  raw: Record<string, unknown>,
  ignore: readonly string[] = [],
): string[] {
  return Object.entries(raw)
    .filter(([key, value]) => {
      if (value === undefined || ignore.includes(key)) return false
      const schema = Object.hasOwn(shape, key) ? shape[key] : undefined
      return !schema || !z.safeParse(schema, value).success
    })
    .map(([key]) => key)
}

import { yearParam } from './dataset-key'

/**
 * A view's URL that names its dataset even when the address bar relies on the default, so a
 * stamped export or a shared link still points at the same year once a newer one is published.
 */
export function urlWithDataset(url: string, key: string): string {
  const parsed = new URL(url, 'http://localhost')
  if (!parsed.searchParams.has('year')) parsed.searchParams.set('year', String(yearParam(key)))
  return url.startsWith('/') ? `${parsed.pathname}${parsed.search}${parsed.hash}` : parsed.href
}

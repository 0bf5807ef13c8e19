/**
 * The security headers the app is served with: by `vite preview` (so the browser tests run under
 * them) and in dist/_headers for static hosts that read that file (Netlify, Cloudflare Pages).
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { API_ROOT } from '../src/api/contract'

/** public/boot.js, which the build inlines into index.html so first paint waits on no request. */
export const bootScript = readFileSync(new URL('../public/boot.js', import.meta.url), 'utf8')
const bootScriptHash = `'sha256-${createHash('sha256').update(bootScript).digest('base64')}'`

/**
 * The API's origin when the build points at another one (`VITE_API_BASE_URL=https://…`), so the
 * policy lets the app fetch its data from there; undefined for the app's own origin.
 */
export function apiOrigin(base = process.env.VITE_API_BASE_URL ?? ''): string | undefined {
  if (!/^https?:\/\//i.test(base)) return undefined
  const origin = new URL(base).origin
  return origin === 'null' ? undefined : origin
}

/**
 * The datasets' URLs as the service worker matches them: on the app's own origin any path under
 * the API root; on another API's origin (VITE_API_BASE_URL) that origin's API root, since a
 * pattern for a cross-origin request must match from its start.
 */
export function datasetUrlPattern(base = process.env.VITE_API_BASE_URL ?? ''): RegExp {
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  if (apiOrigin(base) === undefined) return new RegExp(`/${literal(API_ROOT)}/[^/]+\\.json$`)
  const root = base.endsWith('/') ? base : `${base}/`
  return new RegExp(`^${literal(`${root}${API_ROOT}/`)}[^/]+\\.json$`)
}

export function policyFor(origin: string | undefined): string {
  return [
    "default-src 'self'",
    // Scripts only from this origin, plus the one inline boot script, allowed by its hash.
    `script-src 'self' ${bootScriptHash}`,
    // The stylesheet is inlined into index.html for first paint, and the prerendered HTML carries
    // style attributes: styles may be inline (scripts never are, but for the hashed boot script).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    origin ? `connect-src 'self' ${origin}` : "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

export const contentSecurityPolicy = policyFor(apiOrigin())

/**
 * The same policy for a `<meta http-equiv>` tag, where a host cannot send headers
 * (`CSP_META=1 npm run build`): browsers ignore frame-ancestors there, so it is left out.
 */
export const metaContentSecurityPolicy = contentSecurityPolicy
  .split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ')

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/** The same headers in the `_headers` file format, plus long caching for hashed assets. */
export function headersFile(): string {
  const lines = Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`)
  return [
    '/*',
    ...lines,
    '',
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n')
}

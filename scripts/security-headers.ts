/**
 * The security headers the app is served with: by `vite preview` (so the browser tests run under
 * them) and in dist/_headers for static hosts that read that file (Netlify, Cloudflare Pages).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // React and recharts set style properties through the DOM, which CSP allows; inline style
  // attributes in the prerendered HTML need 'unsafe-inline' for styles (never for scripts).
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

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

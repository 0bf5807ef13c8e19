// @vitest-environment node
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { prerenderedPages, redirectRules } from '../../scripts/prerendered-pages'
import {
  apiOrigin,
  bootScript,
  contentSecurityPolicy,
  datasetUrlPattern,
  metaContentSecurityPolicy,
  policyFor,
  securityHeaders,
} from '../../scripts/security-headers'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

describe('Content-Security-Policy', () => {
  it('allows no inline script but the boot script, by its hash', () => {
    const scripts = contentSecurityPolicy.split('; ').find((d) => d.startsWith('script-src'))
    const hash = createHash('sha256').update(bootScript).digest('base64')
    expect(scripts).toBe(`script-src 'self' 'sha256-${hash}'`)
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/)
  })

  it('is documented in the README exactly as the build sends it, header and <meta>', () => {
    expect(readme).toContain(`Content-Security-Policy: ${contentSecurityPolicy}`)
    expect(readme).toContain(
      `add_header Content-Security-Policy "${contentSecurityPolicy}" always;`,
    )
    expect(readme).toContain(`content="${metaContentSecurityPolicy}"`)
  })

  it('leaves out only frame-ancestors in the <meta> form, which browsers ignore there', () => {
    expect(metaContentSecurityPolicy).not.toContain('frame-ancestors')
    expect(`${metaContentSecurityPolicy}; frame-ancestors 'none'`).toBe(contentSecurityPolicy)
  })
})

describe('README nginx config', () => {
  const nginx = readme.match(/```nginx\n([\s\S]*?)```/)?.[1] ?? ''
  // nginx: a location with its own add_header inherits none from the server level.
  it('sends every security header in each location that adds headers of its own', () => {
    const blocks = [...nginx.matchAll(/^\s*location [^{\n]+\{([^}]*)\}/gm)].map((m) => m[1] ?? '')
    const serverLevel = nginx.replace(/^\s*location [^{\n]+\{[^}]*\}/gm, '')
    for (const scope of [serverLevel, ...blocks.filter((b) => b.includes('add_header'))]) {
      for (const name of Object.keys(securityHeaders)) {
        expect(scope, name).toContain(`add_header ${name} `)
      }
    }
    expect(blocks.length).toBeGreaterThan(1)
  })

  it('serves each prerendered page for its route, as _redirects and vite preview do', () => {
    for (const [route, page] of Object.entries(prerenderedPages)) {
      expect(nginx).toContain(`location = ${route} { try_files /${page} =404; }`)
      expect(redirectRules).toContain(`${route} /${page} 200\n`)
      expect(readme).toContain(`\`${page}\` for \`${route}\``)
    }
    expect(nginx).toContain('location / { try_files $uri /app.html; }')
    expect(redirectRules.endsWith('/* /app.html 200\n')).toBe(true)
  })
})

describe('another API origin (VITE_API_BASE_URL)', () => {
  it('adds the origin, and only the origin, to connect-src', () => {
    expect(apiOrigin('')).toBeUndefined()
    expect(apiOrigin('/api-root')).toBeUndefined()
    expect(apiOrigin('https://kpi.example.com/v/')).toBe('https://kpi.example.com')
    const policy = policyFor(apiOrigin('https://kpi.example.com:8443/base'))
    expect(policy).toContain("connect-src 'self' https://kpi.example.com:8443;")
    expect(policyFor(undefined)).toBe(contentSecurityPolicy)
  })

  it('routes the service worker to that origin for the datasets (network first), and only there', () => {
    const own = datasetUrlPattern('')
    expect(own.test('http://localhost:4173/api/v1/kpis/2017.json')).toBe(true)
    expect(own.test('http://localhost:4173/api/v1/kpis/index.json')).toBe(true)
    const other = datasetUrlPattern('https://kpi.example.com/base')
    expect(other.test('https://kpi.example.com/base/api/v1/kpis/2017.json')).toBe(true)
    expect(other.test('https://kpi.example.com/base/api/v1/kpis/index.json')).toBe(true)
    expect(other.test('http://localhost:4173/api/v1/kpis/2017.json')).toBe(false)
    expect(
      other.test('https://evil.example/https://kpi.example.com/base/api/v1/kpis/2017.json'),
    ).toBe(false)
    expect(datasetUrlPattern('https://kpi.example.com/base/').source).toBe(other.source)
  })
})

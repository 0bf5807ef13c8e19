// @vitest-environment node
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  bootScript,
  contentSecurityPolicy,
  metaContentSecurityPolicy,
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

import type { Kpis } from '@/domain/kpis'
import { useLanguage } from '@/i18n/locale'
import { findingSummary } from '@/i18n/quality-summary'
import { Link } from '@/lib/router/react'

/** Tells the reader, before any chart, that the source has errors and where they are listed. */
export function QualityNotice({ kpis }: { kpis: Kpis }) {
  const [_, locale] = useLanguage()
  const { findings } = kpis
  const [worst] = findings
  if (!worst) return null
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length
  return (
    <aside className={`quality-notice quality-${worst.severity}`} aria-labelledby="quality-heading">
      <h2 id="quality-heading">
        <span aria-hidden="true">⚠ </span>
        {_('quality.heading', { count: findings.length })}
      </h2>
      <p>
        {_('quality.counts', {
          errors: count('error'),
          warnings: count('warning'),
          notes: count('info'),
          event: worst.event,
          message: findingSummary(worst, locale),
        })}
      </p>
      <p>
        <Link to="/data">{_('quality.link')}</Link>
      </p>
    </aside>
  )
}

import { Link } from '@tanstack/react-router'
import type { Kpis } from '../../domain/kpis'
import { findingMessage } from '../../domain/quality-messages'

function plural(count: number, word: string) {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** Tells the reader, before any chart, that the source has errors and where they are listed. */
export function QualityNotice({ kpis }: { kpis: Kpis }) {
  const { findings, dataset } = kpis
  const [worst] = findings
  if (!worst) return null
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length
  return (
    <aside className={`quality-notice quality-${worst.severity}`} aria-labelledby="quality-heading">
      <h2 id="quality-heading">
        <span aria-hidden="true">⚠ </span>The source has{' '}
        {plural(findings.length, 'data-quality finding')}
      </h2>
      <p>
        {plural(count('error'), 'error')}, {plural(count('warning'), 'warning')} and{' '}
        {plural(count('info'), 'note')}. Most serious (event {worst.event}):{' '}
        {findingMessage(worst, dataset)}
      </p>
      <p>
        <Link to="/data">See every finding and source quote</Link>
      </p>
    </aside>
  )
}

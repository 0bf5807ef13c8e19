import { useId, useRef } from 'react'
import { ExportPngButton } from '@/components/export-png-button'
import { StatusBadge } from '@/components/status-badge'
import type { MetricRow } from '@/domain/metric-rows'
import { useLanguage } from '@/i18n/locale'
import { formatInteger, formatPercent } from '@/lib/format'

/** Bars run from 0 to 150%; the target (100%) sits at two thirds of the track. */
const SCALE_MAX = 1.5
/** A chart is for reading at a glance; past this many bars the table is the better view. */
export const MAX_BARS = 40

/**
 * Attainment of the filtered metrics that have a target, in table order: bar, target line, the
 * percentage and the status in text and icon, so it reads in black and white too.
 */
export function AttainmentChart({
  rows,
  stamp,
  fileName,
}: {
  rows: readonly MetricRow[]
  stamp: readonly string[]
  fileName: string
}) {
  const [_, locale] = useLanguage()
  const figure = useRef<HTMLElement>(null)
  const captionId = useId()
  const withTarget = rows.filter((r) => r.attainment !== undefined)
  const bars = withTarget.slice(0, MAX_BARS)
  const caption = _('explore.chart.caption', {
    total: withTarget.length,
    shownText: formatInteger(bars.length, locale),
    totalText: formatInteger(withTarget.length, locale),
  })
  const capped =
    withTarget.length > bars.length
      ? _('explore.chart.capped', { max: formatInteger(MAX_BARS, locale) })
      : ''
  return (
    <figure ref={figure} className="attainment-chart" aria-labelledby={captionId}>
      <div className="chart-head">
        <figcaption id={captionId}>
          {caption}
          {capped && `${locale === 'en' ? ' ' : ''}${capped}`}
        </figcaption>
        {bars.length > 0 && (
          <ExportPngButton
            target={figure}
            fileName={fileName}
            stamp={stamp}
            text={{ title: caption, description: [caption, capped].filter(Boolean).join(' ') }}
          />
        )}
      </div>
      {bars.length === 0 ? (
        <p className="muted">{_('explore.chart.empty')}</p>
      ) : (
        <ul className="bars">
          {bars.map((row) => {
            const attainment = row.attainment ?? 0
            const width = (Math.min(attainment, SCALE_MAX) / SCALE_MAX) * 100
            return (
              <li key={row.metric.id}>
                <span className="bar-label">{row.metric.label[locale]}</span>
                <span className="bar-track" aria-hidden="true">
                  <span className={`bar-fill fill-${row.status}`} style={{ width: `${width}%` }} />
                  <span className="bar-target" style={{ left: `${100 / SCALE_MAX}%` }} />
                  {attainment > SCALE_MAX && <span className="bar-overflow">›</span>}
                </span>
                <span className="bar-value">
                  {formatPercent(attainment, locale)} <StatusBadge status={row.status} />
                </span>
              </li>
            )
          })}
        </ul>
      )}
      <p className="chart-note muted">
        {_('explore.chart.note', {
          target: formatPercent(1, locale),
          max: formatPercent(SCALE_MAX, locale),
        })}
      </p>
    </figure>
  )
}

import { useLingui } from '@lingui/react'
import { BulletChart } from '@/components/charts/bullet-chart'
import { preferredShareIssue } from '@/domain/chart-data'
import { useLocale } from '@/i18n/locale'
import { formatDate, formatInteger } from '@/lib/format'
import { ChartPanel, usePanelLayout } from './chart-panel'
import {
  conversionNote,
  countTick,
  currencyMessage,
  type PanelProps,
  phrase,
  tableRow,
  targeted,
  targetLegend,
} from './present'

export function PreferredSharesPanel({ kpis, money, rate, filter }: PanelProps) {
  const { _ } = useLingui()
  const locale = useLocale()
  const { title, plotHeight } = usePanelLayout('psbc')
  const { issue, issuedOn, claims } = preferredShareIssue(kpis.rows, money, locale)
  const note = conversionNote([issue], rate, locale)
  const facts = { value: phrase(issue, locale), date: formatDate(issuedOn, locale) }
  const summary =
    claims.length === 0
      ? _('chart.psbc.summary', facts)
      : _('chart.psbc.summaryClaims', {
          ...facts,
          count: claims.length,
          records: formatInteger(claims.length, locale),
        })
  const unitId = currencyMessage[issue.unit]
  const unit = unitId ? _(unitId) : issue.unit
  return (
    <ChartPanel
      title={title}
      summary={summary}
      plotHeight={plotHeight}
      legend={[
        { key: 'value', kind: 'bar', label: _('chart.psbc.issued'), colour: 'var(--chart-1)' },
        { key: 'band', kind: 'band', label: _('chart.legend.band') },
        ...targetLegend([issue], locale),
      ]}
      notes={
        <>
          {claims.length > 0 && (
            <div className="chart-claims">
              <p className="chart-claims-title">{_('chart.psbc.claims')}</p>
              <ul>
                {claims.map((claim) => (
                  <li key={claim.text.en}>
                    <span aria-hidden="true">★ </span>
                    {claim.text[locale]}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {note && <p className="chart-conversion">{note}</p>}
        </>
      }
      caption={_('chart.psbc.caption', { title })}
      rows={[tableRow(issue, locale, _('chart.psbc.rowLabel'), formatDate(issuedOn, locale))]}
    >
      <BulletChart
        label={_('chart.psbc.plotLabel', { title })}
        height={plotHeight}
        colour="var(--chart-1)"
        formatTick={countTick(locale)}
        filter={filter}
        rows={[
          {
            ...targeted(issue, locale),
            key: issue.id,
            rowLabel: _('chart.psbc.issuedIn', { unit }),
            shortLabel: unit,
            openEnded: issue.qualifier === 'more-than',
          },
        ]}
      />
    </ChartPanel>
  )
}

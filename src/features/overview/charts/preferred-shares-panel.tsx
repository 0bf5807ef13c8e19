import { BulletChart } from '../../../components/charts/bullet-chart'
import { ChartFigure } from '../../../components/charts/chart-figure'
import { ChartLegend } from '../../../components/charts/chart-legend'
import { ChartTable } from '../../../components/charts/chart-table'
import { preferredShareIssue } from '../../../domain/chart-data'
import { formatDate } from '../../../lib/format'
import { panelLayout } from './panel-layout'
import {
  conversionNote,
  countTick,
  type PanelProps,
  phrase,
  tableRow,
  targeted,
  targetLegend,
} from './present'

export function PreferredSharesPanel({ kpis, money, rate }: PanelProps) {
  const { title, plotHeight } = panelLayout('psbc')
  const { issue, issuedOn, claims } = preferredShareIssue(kpis.rows, money)
  const note = conversionNote([issue], rate)
  const records =
    claims.length === 0
      ? ''
      : `; the source claims ${claims.length === 1 ? 'a record' : `${claims.length} records`} for it`
  const summary = `PSBC issued ${phrase(issue)} of offshore preferred shares on ${formatDate(issuedOn, 'en')}${records}.`
  return (
    <ChartFigure
      title={title}
      summary={summary}
      plotHeight={plotHeight}
      legend={
        <ChartLegend
          items={[
            { key: 'value', kind: 'bar', label: 'Issued', colour: 'var(--chart-1)' },
            { key: 'band', kind: 'band', label: 'Up to the target' },
            ...targetLegend([issue]),
          ]}
        />
      }
      notes={
        <>
          {claims.length > 0 && (
            <div className="chart-claims">
              <p className="chart-claims-title">Records the source claims (not verified):</p>
              <ul>
                {claims.map((claim) => (
                  <li key={claim.text.en}>
                    <span aria-hidden="true">★ </span>
                    {claim.text.en}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {note && <p className="chart-conversion">{note}</p>}
        </>
      }
      table={
        <ChartTable
          caption={`${title} against its target`}
          rows={[tableRow(issue, 'Offshore preferred shares issued', formatDate(issuedOn, 'en'))]}
        />
      }
    >
      <BulletChart
        label={`${title}, bullet chart`}
        height={plotHeight}
        colour="var(--chart-1)"
        formatTick={countTick}
        rows={[
          {
            ...targeted(issue),
            key: issue.id,
            rowLabel: `Issued (${issue.unit})`,
            shortLabel: issue.unit,
            openEnded: issue.qualifier === 'more-than',
          },
        ]}
      />
    </ChartFigure>
  )
}

import './scorecard.css'
import { StatusBadge } from '@/components/status-badge'
import type { Kpis } from '@/domain/kpis'
import type { MetricRow } from '@/domain/metric-rows'
import { isVerdict, verdictCounts } from '@/domain/status'
import { deadlineText } from '@/i18n/labels'
import { useLanguage } from '@/i18n/locale'
import { formatInteger, formatPeriod } from '@/lib/format'

/**
 * Rows whose target gives a verdict (the goals the release states or implies, or an analyst's),
 * and any target that cannot judge, listed with its status so it is never left unsaid.
 */
export function goalRows(kpis: Kpis): MetricRow[] {
  return kpis.rows.filter((row) => isVerdict(row.status) || row.status === 'unjudgeable')
}

/** A release states a handful of goals; a dataset of thousands lists them in /explore. */
const GOALS_LISTED = 20

/**
 * The answer to "how did the year go?" before anything else: how many goals the release states, how
 * many were met (and how early), and what else it reports without a target. Counts come from the
 * one verdict count, so an illustrative reference is never counted as met or below.
 */
export function Scorecard({ kpis }: { kpis: Kpis }) {
  const [_, locale] = useLanguage()
  const counts = verdictCounts(kpis.rows)
  const goals = goalRows(kpis)
  const deadline = goals.find((row) => row.daysEarly !== undefined)
  const n = (value: number) => formatInteger(value, locale)
  return (
    <section className="scorecard" aria-labelledby="scorecard-heading">
      <h2 id="scorecard-heading" className="visually-hidden">
        {_('scorecard.heading', { period: formatPeriod(kpis.dataset.period, locale) })}
      </h2>
      <div className="scorecard-figures">
        <p className="scorecard-big">
          <span className="scorecard-big-value">
            {_('scorecard.metOf', { met: n(counts.met), goals: n(counts.goals) })}
          </span>
          <span className="scorecard-big-label">{_('scorecard.metLabel')}</span>
        </p>
        {deadline?.daysEarly !== undefined && (
          <p className="scorecard-small">
            <span className="scorecard-small-value">{deadlineText(deadline.daysEarly)}</span>
            <span className="scorecard-small-label">
              {deadline.target?.goal?.[locale] ?? deadline.metric.label[locale]}
            </span>
          </p>
        )}
      </div>
      <p className="scorecard-sentence">
        {_('scorecard.sentence', {
          goals: counts.goals,
          met: counts.met,
          onTrack: counts.onTrack,
          below: counts.below,
          others: counts.references + counts.noTarget,
          references: counts.references,
        })}
      </p>
      <ul className="scorecard-goals" aria-label={_('scorecard.goalsLabel')}>
        {goals.slice(0, GOALS_LISTED).map((row) => (
          <li key={row.metric.id}>
            <StatusBadge status={row.status} />{' '}
            <span className="scorecard-goal">
              {row.target?.goal?.[locale] ?? row.metric.label[locale]}
            </span>
          </li>
        ))}
        {goals.length > GOALS_LISTED && (
          <li>{_('list.more', { count: n(goals.length - GOALS_LISTED) })}</li>
        )}
      </ul>
    </section>
  )
}
